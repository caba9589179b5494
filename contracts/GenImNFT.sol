// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC2981} from "solady/tokens/ERC2981.sol";
import {ERC721} from "solady/tokens/ERC721.sol";
import {Base64} from "solady/utils/Base64.sol";
import {LibString} from "solady/utils/LibString.sol";
import {SafeTransferLib} from "solady/utils/SafeTransferLib.sol";

import {IGenImNFT} from "./interfaces/IGenImNFT.sol";
import {IUSDC} from "./interfaces/IUSDC.sol";
import {IpfsCid} from "./libraries/IpfsCid.sol";

/// @title GenImNFT
/// @notice Pay-per-image AI generation with the payment held in escrow until the image is delivered.
/// A token's journey: `mint` (ETH) or `mintWithAuthorization` (USDC) (escrow in, `ImageRequested`) ->
/// the keeper generates and stores the image and metadata -> `fulfil`/`fulfilBatch` (metadata hash set
/// once, escrow paid to the agent in the token's currency) — or, if nothing arrives by the deadline,
/// `refund` (escrow back to the holder, placeholder burned).
/// @dev Storage layout, chosen so that one image costs few fresh storage slots:
/// - ERC-721 ownership slot (solady): owner address plus 96 bits of extra data that keep the token's
///   permanent record: price paid (40 bits: gwei, or USDC units), deadline (40 bits), tier (8 bits), a
///   flag saying whether the requester was copied out (bit 88, see `_beforeTokenTransfer`) and the
///   currency flag (bit 89, set for USDC). Solady keeps the extra data across transfers and burns, so
///   refunded tokens keep their record.
/// - `_delivery[tokenId]`: while pending, the price, deadline and currency flag of the record (nonzero);
///   after delivery, the metadata hash; zero once refunded. Writing it at mint makes delivery a cheap
///   nonzero-to-nonzero store that needs no other per-token read, which is what makes batches cheap.
///   A delivered hash is told apart from a pending record by its upper 128 bits, which a record never
///   sets and a real sha256 digest sets with probability 1 - 2^-128 (`fulfil` rejects the others).
/// - `_state`: total minted, pending ETH and USDC escrow, the terms version and the pause flag in one
///   slot, read and written once per mint and once per delivery transaction.
/// Prices are whole gwei so that 40 bits hold the exact amount paid (up to about 1,099 ETH); USDC
/// prices are at most 2^40 - 1 units (about 1.1 million dollars).
/// The USDC address is immutable and trusted to behave as USDC does (no fee on transfer, no callback
/// into the payee, transfers that revert or return false on failure).
contract GenImNFT is IGenImNFT, ERC721, ERC2981, Ownable2Step {
    using LibString for string;
    using LibString for uint256;

    /// @notice Longest prompt accepted by `mint`, in bytes.
    uint256 public constant MAX_PROMPT_BYTES = 1000;

    /// @notice Highest tier price: 2^40 - 1 gwei.
    uint256 public constant MAX_PRICE = ((1 << 40) - 1) * 1 gwei;

    /// @notice Highest tier USDC price: 2^40 - 1 units (6 decimals), about 1.1 million dollars.
    uint256 public constant MAX_USDC_PRICE = (1 << 40) - 1;

    /// @notice Longest fulfilment window a tier can have: how long a buyer's escrow can wait, at most,
    /// before its holder may take it back.
    uint32 public constant MAX_WINDOW = 30 days;

    /// @dev ERC-4906 interface id.
    bytes4 private constant _INTERFACE_ID_ERC4906 = 0x49064906;

    uint256 private constant _MASK_40 = (1 << 40) - 1;
    uint256 private constant _DEADLINE_SHIFT = 40;
    uint256 private constant _TIER_SHIFT = 80;
    uint256 private constant _REQUESTER_SAVED = 1 << 88;
    /// @dev In a record: the escrow is USDC units, not gwei.
    uint256 private constant _USDC_FLAG = 1 << 89;
    uint256 private constant _USDC_PRICE_SHIFT = 72;
    uint256 private constant _WINDOW_MASK = (1 << 32) - 1;

    uint256 private constant _MINTED_MASK = (1 << 48) - 1;
    uint256 private constant _ESCROW_SHIFT = 48;
    uint256 private constant _ESCROW_MASK = (1 << 96) - 1;
    uint256 private constant _USDC_ESCROW_SHIFT = 144;
    uint256 private constant _USDC_ESCROW_MASK = (1 << 64) - 1;
    uint256 private constant _TERMS_SHIFT = 208;
    uint256 private constant _TERMS_MASK = (1 << 32) - 1;
    uint256 private constant _PAUSED = 1 << 240;

    /// @dev Total minted (bits 0-47), pending ETH escrow in wei (bits 48-143), pending USDC escrow in
    /// units (bits 144-207), terms version (bits 208-239), paused flag (bit 240). No field carries into
    /// the next: 2^48 mints would cost more gas than any chain has; ETH escrow is ETH held, below 2^96
    /// wei (about 79 billion ETH); USDC escrow is USDC held, below 2^64 units (18 trillion dollars);
    /// the terms version wraps within its field.
    uint256 private _state;

    /// @dev Tier id => price in gwei (bits 0-39), fulfilment window in seconds (bits 40-71) and USDC
    /// price in units (bits 72-111).
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

    /// @inheritdoc IGenImNFT
    mapping(address account => uint256 amount) public usdcCredits;

    /// @inheritdoc IGenImNFT
    uint256 public totalUsdcCredits;

    /// @dev The USDC token (zero: ETH only). Immutable: escrow held in it must stay payable in it.
    address private immutable _USDC;

    /// @param initialOwner Receives ownership (two-step transfers afterwards).
    /// @param usdcToken The USDC token accepted by `mintWithAuthorization`; zero for ETH only.
    constructor(address initialOwner, address usdcToken) Ownable(initialOwner) {
        _USDC = usdcToken;
        _setMetadataBaseURI("ipfs://");
    }

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    function mint(string calldata prompt, uint8 tier, uint32 expectedTerms)
        external
        payable
        returns (uint256 tokenId)
    {
        _checkPrompt(prompt);
        uint256 state = _state;
        if (state & _PAUSED != 0) revert MintingPaused();

        uint256 record = _recordForPayment(tier);
        _checkTerms(state, expectedTerms);
        uint256 price = _weiOf(record);
        tokenId = (state & _MINTED_MASK) + 1;
        _state = ((state & ~_MINTED_MASK) | tokenId) + (price << _ESCROW_SHIFT);

        _delivery[tokenId] = record;
        // forge-lint: disable-next-line(unsafe-typecast) tier (8 bits) above an 80-bit record fits 96 bits.
        _mintAndSetExtraDataUnchecked(msg.sender, tokenId, uint96((uint256(tier) << _TIER_SHIFT) | record));
        emit ImageRequested(tokenId, msg.sender, tier, Currency.ETH, price, _deadlineOf(record), prompt);
    }

    /// @inheritdoc IGenImNFT
    function mintWithAuthorization(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        address from,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 salt,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 tokenId) {
        bytes32 nonce = _authorizationNonce(prompt, tier, expectedTerms, validAfter, validBefore, salt);
        tokenId = _mintForUsdc(prompt, tier, expectedTerms, from, value);
        IUSDC(_USDC)
            .receiveWithAuthorization(from, address(this), value, validAfter, validBefore, nonce, v, r, s);
    }

    /// @inheritdoc IGenImNFT
    function mintWithAuthorizationSig(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        address from,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 salt,
        bytes calldata signature
    ) external returns (uint256 tokenId) {
        bytes32 nonce = _authorizationNonce(prompt, tier, expectedTerms, validAfter, validBefore, salt);
        tokenId = _mintForUsdc(prompt, tier, expectedTerms, from, value);
        IUSDC(_USDC)
            .receiveWithAuthorization(from, address(this), value, validAfter, validBefore, nonce, signature);
    }

    /// @inheritdoc IGenImNFT
    function refund(uint256 tokenId) external {
        uint256 record = _delivery[tokenId];
        if (!_isPendingRecord(record)) revert NotPending(tokenId, _statusOf(tokenId));
        uint64 deadline = _deadlineOf(record);
        if (block.timestamp <= deadline) revert DeadlineNotReached(tokenId, deadline);

        // Whoever sends it, the escrow goes to the holder: a gasless buyer's refund can be relayed.
        address holder = _ownerOf(tokenId);
        uint256 amount = _paidOf(record);
        delete _delivery[tokenId];
        _burn(tokenId);

        emit Refunded(tokenId, holder, amount);
        // slither-disable-next-line incorrect-equality (a currency flag in a record, not a balance)
        if (record & _USDC_FLAG == 0) {
            _state -= amount << _ESCROW_SHIFT;
            _pay(holder, amount);
        } else {
            _state -= amount << _USDC_ESCROW_SHIFT;
            _payUsdc(holder, amount);
        }
    }

    /// @inheritdoc IGenImNFT
    function claim() external {
        uint256 amount = credits[msg.sender];
        // slither-disable-next-line incorrect-equality (a credit, not a balance: exactly zero means none)
        if (amount == 0) revert NothingToClaim(msg.sender);
        credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Claimed(msg.sender, Currency.ETH, amount);
        if (!SafeTransferLib.trySafeTransferETH(msg.sender, amount, gasleft())) {
            revert TransferFailed(msg.sender, amount);
        }
    }

    /// @inheritdoc IGenImNFT
    function claimUsdc() external {
        uint256 amount = usdcCredits[msg.sender];
        // slither-disable-next-line incorrect-equality (a credit, not a balance: exactly zero means none)
        if (amount == 0) revert NothingToClaim(msg.sender);
        usdcCredits[msg.sender] = 0;
        totalUsdcCredits -= amount;
        emit Claimed(msg.sender, Currency.USDC, amount);
        if (!_tryTransferUsdc(msg.sender, amount)) revert TransferFailed(msg.sender, amount);
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
        if (record & _USDC_FLAG == 0) {
            _state -= paid << _ESCROW_SHIFT;
            _pay(msg.sender, paid);
        } else {
            _state -= paid << _USDC_ESCROW_SHIFT;
            _payUsdc(msg.sender, paid);
        }
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
        // slither-disable-next-line uninitialized-local (starts at zero on purpose)
        uint256 totalUsdc;
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
            if (record & _USDC_FLAG == 0) totalPaid += _deliver(tokenId, record, metadataHash);
            else totalUsdc += _deliver(tokenId, record, metadataHash);
            ++delivered;
        }
        // One state write and at most one payout per currency for the whole batch.
        if (totalPaid | totalUsdc != 0) {
            _state -= (totalPaid << _ESCROW_SHIFT) | (totalUsdc << _USDC_ESCROW_SHIFT);
            if (totalPaid != 0) _pay(msg.sender, totalPaid);
            if (totalUsdc != 0) _payUsdc(msg.sender, totalUsdc);
        }
    }

    /*//////////////////////////////////////////////////////////////
                              OWNER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGenImNFT
    function setTier(uint8 tier, uint256 price, uint256 usdcPrice, uint32 window) external onlyOwner {
        if (price % 1 gwei != 0 || price > MAX_PRICE) revert InvalidPrice(price, MAX_PRICE);
        if (usdcPrice > MAX_USDC_PRICE) revert InvalidUsdcPrice(usdcPrice, MAX_USDC_PRICE);
        if (usdcPrice != 0 && _USDC == address(0)) revert UsdcNotConfigured();
        if (window > MAX_WINDOW || (window == 0 && (price | usdcPrice) != 0)) {
            revert InvalidWindow(window, MAX_WINDOW);
        }
        _tiers[tier] =
            (usdcPrice << _USDC_PRICE_SHIFT) | (uint256(window) << _DEADLINE_SHIFT) | (price / 1 gwei);
        _bumpTerms();
        emit TierSet(tier, price, usdcPrice, window);
    }

    /// @inheritdoc IGenImNFT
    function setAgent(address agent, bool authorized) external onlyOwner {
        if (agent == address(0)) revert ZeroAddress();
        // slither-disable-next-line uninitialized-local (zero is the revocation's value)
        uint256 firstTokenId;
        if (authorized) {
            firstTokenId = _agentFirstTokenId[agent];
            // A new authorization covers only tokens minted from now on, and changes the terms a buyer
            // mints under; an existing one keeps its mark.
            if (firstTokenId == 0) {
                firstTokenId = (_state & _MINTED_MASK) + 1;
                _bumpTerms();
            }
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
        emit SurplusWithdrawn(to, Currency.ETH, amount);
        if (!SafeTransferLib.trySafeTransferETH(to, amount, gasleft())) revert TransferFailed(to, amount);
    }

    /// @inheritdoc IGenImNFT
    function withdrawUsdcSurplus(address to) external onlyOwner {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = usdcSurplus();
        // slither-disable-next-line incorrect-equality (usdcSurplus() is already max(balance - owed, 0))
        if (amount == 0) revert NoSurplus();
        emit SurplusWithdrawn(to, Currency.USDC, amount);
        if (!_tryTransferUsdc(to, amount)) revert TransferFailed(to, amount);
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
        if (extra & _USDC_FLAG != 0) r.currency = Currency.USDC;
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
    function tiers(uint8 tier) external view returns (uint256 price, uint256 usdcPrice, uint32 window) {
        uint256 packed = _tiers[tier];
        price = _weiOf(packed);
        usdcPrice = packed >> _USDC_PRICE_SHIFT;
        // forge-lint: disable-next-line(unsafe-typecast) `setTier` stores a uint32 window there.
        window = uint32(packed >> _DEADLINE_SHIFT);
    }

    /// @inheritdoc IGenImNFT
    function terms() external view returns (uint32) {
        return _termsOf(_state);
    }

    /// @inheritdoc IGenImNFT
    function usdc() external view returns (address) {
        return _USDC;
    }

    /// @inheritdoc IGenImNFT
    function pendingEscrow() public view returns (uint256) {
        return (_state >> _ESCROW_SHIFT) & _ESCROW_MASK;
    }

    /// @inheritdoc IGenImNFT
    function pendingUsdcEscrow() public view returns (uint256) {
        return (_state >> _USDC_ESCROW_SHIFT) & _USDC_ESCROW_MASK;
    }

    /// @inheritdoc IGenImNFT
    function surplus() public view returns (uint256) {
        uint256 owed = pendingEscrow() + totalCredits;
        uint256 balance = address(this).balance;
        return balance > owed ? balance - owed : 0;
    }

    /// @inheritdoc IGenImNFT
    function usdcSurplus() public view returns (uint256) {
        if (_USDC == address(0)) return 0;
        uint256 owed = pendingUsdcEscrow() + totalUsdcCredits;
        uint256 balance = SafeTransferLib.balanceOf(_USDC, address(this));
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

    /// @dev Checks a USDC mint, records its escrow and token (to `from`) and returns its id; the caller
    /// then pulls the payment with the authorization, which reverts the whole mint if it fails.
    function _mintForUsdc(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        address from,
        uint256 value
    ) private returns (uint256 tokenId) {
        _checkPrompt(prompt);
        uint256 state = _state;
        if (state & _PAUSED != 0) revert MintingPaused();
        uint256 record;
        {
            uint256 tierConfig = _tiers[tier];
            uint256 price = tierConfig >> _USDC_PRICE_SHIFT;
            if (price == 0) revert NotOfferedInUsdc(tier);
            // Before the token is called, and before the terms: a changed price is the clearer message.
            if (value != price) revert PriceChanged(value, price);
            uint256 deadline = block.timestamp + ((tierConfig >> _DEADLINE_SHIFT) & _WINDOW_MASK);
            record = _USDC_FLAG | (deadline << _DEADLINE_SHIFT) | price;
        }
        _checkTerms(state, expectedTerms);
        tokenId = (state & _MINTED_MASK) + 1;
        _state = ((state & ~_MINTED_MASK) | tokenId) + (value << _USDC_ESCROW_SHIFT);

        _delivery[tokenId] = record;
        // forge-lint: disable-next-line(unsafe-typecast) tier (8 bits) and a 90-bit record fit 96 bits.
        _mintAndSetExtraDataUnchecked(from, tokenId, uint96((uint256(tier) << _TIER_SHIFT) | record));
        emit ImageRequested(tokenId, from, tier, Currency.USDC, value, _deadlineOf(record), prompt);
    }

    /// @dev The EIP-3009 nonce a USDC mint's authorization must carry: it binds the request (see
    /// `mintWithAuthorization` in the interface), so a relayer cannot alter what the buyer signed.
    function _authorizationNonce(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 salt
    ) private view returns (bytes32) {
        return keccak256(
            abi.encode(
                block.chainid,
                address(this),
                tier,
                keccak256(bytes(prompt)),
                expectedTerms,
                validAfter,
                validBefore,
                salt
            )
        );
    }

    /// @dev Pushes `amount` to `to` with a bounded gas stipend; if that fails (a reverting or
    /// gas-hungry receiver), credits it for `claim` so the money is neither lost nor stranded.
    function _pay(address to, uint256 amount) private {
        if (SafeTransferLib.trySafeTransferETH(to, amount, SafeTransferLib.GAS_STIPEND_NO_GRIEF)) return;
        credits[to] += amount;
        totalCredits += amount;
        emit PaymentCredited(to, Currency.ETH, amount);
    }

    /// @dev Transfers `amount` USDC to `to`; if the transfer reverts or returns false (a blocklisted
    /// receiver), credits it for `claimUsdc` instead, so one blocklisted party cannot block a delivery
    /// or a refund.
    function _payUsdc(address to, uint256 amount) private {
        if (_tryTransferUsdc(to, amount)) return;
        usdcCredits[to] += amount;
        totalUsdcCredits += amount;
        emit PaymentCredited(to, Currency.USDC, amount);
    }

    /// @dev USDC `transfer` that reports failure instead of reverting: true only when the call succeeded
    /// and returned true (or, for tokens without a return value, returned nothing from code).
    function _tryTransferUsdc(address to, uint256 amount) private returns (bool success) {
        address token = _USDC;
        /// @solidity memory-safe-assembly
        assembly {
            mstore(0x14, to) // `to` at 0x20.
            mstore(0x34, amount) // `amount` at 0x40, over the free memory pointer's upper bytes.
            mstore(0x00, 0xa9059cbb000000000000000000000000) // `transfer(address,uint256)`.
            success := call(gas(), token, 0, 0x10, 0x44, 0x00, 0x20)
            if iszero(and(eq(mload(0x00), 1), success)) {
                success := lt(or(iszero(extcodesize(token)), returndatasize()), success)
            }
            mstore(0x34, 0) // Restore the free memory pointer's upper bytes.
        }
    }

    /// @dev Moves the terms version on (wrapping within its 32 bits).
    function _bumpTerms() private {
        uint256 state = _state;
        // Widened before the increment: at 2^32 - 1 the version wraps to 0 (masked) instead of panicking.
        uint256 next = (uint256(_termsOf(state)) + 1) & _TERMS_MASK;
        _state = (state & ~(_TERMS_MASK << _TERMS_SHIFT)) | (next << _TERMS_SHIFT);
    }

    function _checkTerms(uint256 state, uint32 expected) private pure {
        uint32 current = _termsOf(state);
        if (expected != current) revert TermsChanged(expected, current);
    }

    function _termsOf(uint256 state) private pure returns (uint32) {
        // forge-lint: disable-next-line(unsafe-typecast) masked to 32 bits.
        return uint32((state >> _TERMS_SHIFT) & _TERMS_MASK);
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
        uint256 deadline = block.timestamp + ((tierConfig >> _DEADLINE_SHIFT) & _WINDOW_MASK);
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

    /// @dev The escrow of a record in its currency: wei, or USDC units.
    function _paidOf(uint256 record) private pure returns (uint256) {
        // slither-disable-next-line incorrect-equality (a currency flag in a record, not a balance)
        return record & _USDC_FLAG == 0 ? _weiOf(record) : record & _MASK_40;
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
