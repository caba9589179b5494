// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {UsdcCalls, VrsArgs} from "../utils/UsdcCalls.sol";

/// @dev An agent contract whose payouts cannot be pushed: they are credited.
contract RejectingAgent {
    receive() external payable {
        revert();
    }
}

/// @dev The proofs' USDC: USDC's balance semantics (transfers revert on a blocklisted party or a short
/// balance; `receiveWithAuthorization` moves `value` from `from` to its caller, who must be the payee)
/// without the signature check, and it records what it was asked to move. The signature is the
/// token's business: ECDSA cannot be forged, so the token accepts exactly the tuple the buyer signed
/// (TestUSDC and its tests check that against real signatures). What the proofs establish is the
/// contract's side: which tuple it asks the token to accept for a request, and its accounting.
contract ProofUSDC {
    mapping(address account => uint256 amount) public balanceOf;
    mapping(address account => bool) public blocked;

    // The last authorization the contract submitted.
    address public lastFrom;
    uint256 public lastValue;
    uint256 public lastValidAfter;
    uint256 public lastValidBefore;
    bytes32 public lastNonce;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function setBlocked(address account, bool value) external {
        blocked[account] = value;
    }

    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8,
        bytes32,
        bytes32
    ) external {
        require(to == msg.sender);
        (lastFrom, lastValue, lastValidAfter, lastValidBefore, lastNonce) =
        (from, value, validAfter, validBefore, nonce);
        _move(from, to, value);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) internal {
        require(!blocked[from] && !blocked[to]);
        balanceOf[from] -= value;
        balanceOf[to] += value;
    }
}

