// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdAssertions} from "forge-std/StdAssertions.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";
import {ERC721} from "solady/tokens/ERC721.sol";
import {Base64} from "solady/utils/Base64.sol";
import {LibString} from "solady/utils/LibString.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {TestUSDC} from "../utils/TestUSDC.sol";
import {SigArgs, UsdcCalls, VrsArgs} from "../utils/UsdcCalls.sol";

/// @dev A contract account (agent, holder or payee) that accepts ETH only while `accepting`, and
/// accepts ERC-721 tokens sent with `safeTransferFrom`.
contract Actor {
    bool public accepting;

    function setAccepting(bool value) external {
        accepting = value;
    }

    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC721Received.selector;
    }

    receive() external payable {
        require(accepting);
    }
}

/// @dev Drives GenImNFT with random calls, valid or not, from every kind of caller: minters (EOAs and a
/// contract holder that sometimes rejects ETH), the agents authorized at deployment (an EOA and a
/// contract that sometimes rejects ETH), an agent authorized and revoked along the way, the owner
/// trying to deliver as a new agent, approved operators and an attacker. Every call goes through
/// `_call`, which asserts that it succeeds exactly when the handler's own model says so, and otherwise
/// reverts with exactly the error the model predicts. The model (tokens, tiers, agents' marks,
/// approvals, credits, pause) and the money figures are the handler's own: what was paid in is what
/// the handler sent; what each party received is its measured balance change. Nothing is read back
/// from the contract to build them, so the invariants compare two independent accounts.
contract GenImNFTHandler is CommonBase, StdCheats, StdUtils, StdAssertions {
    using LibString for string;

    struct Token {
        uint256 paid;
        uint64 deadline;
        uint8 tier;
        address requester;
        address holder;
        IGenImNFT.Status status;
        bytes32 metadataHash;
        address approved;
        address settledTo;
        IGenImNFT.Currency currency;
    }

    struct Tier {
        uint256 price;
        uint256 usdcPrice;
        uint32 window;
    }

    /// @dev The last USDC authorization relayed, to replay.
    struct Relayed {
        string prompt;
        uint8 tier;
        uint32 terms;
        address from;
        uint256 value;
        uint256 validBefore;
        bytes32 salt;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    uint256 internal constant _TIERS = 4; // tier 3 is never enabled
    string internal constant _HTTP_BASE = "https://meta.example/m/";

    GenImNFT public immutable nft;
    TestUSDC public immutable usdc;
    address public immutable owner;
    address public immutable attacker = makeAddr("inv-attacker");
    address public immutable operator = makeAddr("inv-operator");
    address public immutable eoaAgent = makeAddr("inv-agent");
    address public immutable lateAgent = makeAddr("inv-late-agent");
    Actor public immutable contractAgent = new Actor();
    Actor public immutable contractHolder = new Actor();
    Actor public immutable payee = new Actor();

    address[] internal _minters;
    address[] internal _accounts;
    address[] internal _buyers;
    mapping(address buyer => uint256 key) internal _keys;
    Relayed internal _lastRelayed;
    bool internal _hasRelayed;
    uint256 internal _salt;

    // The model.
    mapping(uint256 tokenId => Token) internal _tokens;
    Tier[_TIERS] internal _tierModel;
    mapping(address agent => uint256 firstTokenId) public modelFirstTokenId;
    mapping(address holder => mapping(address op => bool)) internal _operatorApproved;
    mapping(address account => uint256 amount) public modelCredits;
    uint256 public modelTotalCredits;
    uint256 public modelPendingEscrow;
    uint256 public modelTotalMinted;
    bool public modelPaused;
    uint32 public modelTerms;
    mapping(address account => uint256 amount) public modelUsdcCredits;
    uint256 public modelTotalUsdcCredits;
    uint256 public modelPendingUsdcEscrow;
    mapping(address account => bool) public modelBlocklisted;
    bool public modelIpfsBase = true;
    bool public modelPlaceholderSet;
    bool public modelContractURISet;

    // Money, from the handler's own records.
    uint256 public ghostIn;
    uint256 public ghostOut;
    mapping(address account => uint256 amount) public received;
    mapping(address account => uint256 amount) public entitled;
    // USDC, from the handler's own records.
    uint256 public usdcIn;
    uint256 public usdcOut;
    mapping(address account => uint256 amount) public usdcReceived;
    mapping(address account => uint256 amount) public usdcEntitled;
    /// @dev Token id => how many times its escrow left the contract (or was credited), in any currency.
    mapping(uint256 tokenId => uint256 count) public payouts;

    mapping(string action => uint256 count) public calls;

    constructor(GenImNFT nft_, TestUSDC usdc_, address owner_) {
        nft = nft_;
        usdc = usdc_;
        owner = owner_;
        for (uint256 i; i < 2; ++i) {
            (address buyer, uint256 key) = makeAddrAndKey(string.concat("inv-buyer-", vm.toString(i)));
            _buyers.push(buyer);
            _keys[buyer] = key;
        }
        _minters.push(makeAddr("inv-minter-0"));
        _minters.push(makeAddr("inv-minter-1"));
        _minters.push(makeAddr("inv-minter-2"));
        _minters.push(address(contractHolder));
        _minters.push(_buyers[0]); // USDC buyers hold, receive and trade tokens too
        _minters.push(_buyers[1]);
        for (uint256 i; i < _minters.length; ++i) {
            _accounts.push(_minters[i]);
        }
        _accounts.push(eoaAgent);
        _accounts.push(address(contractAgent));
        _accounts.push(lateAgent);
        _accounts.push(owner);
        _accounts.push(address(payee));
        _accounts.push(attacker);
        _accounts.push(operator);
    }

    /// @dev Called by the test after it configured the contract: tiers 0 and 1 (tier 1 also in USDC,
    /// tier 2 in USDC only), both agents: five terms bumps.
    function initModel() external {
        _tierModel[0] = Tier(30_000 gwei, 0, 1 hours);
        _tierModel[1] = Tier(90_000 gwei, 300_000, 2 hours);
        _tierModel[2] = Tier(0, 100_000, 1 hours);
        modelFirstTokenId[eoaAgent] = 1;
        modelFirstTokenId[address(contractAgent)] = 1;
        modelTerms = 5;
    }

    function buyers() external view returns (address[] memory) {
        return _buyers;
    }

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev One to three mints, mostly valid: at tiers 0 and 1, with a short prompt and the exact price.
    function mint(uint256 minterSeed, uint256 tierSeed, uint256 promptSeed, uint256 paySeed) external {
        uint256 count = 1 + minterSeed % 3;
        for (uint256 i; i < count; ++i) {
            uint256 shift = 8 * i;
            _mintOne(minterSeed >> shift, tierSeed >> shift, promptSeed >> shift, paySeed >> shift);
        }
    }

    function _mintOne(uint256 minterSeed, uint256 tierSeed, uint256 promptSeed, uint256 paySeed) internal {
        address minter = _minters[minterSeed % _minters.length];
        // forge-lint: disable-next-line(unsafe-typecast) a remainder below the type's maximum.
        uint8 tier = uint8(tierSeed % 8 < 6 ? tierSeed % 2 : 2 + tierSeed % 2);
        Tier memory t = _tierModel[tier];
        uint256 length = 1 + promptSeed % 64;
        if (promptSeed % 64 == 0) length = promptSeed % 128 == 0 ? 0 : 1000;
        if (promptSeed % 256 == 1) length = 1001;
        uint256 value = paySeed % 16 == 0 ? t.price + 1 gwei : paySeed % 16 == 1 ? 0 : t.price;
        // Now and then terms older or newer than the current ones (the owner changed something).
        uint32 terms = paySeed % 16 == 2 ? modelTerms - 1 : paySeed % 16 == 3 ? modelTerms + 1 : modelTerms;

        bytes memory expected;
        if (length == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.EmptyPrompt.selector);
        } else if (length > 1000) {
            expected = abi.encodeWithSelector(IGenImNFT.PromptTooLong.selector, length, 1000);
        } else if (modelPaused) {
            expected = abi.encodeWithSelector(IGenImNFT.MintingPaused.selector);
        } else if (t.price == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.TierDisabled.selector, tier);
        } else if (value != t.price) {
            expected = abi.encodeWithSelector(IGenImNFT.WrongPayment.selector, t.price, value);
        } else if (terms != modelTerms) {
            expected = abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, terms, modelTerms);
        }

        vm.deal(minter, minter.balance + value);
        bytes memory ret = _call(
            "mint", minter, value, abi.encodeCall(IGenImNFT.mint, (_prompt(length), tier, terms)), expected
        );
        if (expected.length != 0) return;

        uint256 tokenId = ++modelTotalMinted;
        assertEq(abi.decode(ret, (uint256)), tokenId);
        Token storage token = _tokens[tokenId];
        token.paid = value;
        token.deadline = uint64(block.timestamp + t.window);
        token.tier = tier;
        token.requester = minter;
        token.holder = minter;
        token.status = IGenImNFT.Status.Pending;
        modelPendingEscrow += value;
        ghostIn += value;
    }

    function refund(uint256 tokenSeed, uint256 callerSeed, bool accept) external {
        uint256 tokenId = _pickToken(tokenSeed, true, address(0));
        Token storage token = _tokens[tokenId];
        address holder = token.holder;
        address caller = _pickRefundCaller(tokenId, callerSeed);

        bytes memory expected;
        if (token.status != IGenImNFT.Status.Pending) {
            expected = abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, token.status);
        } else if (block.timestamp <= token.deadline) {
            expected = abi.encodeWithSelector(IGenImNFT.DeadlineNotReached.selector, tokenId, token.deadline);
        }

        if (holder == address(contractHolder)) contractHolder.setAccepting(accept);
        uint256 before = holder.balance;
        uint256 usdcBefore = usdc.balanceOf(holder);
        // Anyone may send a refund; it pays the holder, never the caller.
        _call("refund", caller, 0, abi.encodeCall(IGenImNFT.refund, (tokenId)), expected);
        if (expected.length != 0) return;

        token.status = IGenImNFT.Status.Refunded;
        token.settledTo = holder;
        token.approved = address(0);
        ++payouts[tokenId];
        if (token.currency == IGenImNFT.Currency.USDC) {
            modelPendingUsdcEscrow -= token.paid;
            _settleUsdc(holder, token.paid, usdcBefore);
        } else {
            modelPendingEscrow -= token.paid;
            _settle(holder, token.paid, before, holder != address(contractHolder) || accept);
        }
    }

    /// @dev Mostly by an account that has a credit (the contract agent or holder), else by anyone.
    function claim(uint256 accountSeed, bool accept) external {
        address account = _accounts[accountSeed % _accounts.length];
        if (accountSeed % 4 != 0) {
            if (modelCredits[address(contractAgent)] != 0) account = address(contractAgent);
            if (modelCredits[address(contractHolder)] != 0 && (accountSeed / 4) % 2 == 0) {
                account = address(contractHolder);
            }
        }
        uint256 credit = modelCredits[account];
        accept = accept || accountSeed % 2 == 0; // a claim that fails now and then, not most of them
        bool rejects = (account == address(contractAgent) || account == address(contractHolder)) && !accept;

        bytes memory expected;
        if (credit == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NothingToClaim.selector, account);
        } else if (rejects) {
            expected = abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, account, credit);
        }

        _setAccepting(account, accept);
        uint256 before = account.balance;
        _call("claim", account, 0, abi.encodeCall(IGenImNFT.claim, ()), expected);
        if (expected.length != 0) return;

        modelCredits[account] = 0;
        modelTotalCredits -= credit;
        _received(account, before, credit);
    }

    /// @dev transferFrom, safeTransferFrom or safeTransferFrom with data, by the holder, an approved
    /// address, an operator or a stranger, sometimes with ETH attached.
    function transfer(uint256 tokenSeed, uint256 toSeed, uint256 callerSeed, uint256 kind, uint256 ethSeed)
        external
    {
        uint256 tokenId = _pickExisting(tokenSeed);
        if (tokenId == 0) return;
        Token storage token = _tokens[tokenId];
        address from = token.holder;
        address to = _minters[toSeed % _minters.length];
        address caller = _pickRefundCaller(tokenId, callerSeed);
        uint256 value = ethSeed % 8 == 0 ? 1 + ethSeed % 1 gwei : 0;

        bytes memory expected;
        if (value != 0) {
            expected = abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, value);
        } else if (!_approvedOrHolder(caller, tokenId)) {
            expected = abi.encodeWithSelector(ERC721.NotOwnerNorApproved.selector);
        }

        bytes memory data;
        kind %= 3;
        if (kind == 0) {
            data = abi.encodeWithSignature("transferFrom(address,address,uint256)", from, to, tokenId);
        } else if (kind == 1) {
            data = abi.encodeWithSignature("safeTransferFrom(address,address,uint256)", from, to, tokenId);
        } else {
            data = abi.encodeWithSignature(
                "safeTransferFrom(address,address,uint256,bytes)", from, to, tokenId, abi.encode(kind)
            );
        }
        vm.deal(caller, caller.balance + value);
        _call("transfer", caller, value, data, expected);
        if (expected.length != 0) return;
        token.holder = to;
        token.approved = address(0);
    }

    function approve(uint256 tokenSeed, bool byHolder, bool toOperator, uint256 ethSeed) external {
        uint256 tokenId = _pickExisting(tokenSeed);
        if (tokenId == 0) return;
        Token storage token = _tokens[tokenId];
        address caller = byHolder ? token.holder : attacker;
        address spender = toOperator ? operator : _minters[ethSeed % _minters.length];
        uint256 value = ethSeed % 8 == 0 ? 1 + ethSeed % 1 gwei : 0;

        bytes memory expected;
        if (value != 0) {
            expected = abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, value);
        } else if (!byHolder && !_operatorApproved[token.holder][caller]) {
            expected = abi.encodeWithSelector(ERC721.NotOwnerNorApproved.selector);
        }
        vm.deal(caller, caller.balance + value);
        _call(
            "approve",
            caller,
            value,
            abi.encodeWithSignature("approve(address,uint256)", spender, tokenId),
            expected
        );
        if (expected.length == 0) token.approved = spender;
    }

    function setApprovalForAll(uint256 holderSeed, bool approved) external {
        address holder = _minters[holderSeed % _minters.length];
        _call(
            "setApprovalForAll",
            holder,
            0,
            abi.encodeWithSignature("setApprovalForAll(address,bool)", operator, approved),
            ""
        );
        _operatorApproved[holder][operator] = approved;
    }

    /*//////////////////////////////////////////////////////////////
                              AGENT ACTIONS
    //////////////////////////////////////////////////////////////*/

    function fulfil(uint256 tokenSeed, uint256 agentSeed, uint256 hashSeed, bool accept) external {
        address agent = _pickAgent(agentSeed);
        uint256 tokenId = _pickToken(tokenSeed, false, agent);
        bytes32 metadataHash = _metadataHash(tokenId, hashSeed);
        Token storage token = _tokens[tokenId];
        uint256 first = modelFirstTokenId[agent];

        bytes memory expected;
        if (first == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NotAgent.selector, agent);
        } else if (tokenId < first) {
            expected = abi.encodeWithSelector(IGenImNFT.TokenPredatesAgent.selector, tokenId, agent, first);
        } else if (uint256(metadataHash) >> 128 == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.InvalidMetadataHash.selector, metadataHash);
        } else if (token.status != IGenImNFT.Status.Pending) {
            expected = abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, token.status);
        } else if (block.timestamp > token.deadline) {
            expected = abi.encodeWithSelector(IGenImNFT.DeadlinePassed.selector, tokenId, token.deadline);
        }

        accept = accept && agentSeed % 3 == 0; // the contract agent mostly rejects: credits to claim
        _setAccepting(agent, accept);
        uint256 before = agent.balance;
        uint256 usdcBefore = usdc.balanceOf(agent);
        _call("fulfil", agent, 0, abi.encodeCall(IGenImNFT.fulfil, (tokenId, metadataHash)), expected);
        if (expected.length != 0) return;

        _deliver(tokenId, metadataHash, agent);
        if (token.currency == IGenImNFT.Currency.USDC) _settleUsdc(agent, token.paid, usdcBefore);
        else _settle(agent, token.paid, before, agent != address(contractAgent) || accept);
    }

    /// @dev A batch of consecutive ids from a random start (wrapping, so it may hold duplicates), plus
    /// sometimes a duplicate, an id never minted, an invalid hash or mismatched lengths.
    function fulfilBatch(uint256 startSeed, uint256 count, uint256 agentSeed, uint256 twistSeed, bool accept)
        external
    {
        address agent = _pickAgent(agentSeed);
        count = _bound(count, 0, 12);
        uint256[] memory ids = new uint256[](count);
        bytes32[] memory hashes = new bytes32[](twistSeed % 16 == 0 ? count + 1 : count);
        {
            uint256 n = modelTotalMinted + 1;
            uint256 start = _pickToken(startSeed, false, agent);
            for (uint256 i; i < count; ++i) {
                ids[i] = (start + i) % (n + 1); // includes 0 and the next id, which do not exist
                hashes[i] = _metadataHash(ids[i], twistSeed % 16 == 1 && i == count / 2 ? 0 : 1);
            }
        }

        bytes memory expected;
        uint256 first = modelFirstTokenId[agent];
        if (first == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NotAgent.selector, agent);
        } else if (hashes.length != count) {
            expected = abi.encodeWithSelector(IGenImNFT.LengthMismatch.selector, count, count + 1);
        }
        for (uint256 i; i < count && expected.length == 0; ++i) {
            if (uint256(hashes[i]) >> 128 == 0) {
                expected = abi.encodeWithSelector(IGenImNFT.InvalidMetadataHash.selector, hashes[i]);
            }
        }

        accept = accept && agentSeed % 3 == 0; // the contract agent mostly rejects: credits to claim
        _setAccepting(agent, accept);
        uint256 before = agent.balance;
        uint256 usdcBefore = usdc.balanceOf(agent);
        vm.recordLogs();
        bytes memory ret =
            _call("fulfilBatch", agent, 0, abi.encodeCall(IGenImNFT.fulfilBatch, (ids, hashes)), expected);
        if (expected.length != 0) return;

        (uint256 delivered, uint256 paid, uint256 paidUsdc) = _modelBatch(ids, hashes, agent, first);
        assertEq(abi.decode(ret, (uint256)), delivered);
        if (delivered != 0) ++calls["fulfilBatch.delivered>0"];
        _settle(agent, paid, before, agent != address(contractAgent) || accept);
        if (paidUsdc != 0) _settleUsdc(agent, paidUsdc, usdcBefore);
        // At most one USDC transfer for the whole batch, whatever the number of USDC tokens in it.
        assertLe(_usdcTransfersFromNft(vm.getRecordedLogs()), 1);
    }

    /// @dev Applies a successful batch to the model: what it delivered and paid in each currency.
    function _modelBatch(uint256[] memory ids, bytes32[] memory hashes, address agent, uint256 first)
        internal
        returns (uint256 delivered, uint256 paid, uint256 paidUsdc)
    {
        for (uint256 i; i < ids.length; ++i) {
            Token storage token = _tokens[ids[i]];
            if (
                ids[i] < first || token.status != IGenImNFT.Status.Pending || block.timestamp > token.deadline
            ) {
                continue;
            }
            _deliver(ids[i], hashes[i], agent);
            if (token.currency == IGenImNFT.Currency.USDC) paidUsdc += token.paid;
            else paid += token.paid;
            ++delivered;
        }
    }

    /*//////////////////////////////////////////////////////////////
                              OWNER ACTIONS
    //////////////////////////////////////////////////////////////*/

    function setTier(uint256 tierSeed, uint256 priceSeed, uint256 windowSeed, bool byAttacker) external {
        // forge-lint: disable-next-line(unsafe-typecast) a remainder below the type's maximum.
        uint8 tier = uint8(tierSeed % (_TIERS - 1));
        uint256 maxPrice = nft.MAX_PRICE();
        uint256 price = priceSeed % 8 == 0 ? 0 : _bound(priceSeed, 1, 1_000_000) * 1 gwei;
        if (priceSeed % 32 == 1) price += 1; // not whole gwei
        if (priceSeed % 32 == 3) price = maxPrice + 1 gwei;
        uint256 maxUsdc = nft.MAX_USDC_PRICE();
        uint256 usdcPrice = priceSeed % 4 == 1 ? 0 : _bound(priceSeed >> 8, 1, 2_000_000);
        if (priceSeed % 64 == 5) usdcPrice = maxUsdc + 1;
        uint32 window = uint32(_bound(windowSeed, 1, 3 hours));
        if (windowSeed % 16 == 0) window = 0;
        if (windowSeed % 16 == 1) window = 30 days;
        if (windowSeed % 16 == 2) window = 30 days + 1;

        address caller = byAttacker ? attacker : owner;
        bytes memory expected;
        if (caller != owner) {
            expected = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        } else if (price % 1 gwei != 0 || price > maxPrice) {
            expected = abi.encodeWithSelector(IGenImNFT.InvalidPrice.selector, price, maxPrice);
        } else if (usdcPrice > maxUsdc) {
            expected = abi.encodeWithSelector(IGenImNFT.InvalidUsdcPrice.selector, usdcPrice, maxUsdc);
        } else if (window > 30 days || (window == 0 && (price != 0 || usdcPrice != 0))) {
            expected = abi.encodeWithSelector(IGenImNFT.InvalidWindow.selector, window, 30 days);
        }

        _call(
            "setTier",
            caller,
            0,
            abi.encodeCall(IGenImNFT.setTier, (tier, price, usdcPrice, window)),
            expected
        );
        if (expected.length == 0) {
            _tierModel[tier] = Tier(price, usdcPrice, window);
            ++modelTerms;
        }
        if (byAttacker) _attackerFailed();
    }

    /// @dev Authorizes or revokes the late agent or the owner itself (the owner-as-new-agent attack),
    /// rarely the deployment's EOA agent, and tries the zero address.
    function setAgent(uint256 agentSeed, bool authorize, bool byAttacker) external {
        uint256 pick = agentSeed % 8;
        address agent = pick < 4 ? lateAgent : pick < 6 ? owner : pick == 6 ? eoaAgent : address(0);
        address caller = byAttacker ? attacker : owner;
        uint256 first =
            authorize ? (modelFirstTokenId[agent] != 0 ? modelFirstTokenId[agent] : modelTotalMinted + 1) : 0;

        bytes memory expected;
        if (caller != owner) {
            expected = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        } else if (agent == address(0)) {
            expected = abi.encodeWithSelector(IGenImNFT.ZeroAddress.selector);
        }

        _call("setAgent", caller, 0, abi.encodeCall(IGenImNFT.setAgent, (agent, authorize)), expected);
        if (expected.length == 0) {
            // Only a new authorization changes the terms; a revocation or a repeat does not.
            if (authorize && modelFirstTokenId[agent] == 0) ++modelTerms;
            modelFirstTokenId[agent] = first;
        }
        if (byAttacker) _attackerFailed();
    }

    /// @dev Pauses or unpauses, each sometimes twice in a row.
    function setPaused(uint256 seed) external {
        bool pause = seed % 8 == 0; // rarely, so that most runs keep minting
        string memory action = pause ? string("pause") : string("unpause");
        bytes memory data =
            pause ? abi.encodeCall(IGenImNFT.pause, ()) : abi.encodeCall(IGenImNFT.unpause, ());
        uint256 times = seed % 3 == 0 ? 2 : 1;
        for (uint256 i; i < times; ++i) {
            _call(action, owner, 0, data, "");
        }
        modelPaused = pause;
        assertEq(nft.totalMinted(), modelTotalMinted);
        assertEq(nft.pendingEscrow(), modelPendingEscrow);
    }

    function withdrawSurplus(uint256 toSeed, bool accept, bool byAttacker) external {
        uint256 pick = toSeed % 8;
        address to = pick < 5 ? owner : pick < 7 ? address(payee) : address(0);
        address caller = byAttacker ? attacker : owner;
        uint256 amount = modelSurplus();

        bytes memory expected;
        if (caller != owner) {
            expected = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        } else if (to == address(0)) {
            expected = abi.encodeWithSelector(IGenImNFT.ZeroAddress.selector);
        } else if (amount == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NoSurplus.selector);
        } else if (to == address(payee) && !accept) {
            expected = abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, to, amount);
        }

        payee.setAccepting(accept);
        uint256 before = to.balance;
        _call("withdrawSurplus", caller, 0, abi.encodeCall(IGenImNFT.withdrawSurplus, (to)), expected);
        if (byAttacker) _attackerFailed();
        if (expected.length != 0) return;
        entitled[to] += amount;
        _received(to, before, amount);
    }

    /// @dev Switches the metadata base URI between `ipfs://` and an HTTPS prefix, and sets the other
    /// owner-managed strings and the royalty.
    function setMetadata(uint256 seed) external {
        bool ipfs = seed % 2 == 0;
        _call(
            "setMetadataBaseURI",
            owner,
            0,
            abi.encodeCall(IGenImNFT.setMetadataBaseURI, (ipfs ? string("ipfs://") : _HTTP_BASE)),
            ""
        );
        modelIpfsBase = ipfs;
        if (seed % 3 == 0) {
            _call(
                "setPlaceholderImage",
                owner,
                0,
                abi.encodeCall(IGenImNFT.setPlaceholderImage, ("ipfs://placeholder")),
                ""
            );
            modelPlaceholderSet = true;
        }
        if (seed % 5 == 0) {
            _call(
                "setContractURI",
                owner,
                0,
                abi.encodeCall(IGenImNFT.setContractURI, ("ipfs://collection")),
                ""
            );
            modelContractURISet = true;
        }
        if (seed % 7 == 0) {
            _call(
                "setDefaultRoyalty",
                owner,
                0,
                // forge-lint: disable-next-line(unsafe-typecast) a remainder below the type's maximum.
                abi.encodeCall(IGenImNFT.setDefaultRoyalty, (address(payee), uint96(seed % 10_001))),
                ""
            );
        }
    }

    /*//////////////////////////////////////////////////////////////
                               USDC ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev A request as the handler relays it (a struct: too many values for the stack otherwise).
    struct UsdcCall {
        string prompt;
        uint8 tier;
        uint32 terms;
        address from;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 salt;
        uint8 v;
        bytes32 r;
        bytes32 s;
        bool bytesForm;
    }

    /// @dev A buyer's USDC mint, signed and relayed by a stranger (the attacker: anyone may relay).
    /// Mostly valid; now and then with terms or a price that changed since signing, a window not yet
    /// open or already closed, an authorization cancelled before the relay, or a relayer that alters
    /// the prompt, the tier or the payer after signing, or replays the last authorization.
    function mintUsdc(uint256 buyerSeed, uint256 tierSeed, uint256 promptSeed, uint256 twistSeed) external {
        UsdcCall memory c;
        c.from = _buyers[buyerSeed % _buyers.length];
        // forge-lint: disable-next-line(unsafe-typecast) a remainder below the type's maximum.
        c.tier = uint8(tierSeed % 8 < 6 ? 1 + tierSeed % 2 : tierSeed % 8 == 6 ? 0 : 3);
        uint256 length = 1 + promptSeed % 64;
        if (promptSeed % 128 == 0) length = 0;
        if (promptSeed % 128 == 1) length = 1001;
        c.prompt = _prompt(length);
        c.terms = modelTerms;
        c.value = _tierModel[c.tier].usdcPrice;
        c.validBefore = block.timestamp + 1 hours;
        c.salt = bytes32(++_salt);
        c.bytesForm = buyerSeed % 2 == 0;
        uint256 twist = twistSeed % 32;
        if (twist == 0) c.terms = modelTerms - 1; // signed before a tier or agent change
        if (twist == 1) c.value += 1; // signed at another price
        if (twist == 2) c.validAfter = block.timestamp; // not yet valid
        if (twist == 3) c.validBefore = block.timestamp; // expired
        (c.v, c.r, c.s) = vm.sign(_keys[c.from], _receiveDigest(c));
        bool signatureValid = true;
        if (twist == 4) {
            c.prompt = string.concat(c.prompt, "!"); // the relayer alters the prompt
            signatureValid = false;
        }
        if (twist == 5) {
            c.from = _buyers[(buyerSeed % _buyers.length + 1) % _buyers.length]; // the relayer names another payer
            signatureValid = false;
        }
        if (twist == 6 && c.tier != 3) {
            c.tier = c.tier == 1 ? 2 : 1; // the relayer picks another tier, signing the same value
            signatureValid = false;
        }
        bool cancelled;
        if (twist == 7 && !modelBlocklisted[c.from]) {
            // The buyer cancels the authorization before the relay.
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(_keys[c.from], _cancelDigest(c.from, _nonce(c)));
            usdc.cancelAuthorization(c.from, _nonce(c), v, r, s);
            cancelled = true;
        }
        if (twist == 8 && _hasRelayed) {
            c = _replay(); // the relayer sends the last relayed authorization again
            cancelled = true; // its nonce is used
        }
        _relayUsdc(c, signatureValid, cancelled);
    }

    function _vrsArgs(UsdcCall memory c) internal pure returns (VrsArgs memory a) {
        (a.prompt, a.tier, a.terms, a.from, a.value) = (c.prompt, c.tier, c.terms, c.from, c.value);
        (a.validAfter, a.validBefore, a.salt, a.v, a.r, a.s) =
        (c.validAfter, c.validBefore, c.salt, c.v, c.r, c.s);
    }

    function _replay() internal view returns (UsdcCall memory c) {
        Relayed storage l = _lastRelayed;
        c = UsdcCall(
            l.prompt, l.tier, l.terms, l.from, l.value, 0, l.validBefore, l.salt, l.v, l.r, l.s, false
        );
    }

    function _relayUsdc(UsdcCall memory c, bool signatureValid, bool nonceUsed) internal {
        Tier memory t = _tierModel[c.tier];
        uint256 length = bytes(c.prompt).length;
        bytes memory expected;
        if (length == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.EmptyPrompt.selector);
        } else if (length > 1000) {
            expected = abi.encodeWithSelector(IGenImNFT.PromptTooLong.selector, length, 1000);
        } else if (modelPaused) {
            expected = abi.encodeWithSelector(IGenImNFT.MintingPaused.selector);
        } else if (t.usdcPrice == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NotOfferedInUsdc.selector, c.tier);
        } else if (c.value != t.usdcPrice) {
            expected = abi.encodeWithSelector(IGenImNFT.PriceChanged.selector, c.value, t.usdcPrice);
        } else if (c.terms != modelTerms) {
            expected = abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, c.terms, modelTerms);
        } else if (modelBlocklisted[c.from]) {
            expected = _usdcError("Blacklistable: account is blacklisted");
        } else if (block.timestamp <= c.validAfter) {
            expected = _usdcError("FiatTokenV2: authorization is not yet valid");
        } else if (block.timestamp >= c.validBefore) {
            expected = _usdcError("FiatTokenV2: authorization is expired");
        } else if (nonceUsed) {
            expected = _usdcError("FiatTokenV2: authorization is used or canceled");
        } else if (!signatureValid) {
            expected = _usdcError("FiatTokenV2: invalid signature");
        }

        uint256 buyerBefore = usdc.balanceOf(c.from);
        bytes memory data = c.bytesForm
            ? UsdcCalls.sig(
                SigArgs(
                    c.prompt,
                    c.tier,
                    c.terms,
                    c.from,
                    c.value,
                    c.validAfter,
                    c.validBefore,
                    c.salt,
                    abi.encodePacked(c.r, c.s, c.v)
                )
            )
            : UsdcCalls.vrs(_vrsArgs(c));
        bytes memory ret = _call("mintUsdc", attacker, 0, data, expected);
        if (expected.length != 0) return;

        _lastRelayed =
            Relayed(c.prompt, c.tier, c.terms, c.from, c.value, c.validBefore, c.salt, c.v, c.r, c.s);
        _hasRelayed = true;
        uint256 tokenId = ++modelTotalMinted;
        assertEq(abi.decode(ret, (uint256)), tokenId);
        assertEq(buyerBefore - usdc.balanceOf(c.from), c.value);
        Token storage token = _tokens[tokenId];
        token.paid = c.value;
        token.deadline = uint64(block.timestamp + t.window);
        token.tier = c.tier;
        token.requester = c.from;
        token.holder = c.from;
        token.status = IGenImNFT.Status.Pending;
        token.currency = IGenImNFT.Currency.USDC;
        modelPendingUsdcEscrow += c.value;
        usdcIn += c.value;
    }

    /// @dev Mostly by an account that has a USDC credit, else by anyone.
    function claimUsdc(uint256 accountSeed) external {
        address account = _accounts[accountSeed % _accounts.length];
        if (accountSeed % 4 != 0) {
            for (uint256 i; i < _accounts.length; ++i) {
                address a = _accounts[(accountSeed % _accounts.length + i) % _accounts.length];
                if (modelUsdcCredits[a] != 0) {
                    account = a;
                    break;
                }
            }
        }
        uint256 credit = modelUsdcCredits[account];
        if (accountSeed % 3 != 0 && modelBlocklisted[account]) {
            // Circle cleared the account since its payout was credited.
            vm.prank(usdc.masterMinter());
            usdc.unBlacklist(account);
            modelBlocklisted[account] = false;
        }
        bytes memory expected;
        if (credit == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NothingToClaim.selector, account);
        } else if (modelBlocklisted[account]) {
            expected = abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, account, credit);
        }
        uint256 before = usdc.balanceOf(account);
        _call("claimUsdc", account, 0, abi.encodeCall(IGenImNFT.claimUsdc, ()), expected);
        if (expected.length != 0) return;
        modelUsdcCredits[account] = 0;
        modelTotalUsdcCredits -= credit;
        _receivedUsdc(account, before, credit);
    }

    /// @dev Circle blocklists or clears an account (an agent, a holder, the payee): USDC transfers to it
    /// revert, so the contract credits what it owes it.
    function blocklist(uint256 accountSeed, bool on) external {
        address account = _accounts[accountSeed % _accounts.length];
        vm.startPrank(usdc.masterMinter());
        if (on) usdc.blacklist(account);
        else usdc.unBlacklist(account);
        vm.stopPrank();
        modelBlocklisted[account] = on;
        ++calls[on ? "blocklist" : "unblocklist"];
    }

    function withdrawUsdcSurplus(uint256 toSeed, bool byAttacker) external {
        address to = toSeed % 4 == 0 ? address(payee) : owner;
        if (toSeed % 16 == 1) to = address(0);
        address caller = byAttacker ? attacker : owner;
        uint256 amount = modelUsdcSurplus();
        bytes memory expected;
        if (caller != owner) {
            expected = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        } else if (to == address(0)) {
            expected = abi.encodeWithSelector(IGenImNFT.ZeroAddress.selector);
        } else if (amount == 0) {
            expected = abi.encodeWithSelector(IGenImNFT.NoSurplus.selector);
        } else if (modelBlocklisted[to]) {
            expected = abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, to, amount);
        }
        uint256 before = usdc.balanceOf(to);
        _call("withdrawUsdcSurplus", caller, 0, abi.encodeCall(IGenImNFT.withdrawUsdcSurplus, (to)), expected);
        if (byAttacker) assertEq(usdcReceived[attacker], 0);
        if (expected.length != 0) return;
        usdcEntitled[to] += amount;
        _receivedUsdc(to, before, amount);
    }

    /// @dev USDC sent straight to the contract (not through a mint): surplus.
    function forceUsdc(uint256 amount) external {
        amount = _bound(amount, 1, 1e6);
        vm.prank(usdc.masterMinter());
        usdc.mint(address(nft), amount);
        usdcIn += amount;
        ++calls["forceUsdc"];
    }

    function _usdcError(string memory message) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("Error(string)", message);
    }

    function _nonce(UsdcCall memory c) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                block.chainid,
                address(nft),
                c.tier,
                keccak256(bytes(c.prompt)),
                c.terms,
                c.validAfter,
                c.validBefore,
                c.salt
            )
        );
    }

    function _receiveDigest(UsdcCall memory c) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                usdc.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
                c.from,
                address(nft),
                c.value,
                c.validAfter,
                c.validBefore,
                _nonce(c)
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", usdc.DOMAIN_SEPARATOR(), structHash));
    }

    function _cancelDigest(address authorizer, bytes32 nonce) internal view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(usdc.CANCEL_AUTHORIZATION_TYPEHASH(), authorizer, nonce));
        return keccak256(abi.encodePacked("\x19\x01", usdc.DOMAIN_SEPARATOR(), structHash));
    }

    /*//////////////////////////////////////////////////////////////
                               ENVIRONMENT
    //////////////////////////////////////////////////////////////*/

    /// @dev Moves time forward, sometimes to exactly a pending token's deadline or one second past it.
    function warp(uint256 secondsForward, uint256 tokenSeed) external {
        uint256 to = block.timestamp + _bound(secondsForward, 1, 2 hours);
        if (tokenSeed % 4 == 0 && modelTotalMinted != 0) {
            uint64 deadline = _tokens[_bound(tokenSeed, 1, modelTotalMinted)].deadline;
            if (deadline >= block.timestamp) to = deadline + (tokenSeed % 8 == 0 ? 1 : 0);
        }
        vm.warp(to);
        ++calls["warp"];
    }

    function forceEth(uint256 amount) external {
        amount = _bound(amount, 1, 1 ether);
        vm.deal(address(nft), address(nft).balance + amount);
        ghostIn += amount;
        ++calls["forceEth"];
    }

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @dev Checks `tokenURI` and `request` of a token, and the other views, against the model.
    function checkToken(uint256 tokenSeed) external {
        _checkViews(tokenSeed);
        uint256 tokenId = _pickToken(tokenSeed, false, address(0));
        Token storage token = _tokens[tokenId];
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(uint8(r.status), uint8(token.status));
        assertEq(r.requester, token.requester);
        assertEq(r.tier, token.tier);
        assertEq(r.paid, token.paid);
        assertEq(r.deadline, token.deadline);
        assertEq(r.metadataHash, token.status == IGenImNFT.Status.Delivered ? token.metadataHash : bytes32(0));
        assertEq(uint8(r.currency), uint8(token.currency));

        if (token.status == IGenImNFT.Status.None || token.status == IGenImNFT.Status.Refunded) {
            _call(
                "tokenURI",
                attacker,
                0,
                abi.encodeWithSignature("tokenURI(uint256)", tokenId),
                abi.encodeWithSelector(IGenImNFT.NonexistentToken.selector, tokenId)
            );
            return;
        }
        string memory uri = nft.tokenURI(tokenId);
        if (token.status == IGenImNFT.Status.Delivered) {
            if (modelIpfsBase) {
                assertTrue(uri.startsWith("ipfs://bafkrei"), uri);
                assertEq(bytes(uri).length, 66);
            } else {
                assertEq(
                    uri,
                    string.concat(
                        _HTTP_BASE, LibString.toHexStringNoPrefix(uint256(token.metadataHash), 32), ".json"
                    )
                );
            }
        } else {
            string memory prefix = "data:application/json;base64,";
            assertTrue(uri.startsWith(prefix));
            string memory json = string(Base64.decode(uri.slice(bytes(prefix).length)));
            bool expired = block.timestamp > token.deadline;
            assertTrue(json.contains(expired ? '"value":"Refundable"' : '"value":"Generating"'), json);
            assertTrue(
                json.contains(
                    string.concat('"trait_type":"Tier","value":', LibString.toString(token.tier), "}")
                ),
                json
            );
            assertTrue(
                json.contains(string.concat('"value":', LibString.toString(token.deadline), "}")), json
            );
        }
        ++calls["tokenURI.ok"];
    }

    function _checkViews(uint256 seed) internal view {
        address agent = _pickAgent(seed);
        assertEq(nft.isAgent(agent), modelFirstTokenId[agent] != 0);
        assertEq(nft.agentFirstTokenId(agent), modelFirstTokenId[agent]);
        // forge-lint: disable-next-line(unsafe-typecast) a remainder below the type's maximum.
        uint8 tier = uint8(seed % _TIERS);
        (uint256 price, uint256 usdcPrice, uint32 window) = nft.tiers(tier);
        assertEq(price, _tierModel[tier].price);
        assertEq(usdcPrice, _tierModel[tier].usdcPrice);
        assertEq(window, _tierModel[tier].window);
        assertEq(nft.terms(), modelTerms);
        assertEq(nft.usdcSurplus(), modelUsdcSurplus());
        assertEq(nft.surplus(), modelSurplus());
        assertEq(nft.paused(), modelPaused);
        assertEq(nft.metadataBaseURI(), modelIpfsBase ? string("ipfs://") : _HTTP_BASE);
        assertEq(nft.placeholderImage(), modelPlaceholderSet ? string("ipfs://placeholder") : string(""));
        assertEq(nft.contractURI(), modelContractURISet ? string("ipfs://collection") : string(""));
        assertEq(nft.name(), "GenImNFT");
        assertEq(nft.symbol(), "GENIM");
        assertTrue(nft.supportsInterface(0x49064906)); // ERC-4906
        assertTrue(nft.supportsInterface(0x80ac58cd)); // ERC-721
        assertTrue(nft.supportsInterface(0x2a55205a)); // ERC-2981
        assertFalse(nft.supportsInterface(0xffffffff));
    }

    /*//////////////////////////////////////////////////////////////
                            MODEL FOR THE TEST
    //////////////////////////////////////////////////////////////*/

    function tokenModel(uint256 tokenId) external view returns (Token memory) {
        return _tokens[tokenId];
    }

    function accounts() external view returns (address[] memory) {
        return _accounts;
    }

    function agents() external view returns (address[] memory list) {
        list = new address[](5);
        (list[0], list[1], list[2], list[3], list[4]) =
        (eoaAgent, address(contractAgent), lateAgent, owner, attacker);
    }

    /// @dev What the handler's own figures say the owner may withdraw in USDC.
    function modelUsdcSurplus() public view returns (uint256) {
        uint256 balance = usdcIn - usdcOut;
        uint256 owed = modelPendingUsdcEscrow + modelTotalUsdcCredits;
        return balance > owed ? balance - owed : 0;
    }

    /// @dev What the handler's own figures say the owner may withdraw.
    function modelSurplus() public view returns (uint256) {
        uint256 balance = ghostIn - ghostOut;
        uint256 owed = modelPendingEscrow + modelTotalCredits;
        return balance > owed ? balance - owed : 0;
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Calls the contract as `caller` and asserts the outcome the model predicts: success when
    /// `expected` is empty, else a revert with exactly `expected`. Counts `<action>.ok` and
    /// `<action>.reverted`.
    function _call(
        string memory action,
        address caller,
        uint256 value,
        bytes memory data,
        bytes memory expected
    ) internal returns (bytes memory ret) {
        bool ok;
        vm.prank(caller);
        (ok, ret) = address(nft).call{value: value}(data);
        if (ok != (expected.length == 0)) {
            // The message is built only on failure: most calls are checked without it.
            assertEq(
                ok,
                expected.length == 0,
                string.concat(
                    action,
                    ok ? " succeeded; the model expected " : " reverted with ",
                    vm.toString(ok ? expected : ret)
                )
            );
        }
        if (!ok) assertEq(ret, expected, action);
        ++calls[string.concat(action, ok ? ".ok" : ".reverted")];
    }

    /// @dev A payout of `amount` to `to` that the model expects to be pushed (`accepts`) or credited.
    function _settle(address to, uint256 amount, uint256 balanceBefore, bool accepts) internal {
        entitled[to] += amount;
        if (accepts) {
            _received(to, balanceBefore, amount);
        } else {
            assertEq(to.balance, balanceBefore);
            modelCredits[to] += amount;
            modelTotalCredits += amount;
        }
    }

    /// @dev Records what `to` received, measured as its balance change, and checks it.
    function _received(address to, uint256 balanceBefore, uint256 expected) internal {
        uint256 delta = to.balance - balanceBefore;
        assertEq(delta, expected);
        received[to] += delta;
        ghostOut += delta;
    }

    function _deliver(uint256 tokenId, bytes32 metadataHash, address agent) internal {
        Token storage token = _tokens[tokenId];
        token.status = IGenImNFT.Status.Delivered;
        token.metadataHash = metadataHash;
        token.settledTo = agent;
        ++payouts[tokenId];
        if (token.currency == IGenImNFT.Currency.USDC) modelPendingUsdcEscrow -= token.paid;
        else modelPendingEscrow -= token.paid;
    }

    /// @dev A USDC payout of `amount` to `to`: transferred, or credited when the model has `to`
    /// blocklisted (or the token in its returns-false mode, which the handler never leaves on).
    function _settleUsdc(address to, uint256 amount, uint256 balanceBefore) internal {
        usdcEntitled[to] += amount;
        if (modelBlocklisted[to]) {
            assertEq(usdc.balanceOf(to), balanceBefore);
            modelUsdcCredits[to] += amount;
            modelTotalUsdcCredits += amount;
        } else {
            _receivedUsdc(to, balanceBefore, amount);
        }
    }

    function _receivedUsdc(address to, uint256 balanceBefore, uint256 expected) internal {
        uint256 delta = usdc.balanceOf(to) - balanceBefore;
        assertEq(delta, expected);
        usdcReceived[to] += delta;
        usdcOut += delta;
    }

    /// @dev How many USDC `Transfer`s out of the contract `logs` hold.
    function _usdcTransfersFromNft(Vm.Log[] memory logs) internal view returns (uint256 count) {
        bytes32 transferTopic = keccak256("Transfer(address,address,uint256)");
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(usdc) && logs[i].topics[0] == transferTopic
                    && logs[i].topics[1] == bytes32(uint256(uint160(address(nft))))
            ) ++count;
        }
    }

    function _attackerFailed() internal view {
        assertEq(received[attacker], 0);
    }

    function _setAccepting(address account, bool accept) internal {
        if (account == address(contractAgent)) contractAgent.setAccepting(accept);
        if (account == address(contractHolder)) contractHolder.setAccepting(accept);
    }

    function _approvedOrHolder(address caller, uint256 tokenId) internal view returns (bool) {
        Token storage token = _tokens[tokenId];
        return caller == token.holder || caller == token.approved || _operatorApproved[token.holder][caller];
    }

    function _pickAgent(uint256 seed) internal view returns (address) {
        uint256 pick = seed % 16;
        if (pick < 7) return eoaAgent;
        if (pick < 12) return address(contractAgent);
        if (pick < 13) return lateAgent;
        if (pick < 15) return owner;
        return attacker;
    }

    /// @dev Mostly the holder, sometimes the approved address or the operator (approved or not), a
    /// stranger otherwise.
    function _pickRefundCaller(uint256 tokenId, uint256 seed) internal view returns (address) {
        uint256 pick = seed % 8;
        if (pick < 5) return _tokens[tokenId].holder;
        if (pick == 5 && _tokens[tokenId].approved != address(0)) return _tokens[tokenId].approved;
        if (pick == 6) return operator;
        return attacker;
    }

    /// @dev A token id: usually one that can be settled now (refunded, if `refundable`, else delivered
    /// by `agent`), else any minted one, and now and then one that was never minted.
    function _pickToken(uint256 seed, bool refundable, address agent) internal view returns (uint256) {
        uint256 n = modelTotalMinted;
        if (n == 0 || seed % 16 == 0) return seed % 32 == 0 ? 0 : n + 1;
        uint256 start = _bound(seed, 1, n);
        if (seed % 4 != 0) {
            uint256 first = agent == address(0) ? 1 : modelFirstTokenId[agent];
            for (uint256 i; i < n && i < 32; ++i) {
                uint256 id = (start - 1 + i) % n + 1;
                Token storage t = _tokens[id];
                if (t.status != IGenImNFT.Status.Pending) continue;
                bool expired = block.timestamp > t.deadline;
                if (refundable ? expired : (!expired && id >= first)) return id;
            }
        }
        return start;
    }

    /// @dev A token that exists (pending or delivered), or 0 if none does.
    function _pickExisting(uint256 seed) internal view returns (uint256) {
        uint256 n = modelTotalMinted;
        for (uint256 i; i < n && i < 32; ++i) {
            uint256 id = (seed % n + i) % n + 1;
            IGenImNFT.Status s = _tokens[id].status;
            if (s == IGenImNFT.Status.Pending || s == IGenImNFT.Status.Delivered) return id;
        }
        return 0;
    }

    /// @dev A digest-like hash; with `seed` zero (one call in 64 otherwise), one whose upper 128 bits are
    /// zero, which the contract must refuse.
    function _metadataHash(uint256 tokenId, uint256 seed) internal pure returns (bytes32) {
        bytes32 h = keccak256(abi.encode("metadata", tokenId, seed));
        if (seed % 64 == 0) return h >> 128;
        return h >> 128 == 0 ? ~h : h;
    }

    function _prompt(uint256 length) internal pure returns (string memory) {
        bytes memory b = new bytes(length);
        for (uint256 i; i < length; ++i) {
            b[i] = bytes1(uint8(97 + (i % 26)));
        }
        return string(b);
    }
}
