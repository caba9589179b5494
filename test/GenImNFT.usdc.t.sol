// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Vm} from "forge-std/Vm.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {IGenImNFT} from "../contracts/interfaces/IGenImNFT.sol";
import {GenImNFTTestBase} from "./utils/GenImNFTTestBase.sol";

/// @dev An ERC-1271 smart-contract wallet that accepts what its owner key signed, and nothing while
/// `locked`.
contract SmartWallet is IERC1271 {
    address public immutable signer;
    bool public locked;

    constructor(address signer_) {
        signer = signer_;
    }

    function lock() external {
        locked = true;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (!locked && ECDSA.recover(hash, signature) == signer) return IERC1271.isValidSignature.selector;
        return 0xffffffff;
    }
}

contract UsdcMintTest is GenImNFTTestBase {
    function test_MintWithAuthorization_EscrowsAndMintsToTheSigner() public {
        UsdcMint memory m = _usdcRequest(buyer, 1);
        uint256 buyerBefore = usdc.balanceOf(buyer);

        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageRequested(
            1,
            buyer,
            1,
            IGenImNFT.Currency.USDC,
            PREMIUM_USDC_PRICE,
            uint64(block.timestamp + PREMIUM_WINDOW),
            PROMPT
        );
        uint256 tokenId = _relay(m, buyerKey);

        assertEq(tokenId, 1);
        assertEq(nft.ownerOf(tokenId), buyer);
        assertEq(buyerBefore - usdc.balanceOf(buyer), PREMIUM_USDC_PRICE);
        assertEq(usdc.balanceOf(address(nft)), PREMIUM_USDC_PRICE);
        assertEq(usdc.balanceOf(relayer), 0);
        assertEq(nft.pendingUsdcEscrow(), PREMIUM_USDC_PRICE);
        assertEq(nft.pendingEscrow(), 0);
        assertTrue(usdc.authorizationState(buyer, _nonce(m)));
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(r.requester, buyer);
        assertEq(r.tier, 1);
        assertEq(r.paid, PREMIUM_USDC_PRICE);
        assertEq(r.deadline, block.timestamp + PREMIUM_WINDOW);
        assertEq(uint8(r.status), uint8(IGenImNFT.Status.Pending));
        assertEq(uint8(r.currency), uint8(IGenImNFT.Currency.USDC));
    }

    function test_MintWithAuthorizationSig_AcceptsAnEoaSignatureAsBytes() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(_relaySigCall(m, abi.encodePacked(r, s, v)));
        assertTrue(ok);
        assertEq(abi.decode(ret, (uint256)), 1);
        assertEq(nft.ownerOf(1), buyer);
        assertEq(nft.pendingUsdcEscrow(), USDC_PRICE);
    }

    /// A smart-contract wallet (ERC-1271) buys: the bytes form carries its signature.
    function test_MintWithAuthorizationSig_AcceptsAnErc1271Wallet() public {
        SmartWallet wallet = new SmartWallet(buyer2);
        usdc.mint(address(wallet), 1e6);
        UsdcMint memory m = _usdcRequest(address(wallet), 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyer2Key, m);
        vm.prank(relayer);
        (bool ok,) = address(nft).call(_relaySigCall(m, abi.encodePacked(r, s, v)));
        assertTrue(ok);
        assertEq(nft.ownerOf(1), address(wallet));
        assertEq(usdc.balanceOf(address(wallet)), 1e6 - USDC_PRICE);
    }

    function test_RevertWhen_Erc1271WalletRejects() public {
        SmartWallet wallet = new SmartWallet(buyer2);
        usdc.mint(address(wallet), 1e6);
        UsdcMint memory m = _usdcRequest(address(wallet), 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyer2Key, m);
        wallet.lock();
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(_relaySigCall(m, abi.encodePacked(r, s, v)));
        assertFalse(ok);
        assertEq(ret, _usdcError("FiatTokenV2: invalid signature"));
        assertEq(nft.totalMinted(), 0);
    }

    function test_RevertWhen_MintWithAuthorizationTierNotOfferedInUsdc() public {
        vm.prank(owner);
        nft.setTier(2, PRICE, 0, WINDOW); // ETH only
        UsdcMint memory m = _usdcRequest(buyer, 2);
        m.value = USDC_PRICE;
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotOfferedInUsdc.selector, uint8(2)));
        _relaySigned(m, v, r, s);
    }

    function test_RevertWhen_MintWithAuthorizationPausedOrPromptInvalid() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        m.prompt = "";
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.expectRevert(IGenImNFT.EmptyPrompt.selector);
        _relaySigned(m, v, r, s);

        m = _usdcRequest(buyer, 0);
        (v, r, s) = _sign(buyerKey, m);
        vm.prank(owner);
        nft.pause();
        vm.expectRevert(IGenImNFT.MintingPaused.selector);
        _relaySigned(m, v, r, s);
        assertEq(usdc.balanceOf(address(nft)), 0);
    }

    /// A deployment without USDC: no tier can get a USDC price, and no USDC mint goes through.
    function test_RevertWhen_UsdcOnEthOnlyDeployment() public {
        GenImNFT ethOnly = new GenImNFT(owner, address(0));
        assertEq(ethOnly.usdc(), address(0));
        vm.startPrank(owner);
        vm.expectRevert(IGenImNFT.UsdcNotConfigured.selector);
        ethOnly.setTier(0, PRICE, 1, WINDOW);
        ethOnly.setTier(0, PRICE, 0, WINDOW);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotOfferedInUsdc.selector, uint8(0)));
        ethOnly.mintWithAuthorization(PROMPT, 0, 1, buyer, 0, 0, 1, 0, 27, 0, 0);
        assertEq(ethOnly.usdcSurplus(), 0);
        vm.expectRevert(IGenImNFT.NoSurplus.selector);
        vm.prank(owner);
        ethOnly.withdrawUsdcSurplus(owner);
    }

    function testFuzz_MintWithAuthorization_RecordsExactPaymentAndDeadline(uint256 usdcPrice, uint32 window)
        public
    {
        usdcPrice = bound(usdcPrice, 1, 50e6);
        window = uint32(bound(window, 1, nft.MAX_WINDOW()));
        vm.prank(owner);
        nft.setTier(4, 0, usdcPrice, window);
        uint256 tokenId = _relay(_usdcRequest(buyer, 4), buyerKey);
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(r.paid, usdcPrice);
        assertEq(r.deadline, block.timestamp + window);
        assertEq(uint8(r.currency), uint8(IGenImNFT.Currency.USDC));
        assertEq(nft.pendingUsdcEscrow(), usdcPrice);
        assertEq(usdc.balanceOf(address(nft)), usdcPrice);
    }

    function _usdcError(string memory message) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("Error(string)", message);
    }
}