/// @title Symbolic proofs (halmos)
/// @notice `check_` functions run by `tools/halmos` (forge ignores them): every input is symbolic, so
/// each property is proved for all prices, windows, times, hashes and token ids in the stated bounds,
/// not sampled.
contract GenImNFTSymbolicTest is Test {
    GenImNFT internal nft;
    address internal constant OWNER = address(0x10000);
    address internal constant AGENT = address(0x20000);
    address internal constant MINTER = address(0x30000);
    address internal constant MINTER_2 = address(0x40000);
    address internal constant NEW_AGENT = address(0x50000);
    uint256 internal constant T0 = 1_750_000_000;
    ProofUSDC internal usdc;

    function setUp() public {
        vm.warp(T0);
        usdc = new ProofUSDC();
        nft = new GenImNFT(OWNER, address(usdc));
        vm.prank(OWNER);
        nft.setAgent(AGENT, true);
    }

    /// @dev `_tiers` is the fourth storage slot of GenImNFT (`forge inspect GenImNFT storageLayout`);
    /// `test_RawTierEqualsSetTier` pins that down.
    uint256 internal constant TIERS_SLOT = 3;

    /// @dev Sets a tier as `setTier` would, by writing its packed record (price in gwei, window
    /// above bit 40). `setTier` itself takes wei and divides by 1 gwei, which a solver cannot undo
    /// for a symbolic price within the time budget; its own checks are unit- and fuzz-tested.
    function _setTier(uint8 tier, uint40 priceGwei, uint32 window) internal {
        bytes32 slot = keccak256(abi.encode(uint256(tier), TIERS_SLOT));
        vm.store(address(nft), slot, bytes32((uint256(window) << 40) | priceGwei));
    }

    /// @dev Mints a token at tier `tier` priced `priceGwei` gwei with window `window`, both any
    /// value `setTier` accepts.
    function _mint(address minter, uint8 tier, uint40 priceGwei, uint32 window)
        internal
        returns (uint256 tokenId)
    {
        vm.assume(priceGwei != 0);
        vm.assume(window != 0 && window <= 30 days);
        _setTier(tier, priceGwei, window);
        uint256 price = _wei(priceGwei);
        vm.deal(minter, price);
        uint32 terms = nft.terms();
        vm.prank(minter);
        tokenId = nft.mint{value: price}("p", tier, terms);
    }

    /// @dev Sets a tier's USDC price (any 40-bit amount, as `setTier` accepts) and window, ETH price 0.
    function _setUsdcTier(uint8 tier, uint40 usdcPrice, uint32 window) internal {
        bytes32 slot = keccak256(abi.encode(uint256(tier), TIERS_SLOT));
        vm.store(address(nft), slot, bytes32((uint256(usdcPrice) << 72) | (uint256(window) << 40)));
    }

    /// @dev A USDC mint at `tier` priced `usdcPrice` by `buyer`, relayed by a stranger.
    function _mintUsdc(address buyer, uint8 tier, uint40 usdcPrice, uint32 window)
        internal
        returns (uint256 tokenId)
    {
        vm.assume(usdcPrice != 0);
        vm.assume(window != 0 && window <= 30 days);
        _setUsdcTier(tier, usdcPrice, window);
        usdc.mint(buyer, usdcPrice);
        uint32 terms = nft.terms();
        vm.prank(address(0xbeef));
        tokenId = nft.mintWithAuthorization("p", tier, terms, buyer, usdcPrice, 0, T0 + 1, 0, 27, 0, 0);
    }

    /// Concrete (run by forge): the raw tier record is exactly what `setTier` stores.
    function test_RawTierEqualsSetTier() public {
        vm.prank(OWNER);
        nft.setTier(7, 123_456 gwei, 0, 3 days);
        bytes32 slot = keccak256(abi.encode(uint256(7), TIERS_SLOT));
        bytes32 bySetTier = vm.load(address(nft), slot);
        _setTier(7, 0, 0);
        _setTier(7, 123_456, 3 days);
        assertEq(vm.load(address(nft), slot), bySetTier);
        (uint256 price,, uint32 window) = nft.tiers(7);
        assertEq(price, 123_456 gwei);
        assertEq(window, 3 days);

        vm.prank(OWNER);
        nft.setTier(8, 0, 2_500_000, 2 days);
        bySetTier = vm.load(address(nft), keccak256(abi.encode(uint256(8), TIERS_SLOT)));
        _setUsdcTier(8, 0, 0);
        _setUsdcTier(8, 2_500_000, 2 days);
        assertEq(vm.load(address(nft), keccak256(abi.encode(uint256(8), TIERS_SLOT))), bySetTier);
    }

    /// A relayer can change nothing the buyer signed: the tuple the contract submits to the token
    /// (payer, value, window, nonce), which is all the buyer's signature covers, differs for any two
    /// requests that differ in prompt, tier, terms, payer, value, window or salt. So a signature for
    /// one request is never a signature for another.
    function check_RelayerCannotAlterTheSignedRequest(
        bytes32 promptA,
        bytes32 promptB,
        bool tierB,
        bool otherPayer,
        uint32 validAfterB,
        uint32 validBeforeB,
        bytes32 saltA,
        bytes32 saltB
    ) public {
        // Two tiers at the same price, so that a changed tier is not simply refused on price.
        _setUsdcTier(1, 100_000, 1 hours);
        _setUsdcTier(2, 100_000, 2 hours);
        // Another payer than the signer (concrete: solady's ownership slots cannot take a symbolic
        // address as a storage key in halmos).
        address fromB = otherPayer ? MINTER_2 : MINTER;
        usdc.mint(MINTER, 100_000);
        usdc.mint(fromB, 100_000);
        vm.warp(T0 + 100);

        VrsArgs memory a;
        (a.prompt, a.tier, a.terms, a.from, a.value) =
        (string(abi.encodePacked(promptA)), 1, nft.terms(), MINTER, 100_000);
        (a.validBefore, a.salt) = (T0 + 200, saltA);
        _relayOk(a);
        bytes32 signedA = keccak256(
            abi.encode(
                usdc.lastFrom(),
                usdc.lastValue(),
                usdc.lastValidAfter(),
                usdc.lastValidBefore(),
                usdc.lastNonce()
            )
        );

        VrsArgs memory b;
        (b.prompt, b.tier, b.terms, b.from, b.value) =
        (string(abi.encodePacked(promptB)), tierB ? 2 : 1, a.terms, fromB, 100_000);
        (b.validAfter, b.validBefore, b.salt) = (validAfterB, validBeforeB, saltB);
        _relayOk(b);
        bytes32 signedB = keccak256(
            abi.encode(
                usdc.lastFrom(),
                usdc.lastValue(),
                usdc.lastValidAfter(),
                usdc.lastValidBefore(),
                usdc.lastNonce()
            )
        );

        if (signedB == signedA) {
            assertEq(promptB, promptA);
            assertEq(b.tier, 1);
            assertEq(fromB, MINTER);
            assertEq(saltB, saltA);
            assertEq(uint256(validAfterB), 0);
            assertEq(uint256(validBeforeB), T0 + 200);
        }
    }

    /// @dev Relays `a` (any relayer) and requires it to succeed.
    function _relayOk(VrsArgs memory a) internal {
        vm.prank(address(0xbeef));
        (bool ok,) = address(nft).call(UsdcCalls.vrs(a));
        assertTrue(ok);
    }

    /// The terms are in the nonce too: a request signed under other terms, or an altered value, is
    /// refused by the contract before the token is asked anything.
    function check_UsdcMintRefusesOtherTermsOrPrice(uint40 usdcPrice, uint256 value, uint32 terms) public {
        vm.assume(usdcPrice != 0);
        _setUsdcTier(1, usdcPrice, 1 hours);
        usdc.mint(MINTER, type(uint128).max);
        uint32 current = nft.terms();
        (bool ok,) = address(nft)
            .call(
                abi.encodeCall(
                    IGenImNFT.mintWithAuthorization, ("p", 1, terms, MINTER, value, 0, T0 + 1, 0, 0, 0, 0)
                )
            );
        assertEq(ok, terms == current && value == usdcPrice);
        assertEq(usdc.balanceOf(address(nft)), ok ? uint256(usdcPrice) : 0);
        assertEq(nft.pendingUsdcEscrow(), ok ? uint256(usdcPrice) : 0);
    }

    /// A USDC delivery pays the agent exactly that token's USDC escrow, whatever today's price, and
    /// touches neither the other USDC token's escrow nor any ETH.
    function check_UsdcFulfilPaysExactlyTheTokensEscrow(
        uint40 usdcA,
        uint40 usdcB,
        uint40 priceEth,
        uint40 newUsdc,
        uint32 window,
        bytes32 metadataHash
    ) public {
        uint256 a = _mintUsdc(MINTER, 1, usdcA, window);
        uint256 b = _mintUsdc(MINTER_2, 2, usdcB, window);
        uint256 e = _mint(MINTER, 0, priceEth, window);
        _setUsdcTier(1, newUsdc, window);
        _assumeDigest(metadataHash);
        uint256 ethBefore = AGENT.balance;

        vm.prank(AGENT);
        nft.fulfil(a, metadataHash);

        assertEq(usdc.balanceOf(AGENT), usdcA);
        assertEq(usdc.balanceOf(address(nft)), usdcB);
        assertEq(nft.pendingUsdcEscrow(), usdcB);
        assertEq(nft.pendingEscrow(), _wei(priceEth));
        assertEq(AGENT.balance, ethBefore);
        assertEq(uint8(nft.request(b).status), uint8(IGenImNFT.Status.Pending));
        assertEq(uint8(nft.request(e).status), uint8(IGenImNFT.Status.Pending));
    }

    /// A batch mixing currencies (possibly with a token twice) pays each distinct token once, in its
    /// currency: the ETH sum in ETH and the USDC sum in USDC.
    function check_FulfilBatchPaysEachCurrencyOnce(
        uint40 usdcA,
        uint40 priceB,
        uint32 window,
        bool sameTwice,
        bytes32 hashA,
        bytes32 hashB
    ) public {
        uint256 a = _mintUsdc(MINTER, 1, usdcA, window);
        uint256 b = _mint(MINTER_2, 0, priceB, window);
        _assumeDigest(hashA);
        _assumeDigest(hashB);
        uint256[] memory ids = new uint256[](3);
        (ids[0], ids[1], ids[2]) = (a, b, sameTwice ? a : b);
        bytes32[] memory hashes = new bytes32[](3);
        (hashes[0], hashes[1], hashes[2]) = (hashA, hashB, hashB);
        uint256 ethBefore = AGENT.balance;

        vm.prank(AGENT);
        uint256 delivered = nft.fulfilBatch(ids, hashes);

        assertEq(delivered, 2);
        assertEq(usdc.balanceOf(AGENT), usdcA);
        assertEq(AGENT.balance - ethBefore, _wei(priceB));
        assertEq(usdc.balanceOf(address(nft)), 0);
        assertEq(address(nft).balance, 0);
        assertEq(nft.pendingUsdcEscrow() + nft.pendingEscrow(), 0);
    }

    /// For a USDC token too: in either order and at any two times, at most one of delivery and refund
    /// (sent by a stranger) succeeds, the USDC leaves once, and a refund pays the holder.
    function check_UsdcNeverBothDeliveredAndRefunded(
        uint40 usdcPrice,
        uint32 window,
        uint32 firstAt,
        uint32 secondAfter,
        bool refundFirst,
        bytes32 metadataHash
    ) public {
        uint256 tokenId = _mintUsdc(MINTER, 1, usdcPrice, window);
        _assumeDigest(metadataHash);

        vm.warp(T0 + firstAt);
        bool first = _deliverOrRefundBy(refundFirst, tokenId, metadataHash, address(0xbad));
        vm.warp(T0 + uint256(firstAt) + secondAfter);
        bool second = _deliverOrRefundBy(!refundFirst, tokenId, metadataHash, address(0xbad));

        assertFalse(first && second);
        uint256 paidOut = usdc.balanceOf(AGENT) + usdc.balanceOf(MINTER);
        assertEq(paidOut, first || second ? uint256(usdcPrice) : 0);
        assertEq(usdc.balanceOf(address(0xbad)), 0);
        assertEq(usdc.balanceOf(address(nft)), uint256(usdcPrice) - paidOut);
        assertEq(nft.pendingUsdcEscrow(), usdc.balanceOf(address(nft)));
    }

    function _deliverOrRefundBy(bool refund, uint256 tokenId, bytes32 metadataHash, address stranger)
        internal
        returns (bool ok)
    {
        vm.prank(refund ? stranger : AGENT);
        (ok,) = address(nft)
            .call(
                refund
                    ? abi.encodeCall(IGenImNFT.refund, (tokenId))
                    : abi.encodeCall(IGenImNFT.fulfil, (tokenId, metadataHash))
            );
    }

    /// `withdrawUsdcSurplus` never takes USDC escrow or credits (a blocklisted agent's payout), and
    /// leaves the ETH side as it was: afterwards the USDC balance covers pending USDC escrow plus USDC
    /// credits, the ETH balance covers ETH escrow plus ETH credits, and the owner got exactly the USDC
    /// sent in outside a mint.
    function check_WithdrawUsdcSurplusKeepsWhatIsOwed(
        uint40 usdcA,
        uint40 usdcB,
        uint40 priceEth,
        uint32 window,
        uint64 forced,
        bool creditFirst,
        bool deliverSecond
    ) public {
        uint256 a = _mintUsdc(MINTER, 1, usdcA, window);
        uint256 b = _mintUsdc(MINTER_2, 2, usdcB, window);
        _mint(MINTER, 0, priceEth, window);
        if (creditFirst) {
            usdc.setBlocked(AGENT, true);
            vm.prank(AGENT);
            nft.fulfil(a, bytes32(type(uint256).max));
            usdc.setBlocked(AGENT, false);
        }
        if (deliverSecond) {
            vm.prank(AGENT);
            nft.fulfil(b, bytes32(type(uint256).max));
        }
        usdc.mint(address(nft), forced);
        uint256 ethBefore = address(nft).balance;

        vm.prank(OWNER);
        (bool ok,) = address(nft).call(abi.encodeCall(IGenImNFT.withdrawUsdcSurplus, (OWNER)));

        assertGe(usdc.balanceOf(address(nft)), nft.pendingUsdcEscrow() + nft.totalUsdcCredits());
        assertEq(usdc.balanceOf(OWNER), ok ? uint256(forced) : 0);
        assertEq(ok, forced != 0);
        assertEq(address(nft).balance, ethBefore);
        assertGe(address(nft).balance, nft.pendingEscrow() + nft.totalCredits());
    }

    /// @dev Unchecked, as in the contract: a 40-bit amount of gwei cannot overflow.
    function _wei(uint40 priceGwei) internal pure returns (uint256 amount) {
        unchecked {
            amount = uint256(priceGwei) * 1 gwei;
        }
    }

    function _assumeDigest(bytes32 metadataHash) internal pure {
        vm.assume(uint256(metadataHash) >> 128 != 0);
    }

    /// A delivery pays the caller exactly what that token's minter paid, whatever the tier's price is
    /// now, and nothing of the other token's escrow.
    function check_FulfilPaysExactlyTheTokensEscrow(
        uint40 priceA,
        uint40 priceB,
        uint40 newPrice,
        uint32 window,
        uint32 elapsed,
        bytes32 metadataHash
    ) public {
        uint256 a = _mint(MINTER, 0, priceA, window);
        uint256 b = _mint(MINTER_2, 1, priceB, window);
        vm.assume(newPrice != 0);
        _setTier(0, newPrice, window); // today's price differs: the escrow must not
        vm.assume(elapsed <= window);
        vm.warp(T0 + elapsed);
        _assumeDigest(metadataHash);
        uint256 agentBefore = AGENT.balance;
        uint256 nftBefore = address(nft).balance;

        vm.prank(AGENT);
        nft.fulfil(a, metadataHash);

        assertEq(AGENT.balance - agentBefore, _wei(priceA));
        assertEq(nftBefore - address(nft).balance, _wei(priceA));
        assertEq(nft.pendingEscrow(), _wei(priceB));
        assertEq(uint8(nft.request(b).status), uint8(IGenImNFT.Status.Pending));
    }

    /// A batch (possibly with the same token twice) pays exactly the recorded escrow of each distinct
    /// token once.
    function check_FulfilBatchPaysEachTokensEscrowOnce(
        uint40 priceA,
        uint40 priceB,
        uint32 window,
        bool sameTwice,
        bytes32 hashA,
        bytes32 hashB
    ) public {
        uint256 a = _mint(MINTER, 0, priceA, window);
        uint256 b = _mint(MINTER_2, 1, priceB, window);
        _assumeDigest(hashA);
        _assumeDigest(hashB);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (a, sameTwice ? a : b);
        bytes32[] memory hashes = new bytes32[](2);
        (hashes[0], hashes[1]) = (hashA, hashB);
        uint256 agentBefore = AGENT.balance;

        vm.prank(AGENT);
        uint256 delivered = nft.fulfilBatch(ids, hashes);

        uint256 expected = _wei(priceA) + (sameTwice ? 0 : _wei(priceB));
        assertEq(delivered, sameTwice ? 1 : 2);
        assertEq(AGENT.balance - agentBefore, expected);
        assertEq(nft.request(a).metadataHash, hashA);
    }

    /// Whatever the order and the times, a token is never both delivered and refunded, and its escrow
    /// leaves the contract at most once.
    function check_NeverBothDeliveredAndRefunded(
        uint40 price,
        uint32 window,
        uint32 firstAt,
        uint32 secondAfter,
        bool refundFirst,
        bytes32 metadataHash
    ) public {
        uint256 tokenId = _mint(MINTER, 0, price, window);
        _assumeDigest(metadataHash);
        uint256 escrow = address(nft).balance;
        uint256 before = AGENT.balance + MINTER.balance;

        vm.warp(T0 + firstAt);
        bool first = _deliverOrRefund(refundFirst, tokenId, metadataHash);
        vm.warp(T0 + uint256(firstAt) + secondAfter);
        bool second = _deliverOrRefund(!refundFirst, tokenId, metadataHash);

        assertFalse(first && second);
        uint256 paidOut = AGENT.balance + MINTER.balance - before;
        assertEq(escrow, _wei(price));
        assertEq(paidOut, first || second ? escrow : 0);
        assertEq(address(nft).balance, escrow - paidOut);
    }

    /// @dev The holder's refund or the agent's delivery; whether it succeeded.
    function _deliverOrRefund(bool refund, uint256 tokenId, bytes32 metadataHash) internal returns (bool ok) {
        vm.prank(refund ? MINTER : AGENT);
        (ok,) = address(nft)
            .call(
                refund
                    ? abi.encodeCall(IGenImNFT.refund, (tokenId))
                    : abi.encodeCall(IGenImNFT.fulfil, (tokenId, metadataHash))
            );
    }

    /// `withdrawSurplus` never takes escrow or credits: afterwards the balance still covers pending
    /// escrow plus credits, and the owner got exactly the ETH that was forced in.
    function check_WithdrawSurplusKeepsWhatIsOwed(
        uint40 priceA,
        uint40 priceB,
        uint32 window,
        uint96 forced,
        bool creditFirst,
        bool deliverSecond
    ) public {
        RejectingAgent rejecting = new RejectingAgent();
        vm.prank(OWNER);
        nft.setAgent(address(rejecting), true);
        uint256 a = _mint(MINTER, 0, priceA, window);
        uint256 b = _mint(MINTER_2, 1, priceB, window);
        if (creditFirst) {
            vm.prank(address(rejecting));
            nft.fulfil(a, bytes32(type(uint256).max));
        }
        if (deliverSecond) {
            vm.prank(AGENT);
            nft.fulfil(b, bytes32(type(uint256).max));
        }
        vm.deal(address(nft), address(nft).balance + forced);
        uint256 ownerBefore = OWNER.balance;

        vm.prank(OWNER);
        (bool ok,) = address(nft).call(abi.encodeCall(IGenImNFT.withdrawSurplus, (OWNER)));

        assertGe(address(nft).balance, nft.pendingEscrow() + nft.totalCredits());
        assertEq(OWNER.balance - ownerBefore, ok ? uint256(forced) : 0);
        assertEq(ok, forced != 0);
    }

    /// An agent authorized after tokens were minted can deliver none of them: `fulfil` reverts and
    /// `fulfilBatch` skips each, whether the agent is new or re-authorized after a revocation, for
    /// any price, window and hash. A token minted after the authorization is its to deliver.
    function check_NewAgentCannotDeliverOlderTokens(
        uint40 price,
        uint32 window,
        bool reauthorize,
        bytes32 metadataHash
    ) public {
        address agent = reauthorize ? AGENT : NEW_AGENT;
        _mint(MINTER, 0, price, window);
        _mint(MINTER_2, 0, price, window);
        vm.startPrank(OWNER);
        if (reauthorize) nft.setAgent(AGENT, false);
        nft.setAgent(agent, true);
        vm.stopPrank();
        _assumeDigest(metadataHash);
        uint256 escrow = nft.pendingEscrow();
        uint256 before = agent.balance;

        // Every id below the agent's mark (0, never minted, and both tokens), one by one: token
        // ids index storage, so they are enumerated rather than symbolic.
        uint256 first = nft.agentFirstTokenId(agent);
        assertEq(first, 3);
        for (uint256 tokenId = 0; tokenId < first; ++tokenId) {
            vm.prank(agent);
            (bool ok,) = address(nft).call(abi.encodeCall(IGenImNFT.fulfil, (tokenId, metadataHash)));
            assertFalse(ok);
            uint256[] memory ids = new uint256[](1);
            ids[0] = tokenId;
            bytes32[] memory hashes = new bytes32[](1);
            hashes[0] = metadataHash;
            vm.prank(agent);
            assertEq(nft.fulfilBatch(ids, hashes), 0);
        }
        assertEq(agent.balance, before);
        assertEq(nft.pendingEscrow(), escrow);

        uint256 later = _mint(MINTER, 0, price, window);
        vm.prank(agent);
        nft.fulfil(later, metadataHash);
        assertEq(agent.balance - before, _wei(price));
    }
}
