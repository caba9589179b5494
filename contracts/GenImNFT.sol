// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC2981} from "solady/tokens/ERC2981.sol";
import {ERC721} from "solady/tokens/ERC721.sol";
import {Base64} from "solady/utils/Base64.sol";
import {LibString} from "solady/utils/LibString.sol";
import {SafeTransferLib} from "solady/utils/SafeTransferLib.sol";

import {IGenImNFT} from "./interfaces/IGenImNFT.sol";
import {IpfsCid} from "./libraries/IpfsCid.sol";

/// @title GenImNFT
/// @notice Pay-per-image AI generation with the payment held in escrow until the image is delivered.
/// A token's journey: `mint` (escrow in, `ImageRequested`) -> the keeper generates and stores the image
/// and metadata -> `fulfil`/`fulfilBatch` (metadata hash set once, escrow paid to the agent) — or, if
/// nothing arrives by the deadline, `refund` (escrow back to the holder, placeholder burned).
/// @dev Storage layout, chosen so that one image costs few fresh storage slots:
/// - ERC-721 ownership slot (solady): owner address plus 96 bits of extra data that keep the token's
///   permanent record: price paid in gwei (40 bits), deadline (40 bits), tier (8 bits) and a flag
///   saying whether the requester was copied out (see `_beforeTokenTransfer`). Solady keeps the
///   extra data across transfers and burns, so refunded tokens keep their record.
/// - `_delivery[tokenId]`: while pending, the low 80 bits of the record (price and deadline, nonzero);
///   after delivery, the metadata hash; zero once refunded. Writing it at mint makes delivery a cheap
///   nonzero-to-nonzero store that needs no other per-token read, which is what makes batches cheap.
///   A delivered hash is told apart from a pending record by its upper 128 bits, which a record never
///   sets and a real sha256 digest sets with probability 1 - 2^-128 (`fulfil` rejects the others).
/// - `_state`: total minted, pending escrow and the pause flag in one slot, read and written once per
///   mint and once per delivery transaction.
/// Prices are whole gwei so that 40 bits hold the exact amount paid (up to about 1,099 ETH).
contract GenImNFT is IGenImNFT, ERC721, ERC2981, Ownable2Step {
    using LibString for string;
    using LibString for uint256;

    /// @notice Longest prompt accepted by `mint`, in bytes.
    uint256 public constant MAX_PROMPT_BYTES = 1000;

    /// @notice Highest tier price: 2^40 - 1 gwei.
    uint256 public constant MAX_PRICE = ((1 << 40) - 1) * 1 gwei;

    /// @notice Longest fulfilment window a tier can have: how long a buyer's escrow can wait, at most,
    /// before its holder may take it back.
    uint32 public constant MAX_WINDOW = 30 days;

    /// @dev ERC-4906 interface id.
    bytes4 private constant _INTERFACE_ID_ERC4906 = 0x49064906;

    uint256 private constant _MASK_40 = (1 << 40) - 1;
    uint256 private constant _DEADLINE_SHIFT = 40;
    uint256 private constant _TIER_SHIFT = 80;
    uint256 private constant _REQUESTER_SAVED = 1 << 88;

    uint256 private constant _MINTED_MASK = (1 << 64) - 1;
    uint256 private constant _ESCROW_SHIFT = 64;
    uint256 private constant _ESCROW_MASK = (1 << 128) - 1;
    uint256 private constant _PAUSED = 1 << 192;

    /// @dev Total minted (bits 0-63), pending escrow in wei (bits 64-191), paused flag (bit 192).
    /// Escrow cannot carry into the flag: it would take more than 2^128 wei.
    uint256 private _state;

    /// @dev Tier id => price in gwei (bits 0-39) and fulfilment window in seconds (bits 40-71).
    mapping(uint8 tier => uint256 packed) private _tiers;

    /// @dev Token id => pending record (price and deadline) or delivered metadata hash. See the
    /// contract's @dev note.
    mapping(uint256 tokenId => uint256 value) private _delivery;

    /// @dev Token id => the address that minted it, stored only once the token first leaves that
    /// address (until then the requester is the owner).
    mapping(uint256 tokenId => address requester) private _requesterOf;

    /// @dev Agent => the first token id it may deliver (`totalMinted() + 1` when it was authorized);
    /// zero when not authorized. One slot holds both the authorization and the mark, so delivery reads
    /// nothing more than an authorization check would.
    mapping(address account => uint256 firstTokenId) private _agentFirstTokenId;

    /// @inheritdoc IGenImNFT
    mapping(address account => uint256 amount) public credits;

    /// @inheritdoc IGenImNFT
    uint256 public totalCredits;

    string private _metadataBaseURI;
    bool private _ipfsBaseURI;
    string private _placeholderImage;
    string private _contractURI;

    /// @param initialOwner Receives ownership (two-step transfers afterwards).
    constructor(address initialOwner) Ownable(initialOwner) {
        _setMetadataBaseURI("ipfs://");
    }

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    function mint(string calldata prompt, uint8 tier) external payable returns (uint256 tokenId) {
        _checkPrompt(prompt);
        uint256 state = _state;
        if (state & _PAUSED != 0) revert MintingPaused();

        uint256 record = _recordForPayment(tier);
        uint256 price = _paidOf(record);
        tokenId = (state & _MINTED_MASK) + 1;
        _state = ((state & ~_MINTED_MASK) | tokenId) + (price << _ESCROW_SHIFT);

        _delivery[tokenId] = record;
        // forge-lint: disable-next-line(unsafe-typecast) tier (8 bits) above an 80-bit record fits 96 bits.
        _mintAndSetExtraDataUnchecked(msg.sender, tokenId, uint96((uint256(tier) << _TIER_SHIFT) | record));
        emit ImageRequested(tokenId, msg.sender, tier, price, _deadlineOf(record), prompt);
    }

    /// @inheritdoc IGenImNFT
    function refund(uint256 tokenId) external {
        uint256 record = _delivery[tokenId];
        if (!_isPendingRecord(record)) revert NotPending(tokenId, _statusOf(tokenId));
        if (!_isApprovedOrOwner(msg.sender, tokenId)) revert NotHolderNorApproved(msg.sender, tokenId);
        uint64 deadline = _deadlineOf(record);
        if (block.timestamp <= deadline) revert DeadlineNotReached(tokenId, deadline);

        address holder = _ownerOf(tokenId);
        uint256 amount = _paidOf(record);
        delete _delivery[tokenId];
        _state -= amount << _ESCROW_SHIFT;
        _burn(tokenId);

        emit Refunded(tokenId, holder, amount);
        _pay(holder, amount);
    }

    /// @inheritdoc IGenImNFT
    function claim() external {
        uint256 amount = credits[msg.sender];
        // slither-disable-next-line incorrect-equality (a credit, not a balance: exactly zero means none)
        if (amount == 0) revert NothingToClaim(msg.sender);
        credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Claimed(msg.sender, amount);
        if (!SafeTransferLib.trySafeTransferETH(msg.sender, amount, gasleft())) {
            revert TransferFailed(msg.sender, amount);
        }
    }

    /*//////////////////////////////////////////////////////////////
                              AGENT ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    /// @dev Reverts with `InvalidMetadataHash` when the upper 128 bits of the hash are zero: such a value
    /// would be indistinguishable from a pending record, and no real sha256 digest looks like that.
    function fulfil(uint256 tokenId, bytes32 metadataHash) external {
        uint256 firstTokenId = _checkAgent();
        if (tokenId < firstTokenId) revert TokenPredatesAgent(tokenId, msg.sender, firstTokenId);
        _checkMetadataHash(metadataHash);
        uint256 record = _delivery[tokenId];
        if (!_isPendingRecord(record)) revert NotPending(tokenId, _statusOf(tokenId));
        uint64 deadline = _deadlineOf(record);
        if (block.timestamp > deadline) revert DeadlinePassed(tokenId, deadline);

        uint256 paid = _deliver(tokenId, record, metadataHash);
        _state -= paid << _ESCROW_SHIFT;
        _pay(msg.sender, paid);
    }

    /// @inheritdoc IGenImNFT
    function fulfilBatch(uint256[] calldata tokenIds, bytes32[] calldata metadataHashes)
        external
        returns (uint256 delivered)
    {
        uint256 firstTokenId = _checkAgent();
        uint256 count = tokenIds.length;
        if (count != metadataHashes.length) revert LengthMismatch(count, metadataHashes.length);

        // slither-disable-next-line uninitialized-local (starts at zero on purpose)
        uint256 totalPaid;
        for (uint256 i; i < count; ++i) {
            uint256 tokenId = tokenIds[i];
            bytes32 metadataHash = metadataHashes[i];
            _checkMetadataHash(metadataHash);
            uint256 record = _delivery[tokenId];
            if (tokenId < firstTokenId || !_isPendingRecord(record) || block.timestamp > _deadlineOf(record))
            {
                // Raced by a refund, another agent, or a duplicate in this batch, or minted before this
                // agent was authorized: not an error.
                emit FulfilmentSkipped(tokenId, _statusOf(tokenId));
                continue;
            }
            totalPaid += _deliver(tokenId, record, metadataHash);
            ++delivered;
        }
        if (totalPaid != 0) {
            _state -= totalPaid << _ESCROW_SHIFT;
            _pay(msg.sender, totalPaid);
        }
    }

    /*//////////////////////////////////////////////////////////////
                              OWNER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    function setTier(uint8 tier, uint256 price, uint32 window) external onlyOwner {
        if (price % 1 gwei != 0 || price > MAX_PRICE) revert InvalidPrice(price, MAX_PRICE);
        if (window > MAX_WINDOW || (window == 0 && price != 0)) revert InvalidWindow(window, MAX_WINDOW);
        _tiers[tier] = (uint256(window) << _DEADLINE_SHIFT) | (price / 1 gwei);
        emit TierSet(tier, price, window);
    }

    /// @inheritdoc IGenImNFT
    function setAgent(address agent, bool authorized) external onlyOwner {
        if (agent == address(0)) revert ZeroAddress();
        // slither-disable-next-line uninitialized-local (zero is the revocation's value)
        uint256 firstTokenId;
        if (authorized) {
            firstTokenId = _agentFirstTokenId[agent];
            // A new authorization covers only tokens minted from now on; an existing one keeps its mark.
            if (firstTokenId == 0) firstTokenId = (_state & _MINTED_MASK) + 1;
        }
        _agentFirstTokenId[agent] = firstTokenId;
        emit AgentSet(agent, authorized, firstTokenId);
    }

    /// @inheritdoc IGenImNFT
    function setMetadataBaseURI(string calldata baseURI) external onlyOwner {
        _setMetadataBaseURI(baseURI);
    }

    /// @inheritdoc IGenImNFT
    function setPlaceholderImage(string calldata image) external onlyOwner {
        _placeholderImage = image;
        emit PlaceholderImageSet(image);
        emit BatchMetadataUpdate(0, type(uint256).max);
    }

    /// @inheritdoc IGenImNFT
    function setContractURI(string calldata uri) external onlyOwner {
        _contractURI = uri;
        emit ContractURIUpdated();
    }

    /// @inheritdoc IGenImNFT
    function setDefaultRoyalty(address receiver, uint96 feeBps) external onlyOwner {
        _setDefaultRoyalty(receiver, feeBps);
    }

    /// @inheritdoc IGenImNFT
    function pause() external onlyOwner {
        _state |= _PAUSED;
        emit Paused(msg.sender);
    }

    /// @inheritdoc IGenImNFT
    function unpause() external onlyOwner {
        _state &= ~_PAUSED;
        emit Unpaused(msg.sender);
    }

    /// @inheritdoc IGenImNFT
    function withdrawSurplus(address to) external onlyOwner {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = surplus();
        // slither-disable-next-line incorrect-equality (surplus() is already max(balance - owed, 0))
        if (amount == 0) revert NoSurplus();
        emit SurplusWithdrawn(to, amount);
        if (!SafeTransferLib.trySafeTransferETH(to, amount, gasleft())) revert TransferFailed(to, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    function request(uint256 tokenId) external view returns (Request memory r) {
        r.status = _statusOf(tokenId);
        if (r.status == Status.None) return r;
        uint256 extra = _getExtraData(tokenId);
        address saved = _requesterOf[tokenId];
        r.requester = saved != address(0) ? saved : _ownerOf(tokenId);
        // forge-lint: disable-next-line(unsafe-typecast) bits 80-87 are the tier; the flag above is dropped.
        r.tier = uint8(extra >> _TIER_SHIFT);
        r.paid = _paidOf(extra);
        r.deadline = _deadlineOf(extra);
        // slither-disable-next-line incorrect-equality (an enum, not a balance)
        if (r.status == Status.Delivered) r.metadataHash = bytes32(_delivery[tokenId]);
    }

    /// @inheritdoc IGenImNFT
    function isAgent(address account) external view returns (bool) {
        return _agentFirstTokenId[account] != 0;
    }

    /// @inheritdoc IGenImNFT
    function agentFirstTokenId(address account) external view returns (uint256) {
        return _agentFirstTokenId[account];
    }

    /// @inheritdoc IGenImNFT
    function tiers(uint8 tier) external view returns (uint256 price, uint32 window) {
        uint256 packed = _tiers[tier];
        price = _weiOf(packed);
        // forge-lint: disable-next-line(unsafe-typecast) `setTier` stores a uint32 window there.
        window = uint32(packed >> _DEADLINE_SHIFT);
    }

    /// @inheritdoc IGenImNFT
    function pendingEscrow() public view returns (uint256) {
        return (_state >> _ESCROW_SHIFT) & _ESCROW_MASK;
    }

    /// @inheritdoc IGenImNFT
    function surplus() public view returns (uint256) {
        uint256 owed = pendingEscrow() + totalCredits;
        uint256 balance = address(this).balance;
        return balance > owed ? balance - owed : 0;
    }

    /// @inheritdoc IGenImNFT
    function totalMinted() external view returns (uint256) {
        return _state & _MINTED_MASK;
    }

    /// @inheritdoc IGenImNFT
    function paused() external view returns (bool) {
        return _state & _PAUSED != 0;
    }

    /// @inheritdoc IGenImNFT
    function metadataBaseURI() external view returns (string memory) {
        return _metadataBaseURI;
    }

    /// @inheritdoc IGenImNFT
    function placeholderImage() external view returns (string memory) {
        return _placeholderImage;
    }

    /// @inheritdoc IGenImNFT
    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    /// @notice The token's collection name.
    function name() public pure override returns (string memory) {
        return "GenImNFT";
    }

    /// @notice The token's collection symbol.
    function symbol() public pure override returns (string memory) {
        return "GENIM";
    }

    /// @notice While pending, an on-chain JSON document with the placeholder image; once delivered, the
    /// immutable location of the delivered metadata derived from its sha256 (an IPFS CIDv1 when the
    /// base URI is `ipfs://`, else `baseURI + hex(hash) + ".json"`).
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        uint256 value = _delivery[tokenId];
        if (value >> 128 != 0) return _deliveredTokenURI(bytes32(value));
        // slither-disable-next-line incorrect-equality (a storage record, not a balance)
        if (value == 0) revert NonexistentToken(tokenId);
        return _pendingTokenURI(tokenId, value);
    }

    /// @notice ERC-721 approval; refuses ETH (solady makes it payable), which would otherwise be kept as
    /// surplus.
    function approve(address account, uint256 id) public payable override {
        if (msg.value != 0) revert UnexpectedEther(msg.value);
        _approve(msg.sender, account, id);
    }

    /// @notice ERC-165: ERC-721, ERC-721 Metadata, ERC-4906, ERC-2981 and ERC-165 itself.
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return interfaceId == _INTERFACE_ID_ERC4906 || ERC721.supportsInterface(interfaceId)
            || ERC2981.supportsInterface(interfaceId);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNALS
    //////////////////////////////////////////////////////////////*/

    /// @dev Records the delivery and returns the escrow to pay. Caller checked the record is pending.
    function _deliver(uint256 tokenId, uint256 record, bytes32 metadataHash) private returns (uint256 paid) {
        _delivery[tokenId] = uint256(metadataHash);
        paid = _paidOf(record);
        emit ImageDelivered(tokenId, msg.sender, metadataHash, paid);
        emit MetadataUpdate(tokenId);
    }

    /// @dev Pushes `amount` to `to` with a bounded gas stipend; if that fails (a reverting or
    /// gas-hungry receiver), credits it for `claim` so the money is neither lost nor stranded.
    function _pay(address to, uint256 amount) private {
        if (SafeTransferLib.trySafeTransferETH(to, amount, SafeTransferLib.GAS_STIPEND_NO_GRIEF)) return;
        credits[to] += amount;
        totalCredits += amount;
        emit PaymentCredited(to, amount);
    }

    /// @dev Keeps the original requester once the token first leaves it (including the refund burn),
    /// so `request` can still name it. Tokens that never move cost nothing extra.
    /// Transfers (solady makes them payable) refuse ETH, which would otherwise be kept as surplus; a
    /// mint (`from` zero) carries the payment, and a refund's burn is not payable.
    function _beforeTokenTransfer(address from, address, uint256 tokenId) internal override {
        if (from == address(0)) return;
        if (msg.value != 0) revert UnexpectedEther(msg.value);
        uint256 extra = _getExtraData(tokenId);
        if (extra & _REQUESTER_SAVED != 0) return;
        _requesterOf[tokenId] = from;
        // forge-lint: disable-next-line(unsafe-typecast) `extra` is 96 bits and the flag is bit 88.
        _setExtraData(tokenId, uint96(extra | _REQUESTER_SAVED));
    }

    function _setMetadataBaseURI(string memory baseURI) private {
        _metadataBaseURI = baseURI;
        _ipfsBaseURI = keccak256(bytes(baseURI)) == keccak256("ipfs://");
        emit MetadataBaseURISet(baseURI);
        emit BatchMetadataUpdate(0, type(uint256).max);
    }

    function _checkPrompt(string calldata prompt) private pure {
        uint256 length = bytes(prompt).length;
        if (length == 0) revert EmptyPrompt();
        if (length > MAX_PROMPT_BYTES) revert PromptTooLong(length, MAX_PROMPT_BYTES);
    }

    /// @dev Checks `msg.value` against the tier's current price and returns the token's pending record:
    /// the price in gwei and the deadline, both frozen at this moment.
    function _recordForPayment(uint8 tier) private view returns (uint256 record) {
        uint256 tierConfig = _tiers[tier];
        uint256 priceGwei = tierConfig & _MASK_40;
        if (priceGwei == 0) revert TierDisabled(tier);
        uint256 price = _weiOf(priceGwei);
        if (msg.value != price) revert WrongPayment(price, msg.value);
        uint256 deadline = block.timestamp + (tierConfig >> _DEADLINE_SHIFT);
        record = (deadline << _DEADLINE_SHIFT) | priceGwei;
    }

    /// @dev Reverts unless the caller is an authorized agent; returns the first token id it may deliver.
    function _checkAgent() private view returns (uint256 firstTokenId) {
        firstTokenId = _agentFirstTokenId[msg.sender];
        if (firstTokenId == 0) revert NotAgent(msg.sender);
    }

    function _checkMetadataHash(bytes32 metadataHash) private pure {
        if (uint256(metadataHash) >> 128 == 0) revert InvalidMetadataHash(metadataHash);
    }

    function _statusOf(uint256 tokenId) private view returns (Status) {
        uint256 value = _delivery[tokenId];
        if (value >> 128 != 0) return Status.Delivered;
        if (value != 0) return Status.Pending;
        // A refunded token is burned, but solady keeps its extra data (never zero: deadline > 0).
        return _getExtraData(tokenId) != 0 ? Status.Refunded : Status.None;
    }

    function _isPendingRecord(uint256 value) private pure returns (bool) {
        // slither-disable-next-line incorrect-equality (a storage record, not a balance)
        return value != 0 && value >> 128 == 0;
    }

    function _paidOf(uint256 record) private pure returns (uint256) {
        return _weiOf(record);
    }

    /// @dev The wei of the gwei amount in the low 40 bits of `packed`. Below 2^70, so the
    /// multiplication needs no overflow check (which would also be a division for provers).
    function _weiOf(uint256 packed) private pure returns (uint256 amount) {
        unchecked {
            amount = (packed & _MASK_40) * 1 gwei;
        }
    }

    function _deadlineOf(uint256 record) private pure returns (uint64) {
        // forge-lint: disable-next-line(unsafe-typecast) masked to 40 bits.
        return uint64((record >> _DEADLINE_SHIFT) & _MASK_40);
    }

    function _deliveredTokenURI(bytes32 metadataHash) private view returns (string memory) {
        if (_ipfsBaseURI) return string.concat("ipfs://", IpfsCid.rawSha256(metadataHash));
        return string.concat(_metadataBaseURI, uint256(metadataHash).toHexStringNoPrefix(32), ".json");
    }

    function _pendingTokenURI(uint256 tokenId, uint256 record) private view returns (string memory) {
        uint64 deadline = _deadlineOf(record);
        bool expired = block.timestamp > deadline;
        string memory json = string.concat(
            '{"name":"GenImNFT #',
            tokenId.toString(),
            '","description":"',
            expired
                ? "No image was delivered in time. The holder can refund the payment."
                : "The image for this token is being generated.",
            '","image":"',
            _placeholderImage.escapeJSON(),
            '","attributes":[{"trait_type":"Tier","value":',
            (uint256(_getExtraData(tokenId)) >> _TIER_SHIFT & 0xff).toString(),
            '},{"trait_type":"Status","value":"',
            expired ? "Refundable" : "Generating",
            '"},{"display_type":"date","trait_type":"Deadline","value":',
            uint256(deadline).toString(),
            "}]}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(bytes(json)));
    }
}