contract UsdcSettlementTest is GenImNFTTestBase {
    function test_Fulfil_PaysUsdcEscrowToAgent() public {
        uint256 tokenId = _mintUsdc(1);
        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageDelivered(tokenId, agent, _hash(tokenId), PREMIUM_USDC_PRICE);
        _fulfil(tokenId);
        assertEq(usdc.balanceOf(agent), PREMIUM_USDC_PRICE);
        assertEq(usdc.balanceOf(address(nft)), 0);
        assertEq(nft.pendingUsdcEscrow(), 0);
        assertEq(agent.balance, 0);
    }

    function test_Fulfil_PaysUsdcEscrowNotTheCurrentPrice() public {
        uint256 tokenId = _mintUsdc(0);
        vm.prank(owner);
        nft.setTier(0, PRICE, USDC_PRICE * 7, WINDOW);
        _fulfil(tokenId);
        assertEq(usdc.balanceOf(agent), USDC_PRICE);
    }

    /// A batch of ETH and USDC tokens pays each currency's sum in one transfer each.
    function test_FulfilBatch_PaysOneTransferPerCurrency() public {
        uint256[] memory ids = new uint256[](5);
        ids[0] = _mintUsdc(0);
        ids[1] = _mint(alice);
        ids[2] = _relay(_usdcRequest(buyer2, 1), buyer2Key);
        ids[3] = _mint(bob, 1);
        ids[4] = ids[0]; // a duplicate: skipped
        bytes32[] memory hashes = new bytes32[](5);
        for (uint256 i; i < 5; ++i) {
            hashes[i] = _hash(ids[i]);
        }
        vm.recordLogs();
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, hashes), 4);

        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 transfers;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(usdc)) ++transfers;
        }
        assertEq(transfers, 1);
        assertEq(usdc.balanceOf(agent), USDC_PRICE + PREMIUM_USDC_PRICE);
        assertEq(agent.balance, PRICE + PREMIUM_PRICE);
        assertEq(nft.pendingUsdcEscrow(), 0);
        assertEq(nft.pendingEscrow(), 0);
    }

    function test_FulfilBatch_OnlyUsdcSendsNoEther() public {
        uint256[] memory ids = new uint256[](2);
        ids[0] = _mintUsdc(0);
        ids[1] = _mintUsdc(1);
        bytes32[] memory hashes = new bytes32[](2);
        (hashes[0], hashes[1]) = (_hash(1), _hash(2));
        uint256 ethBefore = agent.balance;
        vm.prank(agent);
        nft.fulfilBatch(ids, hashes);
        assertEq(agent.balance, ethBefore);
        assertEq(usdc.balanceOf(agent), USDC_PRICE + PREMIUM_USDC_PRICE);
    }

    /// Anyone may refund an expired USDC token; the holder (here after a transfer) gets the USDC.
    function test_Refund_UsdcByStrangerPaysTheHolder() public {
        uint256 tokenId = _mintUsdc(0);
        vm.prank(buyer);
        nft.transferFrom(buyer, bob, tokenId);
        _expire(tokenId);
        uint256 buyerBefore = usdc.balanceOf(buyer);
        vm.expectEmit(address(nft));
        emit IGenImNFT.Refunded(tokenId, bob, USDC_PRICE);
        vm.prank(relayer);
        nft.refund(tokenId);
        assertEq(usdc.balanceOf(bob), USDC_PRICE);
        assertEq(usdc.balanceOf(buyer), buyerBefore);
        assertEq(usdc.balanceOf(relayer), 0);
        assertEq(nft.pendingUsdcEscrow(), 0);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Refunded));
        assertEq(uint8(nft.request(tokenId).currency), uint8(IGenImNFT.Currency.USDC));
    }

    /// A blocklisted agent's payout cannot be transferred: the delivery still lands and the USDC is
    /// credited; the agent claims it once cleared, and not before.
    function test_Fulfil_BlocklistedAgentIsCreditedAndClaimsLater() public {
        uint256 tokenId = _mintUsdc(0);
        usdc.blacklist(agent);
        vm.expectEmit(address(nft));
        emit IGenImNFT.PaymentCredited(agent, IGenImNFT.Currency.USDC, USDC_PRICE);
        _fulfil(tokenId);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Delivered));
        assertEq(nft.usdcCredits(agent), USDC_PRICE);
        assertEq(nft.totalUsdcCredits(), USDC_PRICE);
        assertEq(nft.credits(agent), 0);

        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, agent, USDC_PRICE));
        vm.prank(agent);
        nft.claimUsdc();

        usdc.unBlacklist(agent);
        vm.expectEmit(address(nft));
        emit IGenImNFT.Claimed(agent, IGenImNFT.Currency.USDC, USDC_PRICE);
        vm.prank(agent);
        nft.claimUsdc();
        assertEq(usdc.balanceOf(agent), USDC_PRICE);
        assertEq(nft.usdcCredits(agent), 0);
        assertEq(nft.totalUsdcCredits(), 0);
        assertEq(usdc.balanceOf(address(nft)), 0);
    }

    /// Two payouts that cannot be transferred add up in the agent's credit (not the last one only),
    /// and one claim pays their sum.
    function test_ClaimUsdc_PaysCreditsAddedUp() public {
        uint256 first = _mintUsdc(0);
        uint256 second = _mintUsdc(1);
        usdc.blacklist(agent);
        _fulfil(first);
        _fulfil(second);
        assertEq(nft.usdcCredits(agent), USDC_PRICE + PREMIUM_USDC_PRICE);
        assertEq(nft.totalUsdcCredits(), USDC_PRICE + PREMIUM_USDC_PRICE);

        usdc.unBlacklist(agent);
        vm.prank(agent);
        nft.claimUsdc();
        assertEq(usdc.balanceOf(agent), USDC_PRICE + PREMIUM_USDC_PRICE);
        assertEq(nft.usdcCredits(agent), 0);
        assertEq(nft.totalUsdcCredits(), 0);
    }

    /// A USDC refund takes exactly its token's escrow out of the shared state: the other token's
    /// escrow, the counter and the terms are untouched.
    function test_Refund_UsdcLeavesOtherEscrowAndCounters() public {
        uint256 first = _mintUsdc(0);
        _mintUsdc(1);
        _mint(alice);
        uint32 terms = nft.terms();
        vm.warp(uint256(nft.request(first).deadline) + 1);
        nft.refund(first);
        assertEq(nft.pendingUsdcEscrow(), PREMIUM_USDC_PRICE);
        assertEq(nft.pendingEscrow(), PRICE);
        assertEq(nft.totalMinted(), 3);
        assertEq(nft.terms(), terms);
        assertEq(usdc.balanceOf(address(nft)), PREMIUM_USDC_PRICE);
    }

    /// Two credited accounts: a claim takes exactly the claimer's credit out of the total.
    function test_ClaimUsdc_LeavesOthersCredits() public {
        address agent2 = makeAddr("agent2");
        vm.prank(owner);
        nft.setAgent(agent2, true);
        uint256 a = _mintUsdc(0);
        uint256 b = _mintUsdc(1);
        usdc.blacklist(agent);
        usdc.blacklist(agent2);
        _fulfil(b);
        vm.prank(agent2);
        nft.fulfil(a, _hash(a));
        usdc.unBlacklist(agent2);
        vm.prank(agent2);
        nft.claimUsdc(); // the smaller credit: a remainder would not give the other one back
        assertEq(nft.totalUsdcCredits(), PREMIUM_USDC_PRICE);
        assertEq(nft.usdcCredits(agent), PREMIUM_USDC_PRICE);
        assertEq(usdc.balanceOf(agent2), USDC_PRICE);
        assertEq(usdc.balanceOf(address(nft)), PREMIUM_USDC_PRICE);
    }

    function test_Refund_BlocklistedHolderIsCredited() public {
        uint256 tokenId = _mintUsdc(0);
        usdc.blacklist(buyer);
        _expire(tokenId);
        nft.refund(tokenId);
        assertEq(nft.usdcCredits(buyer), USDC_PRICE);
        assertEq(usdc.balanceOf(address(nft)), USDC_PRICE);
        assertEq(_owedUsdc(), USDC_PRICE);
    }

    function test_RevertWhen_ClaimUsdcWithoutCredit() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NothingToClaim.selector, agent));
        vm.prank(agent);
        nft.claimUsdc();
    }

    /// USDC sent to the contract outside a mint is surplus; escrow and credits never are.
    function test_WithdrawUsdcSurplus_TakesOnlyWhatIsOwedToNobody() public {
        _mintUsdc(1);
        uint256 credited = _mintUsdc(0);
        usdc.blacklist(agent);
        _fulfil(credited);
        usdc.unBlacklist(agent);
        vm.expectRevert(IGenImNFT.NoSurplus.selector);
        vm.prank(owner);
        nft.withdrawUsdcSurplus(owner);

        usdc.mint(address(nft), 5e6);
        assertEq(nft.usdcSurplus(), 5e6);
        vm.expectEmit(address(nft));
        emit IGenImNFT.SurplusWithdrawn(carol, IGenImNFT.Currency.USDC, 5e6);
        vm.prank(owner);
        nft.withdrawUsdcSurplus(carol);
        assertEq(usdc.balanceOf(carol), 5e6);
        assertEq(usdc.balanceOf(address(nft)), PREMIUM_USDC_PRICE + USDC_PRICE);
        assertEq(_owedUsdc(), PREMIUM_USDC_PRICE + USDC_PRICE);
        assertEq(nft.surplus(), 0); // the ETH side is untouched
    }

    /// USDC is upgradeable: should the token ever report less than the escrow and credits it holds, the
    /// surplus view answers zero (it is read by operators and `withdrawUsdcSurplus`) instead of reverting.
    function test_UsdcSurplus_ZeroWhenTheTokenHoldsLessThanIsOwed() public {
        _mintUsdc(1);
        _mintUsdc(0);
        // TestUSDC's balances live in slot 2 (after totalSupply and returnFalse).
        vm.store(address(usdc), keccak256(abi.encode(address(nft), uint256(2))), bytes32(USDC_PRICE));
        assertEq(usdc.balanceOf(address(nft)), USDC_PRICE);
        assertEq(_owedUsdc(), PREMIUM_USDC_PRICE + USDC_PRICE);

        assertEq(nft.usdcSurplus(), 0);
        vm.expectRevert(IGenImNFT.NoSurplus.selector);
        vm.prank(owner);
        nft.withdrawUsdcSurplus(owner);
    }

    function test_RevertWhen_WithdrawUsdcSurplusByStrangerOrToZeroOrBlocklisted() public {
        usdc.mint(address(nft), 1e6);
        vm.expectRevert(abi.encodeWithSignature("OwnableUnauthorizedAccount(address)", attacker));
        vm.prank(attacker);
        nft.withdrawUsdcSurplus(attacker);
        vm.startPrank(owner);
        vm.expectRevert(IGenImNFT.ZeroAddress.selector);
        nft.withdrawUsdcSurplus(address(0));
        vm.stopPrank();
        usdc.blacklist(carol);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, carol, 1e6));
        vm.prank(owner);
        nft.withdrawUsdcSurplus(carol);
    }
}

