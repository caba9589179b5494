// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";

/// @dev An agent contract whose payouts cannot be pushed: they are credited.
contract RejectingAgent {
    receive() external payable {
        revert();
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

    function setUp() public {
        vm.warp(T0);
        nft = new GenImNFT(OWNER, address(0));
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