contract TermsTest is GenImNFTTestBase {
    /// The terms version counts in 32 bits, not fewer: an owner cannot cycle it back to a value a buyer
    /// signed after 65,536 changes, and no other field of the state moves.
    function test_Terms_CountsPast16Bits() public {
        _mint(alice);
        uint256 minted = nft.totalMinted();
        uint256 escrow = nft.pendingEscrow();
        _setTerms(type(uint16).max);
        assertEq(nft.terms(), type(uint16).max);
        vm.prank(owner);
        nft.setTier(5, PRICE, 0, WINDOW);
        assertEq(nft.terms(), uint32(type(uint16).max) + 1);
        assertEq(nft.totalMinted(), minted);
        assertEq(nft.pendingEscrow(), escrow);
    }

    /// At the top of its 32 bits the terms version wraps to zero instead of panicking: `setTier` and
    /// `setAgent` must never be bricked, and no other field of the state moves.
    function test_Terms_WrapsAtItsTop() public {
        _mint(alice);
        uint256 minted = nft.totalMinted();
        uint256 escrow = nft.pendingEscrow();
        _setTerms(type(uint32).max);
        vm.prank(owner);
        nft.setTier(5, PRICE, 0, WINDOW);
        assertEq(nft.terms(), 0);
        assertEq(nft.totalMinted(), minted);
        assertEq(nft.pendingEscrow(), escrow);
        assertFalse(nft.paused());
        vm.prank(owner);
        nft.setAgent(makeAddr("newAgent"), true);
        assertEq(nft.terms(), 1);
    }

    /// @dev Writes the terms version into `_state` (slot 2, bits 208..239; `forge inspect GenImNFT
    /// storageLayout`).
    function _setTerms(uint32 value) private {
        (bytes32 slot, uint256 shift) = (bytes32(uint256(2)), 208);
        uint256 state = uint256(vm.load(address(nft), slot));
        state &= ~(uint256(type(uint32).max) << shift);
        vm.store(address(nft), slot, bytes32(state | (uint256(value) << shift)));
    }

    function test_Terms_BumpedBySetTierAndNewAgentsOnly() public {
        uint32 t = nft.terms();
        assertEq(t, 3); // two tiers and one agent in setUp
        vm.startPrank(owner);
        nft.setTier(5, PRICE, 0, WINDOW);
        assertEq(nft.terms(), t + 1);
        nft.setAgent(bob, true);
        assertEq(nft.terms(), t + 2);
        nft.setAgent(bob, true); // already authorized: nothing changes
        assertEq(nft.terms(), t + 2);
        nft.setAgent(bob, false); // a revocation only takes a deliverer away
        assertEq(nft.terms(), t + 2);
        nft.setAgent(bob, true); // authorized again: new terms
        assertEq(nft.terms(), t + 3);
        nft.pause();
        nft.setMetadataBaseURI("https://meta.example/");
        nft.unpause();
        vm.stopPrank();
        assertEq(nft.terms(), t + 3);
    }

    function test_RevertWhen_MintNamesOtherTerms() public {
        uint32 t = nft.terms();
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, t + 1, t));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, t + 1);
    }

    /// The price check comes first: a buyer who sent the old price learns that the price changed.
    function test_RevertWhen_MintAfterPriceChange_SaysWrongPayment() public {
        uint32 t = nft.terms();
        vm.prank(owner);
        nft.setTier(0, PRICE * 2, USDC_PRICE, WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.WrongPayment.selector, PRICE * 2, PRICE));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, t);
    }

    function test_SetTier_StoresBothPricesAndEmits() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.TierSet(3, 0, 2_500_000, 600);
        vm.prank(owner);
        nft.setTier(3, 0, 2_500_000, 600);
        (uint256 price, uint256 usdcPrice, uint32 window) = nft.tiers(3);
        assertEq(price, 0);
        assertEq(usdcPrice, 2_500_000);
        assertEq(window, 600);
    }

    function test_SetTier_AcceptsMaxUsdcPrice() public {
        uint256 max = nft.MAX_USDC_PRICE();
        uint256 maxPrice = nft.MAX_PRICE();
        uint32 maxWindow = nft.MAX_WINDOW();
        vm.prank(owner);
        nft.setTier(2, maxPrice, max, maxWindow);
        (uint256 price, uint256 usdcPrice, uint32 window) = nft.tiers(2);
        assertEq(price, nft.MAX_PRICE());
        assertEq(usdcPrice, max);
        assertEq(window, nft.MAX_WINDOW());
    }

    function test_RevertWhen_SetTierUsdcPriceAboveMax() public {
        uint256 max = nft.MAX_USDC_PRICE();
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidUsdcPrice.selector, max + 1, max));
        vm.prank(owner);
        nft.setTier(0, PRICE, max + 1, WINDOW);
    }

    function test_RevertWhen_SetTierUsdcOnlyWithoutWindow() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidWindow.selector, 0, nft.MAX_WINDOW()));
        vm.prank(owner);
        nft.setTier(0, 0, USDC_PRICE, 0);
    }
}
