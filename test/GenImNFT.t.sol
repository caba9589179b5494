// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Vm} from "forge-std/Vm.sol";
import {ERC2981} from "solady/tokens/ERC2981.sol";
import {Base64} from "solady/utils/Base64.sol";
import {LibString} from "solady/utils/LibString.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {IGenImNFT} from "../contracts/interfaces/IGenImNFT.sol";
import {GenImNFTTestBase, ToggleReceiver} from "./utils/GenImNFTTestBase.sol";

contract MintTest is GenImNFTTestBase {
    function test_Mint_EscrowsPaymentAndRecordsRequest() public {
        uint256 tokenId = _mint(alice);

        assertEq(tokenId, 1);
        assertEq(nft.ownerOf(tokenId), alice);
        assertEq(nft.balanceOf(alice), 1);
        assertEq(nft.totalMinted(), 1);
        assertEq(address(nft).balance, PRICE);
        assertEq(nft.pendingEscrow(), PRICE);
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(r.requester, alice);
        assertEq(r.tier, 0);
        assertEq(r.paid, PRICE);
        assertEq(r.deadline, block.timestamp + WINDOW);
        assertEq(uint8(r.status), uint8(IGenImNFT.Status.Pending));
        assertEq(r.metadataHash, bytes32(0));
    }

    function test_Mint_EmitsImageRequestedWithPrompt() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageRequested(
            1,
            alice,
            1,
            IGenImNFT.Currency.ETH,
            PREMIUM_PRICE,
            uint64(block.timestamp + PREMIUM_WINDOW),
            PROMPT
        );
        _mint(alice, 1);
    }

    function test_Mint_AssignsSequentialIdsFromOne() public {
        assertEq(_mint(alice), 1);
        assertEq(_mint(bob, 1), 2);
        assertEq(_mint(alice), 3);
        assertEq(nft.totalMinted(), 3);
        assertEq(nft.pendingEscrow(), 2 * PRICE + PREMIUM_PRICE);
    }

    function test_Mint_AcceptsPromptOfMaxLength() public {
        string memory prompt = LibString.repeat("x", nft.MAX_PROMPT_BYTES());
        vm.prank(alice);
        uint256 tokenId = nft.mint{value: PRICE}(prompt, 0, termsNow);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Pending));
    }

    function test_RevertWhen_MintPaymentTooLow() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.WrongPayment.selector, PRICE, PRICE - 1));
        vm.prank(alice);
        nft.mint{value: PRICE - 1}(PROMPT, 0, termsNow);
    }

    function test_RevertWhen_MintPaymentTooHigh() public {
        // Overpayment is refused rather than silently kept.
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.WrongPayment.selector, PRICE, PRICE + 1));
        vm.prank(alice);
        nft.mint{value: PRICE + 1}(PROMPT, 0, termsNow);
    }

    function test_RevertWhen_MintPromptEmpty() public {
        vm.expectRevert(IGenImNFT.EmptyPrompt.selector);
        vm.prank(alice);
        nft.mint{value: PRICE}("", 0, termsNow);
    }

    function test_RevertWhen_MintPromptTooLong() public {
        uint256 max = nft.MAX_PROMPT_BYTES();
        string memory prompt = LibString.repeat("x", max + 1);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.PromptTooLong.selector, max + 1, max));
        vm.prank(alice);
        nft.mint{value: PRICE}(prompt, 0, termsNow);
    }

    function test_RevertWhen_MintTierUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TierDisabled.selector, uint8(7)));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 7, termsNow);
    }

    function test_RevertWhen_MintTierDisabled() public {
        vm.prank(owner);
        nft.setTier(0, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TierDisabled.selector, uint8(0)));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, termsNow);
    }

    function test_RevertWhen_MintPaused() public {
        vm.prank(owner);
        nft.pause();
        vm.expectRevert(IGenImNFT.MintingPaused.selector);
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, termsNow);
    }

    function testFuzz_Mint_RecordsExactPaymentAndDeadline(
        uint256 priceGwei,
        uint32 window,
        uint8 tier,
        uint40 warp
    ) public {
        priceGwei = bound(priceGwei, 1, nft.MAX_PRICE() / 1 gwei);
        window = uint32(bound(window, 1, nft.MAX_WINDOW()));
        vm.warp(bound(warp, 1, type(uint40).max - uint256(nft.MAX_WINDOW())));
        uint256 price = priceGwei * 1 gwei;
        vm.prank(owner);
        nft.setTier(tier, price, 0, window);
        _refreshTerms();
        vm.deal(alice, price);

        vm.prank(alice);
        uint256 tokenId = nft.mint{value: price}(PROMPT, tier, termsNow);

        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(r.paid, price);
        assertEq(r.tier, tier);
        assertEq(r.deadline, block.timestamp + window);
        assertEq(nft.pendingEscrow(), price);
    }

    function testFuzz_RevertWhen_MintPaymentWrong(uint256 sent) public {
        sent = bound(sent, 0, 10 ether);
        vm.assume(sent != PRICE);
        vm.deal(alice, sent);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.WrongPayment.selector, PRICE, sent));
        vm.prank(alice);
        nft.mint{value: sent}(PROMPT, 0, termsNow);
    }
}

contract FulfilTest is GenImNFTTestBase {
    function test_Fulfil_SetsHashAndPaysAgent() public {
        uint256 tokenId = _mint(alice);
        uint256 before = agent.balance;

        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageDelivered(tokenId, agent, _hash(tokenId), PRICE);
        vm.expectEmit(address(nft));
        emit IGenImNFT.MetadataUpdate(tokenId);
        _fulfil(tokenId);

        assertEq(agent.balance - before, PRICE);
        assertEq(nft.pendingEscrow(), 0);
        assertEq(address(nft).balance, 0);
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(uint8(r.status), uint8(IGenImNFT.Status.Delivered));
        assertEq(r.metadataHash, _hash(tokenId));
        assertEq(r.paid, PRICE);
        assertEq(r.requester, alice);
        assertEq(nft.ownerOf(tokenId), alice);
    }

    function test_Fulfil_SucceedsAtDeadline() public {
        uint256 tokenId = _mint(alice);
        vm.warp(nft.request(tokenId).deadline);
        _fulfil(tokenId);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Delivered));
    }

    function test_Fulfil_PaysAmountPaidNotCurrentPrice() public {
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.setTier(0, PRICE * 5, 0, WINDOW);
        uint256 before = agent.balance;
        _fulfil(tokenId);
        assertEq(agent.balance - before, PRICE);
    }

    function test_Fulfil_WorksWhilePaused() public {
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.pause();
        _fulfil(tokenId);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Delivered));
    }

    function test_Fulfil_CreditsAgentWhenPaymentFails() public {
        ToggleReceiver contractAgent = new ToggleReceiver();
        vm.prank(owner);
        nft.setAgent(address(contractAgent), true);
        uint256 tokenId = _mint(alice);

        vm.expectEmit(address(nft));
        emit IGenImNFT.PaymentCredited(address(contractAgent), IGenImNFT.Currency.ETH, PRICE);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (tokenId, _hash(tokenId))));

        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Delivered));
        assertEq(nft.credits(address(contractAgent)), PRICE);
        assertEq(nft.totalCredits(), PRICE);
        assertEq(nft.pendingEscrow(), 0);
        assertEq(address(nft).balance, PRICE);

        contractAgent.setAccepting(true);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(address(contractAgent).balance, PRICE);
        assertEq(nft.totalCredits(), 0);
        assertEq(address(nft).balance, 0);
    }

    function test_RevertWhen_FulfilCallerNotAgent() public {
        uint256 tokenId = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotAgent.selector, attacker));
        vm.prank(attacker);
        nft.fulfil(tokenId, _hash(tokenId));
    }

    function test_RevertWhen_FulfilAgentDeauthorized() public {
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.setAgent(agent, false);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotAgent.selector, agent));
        _fulfil(tokenId);
    }

    function test_RevertWhen_FulfilTokenPredatesAgent() public {
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.setAgent(bob, true);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.TokenPredatesAgent.selector, tokenId, bob, tokenId + 1)
        );
        vm.prank(bob);
        nft.fulfil(tokenId, _hash(tokenId));
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Pending));

        // Tokens minted after the authorization are the new agent's to deliver.
        uint256 later = _mint(carol);
        uint256 before = bob.balance;
        vm.prank(bob);
        nft.fulfil(later, _hash(later));
        assertEq(bob.balance - before, PRICE);
    }

    function test_Fulfil_ReauthorizationMovesTheMark() public {
        uint256 first = _mint(alice);
        vm.startPrank(owner);
        nft.setAgent(agent, false);
        nft.setAgent(agent, true);
        vm.stopPrank();
        assertEq(nft.agentFirstTokenId(agent), first + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.TokenPredatesAgent.selector, first, agent, first + 1)
        );
        _fulfil(first);
        _fulfil(_mint(bob));
    }

    function test_RevertWhen_FulfilTwice() public {
        uint256 tokenId = _mint(alice);
        _fulfil(tokenId);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Delivered)
        );
        vm.prank(agent);
        nft.fulfil(tokenId, _hash(999));
        assertEq(nft.request(tokenId).metadataHash, _hash(tokenId));
    }

    function test_RevertWhen_FulfilAfterDeadline() public {
        uint256 tokenId = _mint(alice);
        uint64 deadline = nft.request(tokenId).deadline;
        _expire(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.DeadlinePassed.selector, tokenId, deadline));
        _fulfil(tokenId);
    }

    function test_RevertWhen_FulfilTokenNeverMinted() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotPending.selector, 42, IGenImNFT.Status.None));
        _fulfil(42);
    }

    function test_RevertWhen_FulfilTokenRefunded() public {
        uint256 tokenId = _mint(alice);
        _expire(tokenId);
        vm.prank(alice);
        nft.refund(tokenId);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Refunded)
        );
        _fulfil(tokenId);
    }

    function test_RevertWhen_FulfilHashZero() public {
        uint256 tokenId = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidMetadataHash.selector, bytes32(0)));
        vm.prank(agent);
        nft.fulfil(tokenId, bytes32(0));
    }

    function testFuzz_RevertWhen_FulfilHashLooksLikeRecord(uint128 low) public {
        uint256 tokenId = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidMetadataHash.selector, bytes32(uint256(low))));
        vm.prank(agent);
        nft.fulfil(tokenId, bytes32(uint256(low)));
    }

    function testFuzz_Fulfil_PaysExactlyWhatEachMinterPaid(uint256[4] memory pricesGwei) public {
        uint256[] memory ids = new uint256[](4);
        uint256 sum;
        for (uint256 i; i < 4; ++i) {
            uint256 price = bound(pricesGwei[i], 1, 10 ether / 1 gwei) * 1 gwei;
            vm.prank(owner);
            nft.setTier(0, price, 0, WINDOW);
            ids[i] = _mint(alice);
            sum += price;
        }
        uint256 before = agent.balance;
        for (uint256 i; i < 4; ++i) {
            _fulfil(ids[i]);
        }
        assertEq(agent.balance - before, sum);
        assertEq(nft.pendingEscrow(), 0);
    }
}

contract FulfilBatchTest is GenImNFTTestBase {
    function _ids(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory ids) {
        ids = new uint256[](3);
        (ids[0], ids[1], ids[2]) = (a, b, c);
    }

    function _hashes(uint256[] memory ids) internal pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            hashes[i] = _hash(ids[i]);
        }
    }

    function test_FulfilBatch_DeliversAllAndPaysOnce() public {
        uint256[] memory ids = _ids(_mint(alice), _mint(bob, 1), _mint(carol));
        uint256 before = agent.balance;

        vm.prank(agent);
        uint256 delivered = nft.fulfilBatch(ids, _hashes(ids));

        assertEq(delivered, 3);
        assertEq(agent.balance - before, 2 * PRICE + PREMIUM_PRICE);
        assertEq(nft.pendingEscrow(), 0);
        for (uint256 i; i < 3; ++i) {
            assertEq(nft.request(ids[i]).metadataHash, _hash(ids[i]));
        }
    }

    function test_FulfilBatch_SkipsTokensNoLongerPending() public {
        uint256 delivered = _mint(alice);
        uint256 refunded = _mint(bob);
        _fulfil(delivered);
        _expire(refunded);
        vm.prank(bob);
        nft.refund(refunded);
        uint256 fresh = _mint(carol); // minted after the warp: still pending
        uint256[] memory ids = new uint256[](5);
        (ids[0], ids[1], ids[2], ids[3], ids[4]) = (delivered, refunded, 99, fresh, fresh);

        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(delivered, IGenImNFT.Status.Delivered);
        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(refunded, IGenImNFT.Status.Refunded);
        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(99, IGenImNFT.Status.None);
        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageDelivered(fresh, agent, _hash(fresh), PRICE);
        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(fresh, IGenImNFT.Status.Delivered);
        uint256 before = agent.balance;
        vm.prank(agent);
        uint256 count = nft.fulfilBatch(ids, _hashes(ids));

        assertEq(count, 1);
        assertEq(agent.balance - before, PRICE);
        assertEq(nft.request(delivered).metadataHash, _hash(delivered));
    }

    function test_FulfilBatch_SkipsExpiredTokens() public {
        uint256 expired = _mint(alice);
        _expire(expired);
        uint256 fresh = _mint(bob);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (expired, fresh);

        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(expired, IGenImNFT.Status.Pending);
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, _hashes(ids)), 1);
        assertEq(uint8(_status(expired)), uint8(IGenImNFT.Status.Pending));
        assertEq(nft.pendingEscrow(), PRICE);
    }

    function test_FulfilBatch_DeliversAtDeadlineSkipsOneSecondLater() public {
        uint256 onTime = _mint(alice);
        uint256[] memory ids = new uint256[](1);
        ids[0] = onTime;
        vm.warp(nft.request(onTime).deadline);
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, _hashes(ids)), 1);

        uint256 late = _mint(bob);
        ids[0] = late;
        vm.warp(uint256(nft.request(late).deadline) + 1);
        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(late, IGenImNFT.Status.Pending);
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, _hashes(ids)), 0);
        assertEq(nft.pendingEscrow(), PRICE);
    }

    function test_FulfilBatch_SkipsTokensPredatingAgent() public {
        uint256 old = _mint(alice);
        vm.prank(owner);
        nft.setAgent(bob, true);
        uint256 fresh = _mint(carol);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (old, fresh);

        vm.expectEmit(address(nft));
        emit IGenImNFT.FulfilmentSkipped(old, IGenImNFT.Status.Pending);
        vm.expectEmit(address(nft));
        emit IGenImNFT.ImageDelivered(fresh, bob, _hash(fresh), PRICE);
        uint256 before = bob.balance;
        vm.prank(bob);
        assertEq(nft.fulfilBatch(ids, _hashes(ids)), 1);
        assertEq(bob.balance - before, PRICE);
        assertEq(uint8(_status(old)), uint8(IGenImNFT.Status.Pending));
        assertEq(nft.pendingEscrow(), PRICE);
    }

    function test_FulfilBatch_NothingDeliveredMakesNoPayment() public {
        ToggleReceiver contractAgent = new ToggleReceiver(); // rejects ETH: a payment would be credited
        vm.prank(owner);
        nft.setAgent(address(contractAgent), true);
        uint256[] memory ids = new uint256[](1);
        ids[0] = 42; // never minted: skipped
        vm.recordLogs();
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfilBatch, (ids, _hashes(ids))));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1); // FulfilmentSkipped only, no PaymentCredited(agent, 0)
        assertEq(logs[0].topics[0], IGenImNFT.FulfilmentSkipped.selector);
        assertEq(nft.credits(address(contractAgent)), 0);
    }

    function test_FulfilBatch_EmptyBatchDeliversNothing() public {
        uint256 before = agent.balance;
        vm.prank(agent);
        assertEq(nft.fulfilBatch(new uint256[](0), new bytes32[](0)), 0);
        assertEq(agent.balance, before);
    }

    function test_RevertWhen_FulfilBatchLengthMismatch() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.LengthMismatch.selector, 2, 1));
        vm.prank(agent);
        nft.fulfilBatch(new uint256[](2), new bytes32[](1));
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.LengthMismatch.selector, 1, 2));
        vm.prank(agent);
        nft.fulfilBatch(new uint256[](1), new bytes32[](2));
    }

    function test_RevertWhen_FulfilBatchCallerNotAgent() public {
        uint256[] memory ids = _ids(_mint(alice), _mint(bob), _mint(carol));
        bytes32[] memory hashes = _hashes(ids);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotAgent.selector, attacker));
        vm.prank(attacker);
        nft.fulfilBatch(ids, hashes);
    }

    function test_RevertWhen_FulfilBatchHashInvalid() public {
        uint256[] memory ids = _ids(_mint(alice), _mint(bob), _mint(carol));
        bytes32[] memory hashes = _hashes(ids);
        hashes[2] = bytes32(uint256(1));
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidMetadataHash.selector, hashes[2]));
        vm.prank(agent);
        nft.fulfilBatch(ids, hashes);
        assertEq(uint8(_status(ids[0])), uint8(IGenImNFT.Status.Pending));
    }

    function testFuzz_FulfilBatch_PaysSumOfPendingEscrows(uint8 count, uint256 skipMask) public {
        count = uint8(bound(count, 1, 20));
        uint256[] memory ids = new uint256[](count);
        uint256 expected;
        uint256 expectedCount;
        for (uint256 i; i < count; ++i) {
            uint8 tier = i % 2 == 0 ? 0 : 1;
            ids[i] = _mint(alice, tier);
            if ((skipMask >> i) & 1 == 1) {
                _fulfil(ids[i]); // already delivered: must be skipped, not paid twice
            } else {
                expected += tier == 0 ? PRICE : PREMIUM_PRICE;
                ++expectedCount;
            }
        }
        uint256 before = agent.balance;
        vm.prank(agent);
        uint256 delivered = nft.fulfilBatch(ids, _hashes(ids));
        assertEq(delivered, expectedCount);
        assertEq(agent.balance - before, expected);
        assertEq(nft.pendingEscrow(), 0);
    }
}

contract RefundTest is GenImNFTTestBase {
    function test_Refund_ReturnsEscrowToHolderAndBurns() public {
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.transferFrom(alice, bob, tokenId);
        _expire(tokenId);
        uint256 before = bob.balance;

        vm.expectEmit(address(nft));
        emit IGenImNFT.Refunded(tokenId, bob, PRICE);
        vm.prank(bob);
        nft.refund(tokenId);

        assertEq(bob.balance - before, PRICE);
        assertEq(nft.pendingEscrow(), 0);
        assertEq(address(nft).balance, 0);
        assertEq(nft.balanceOf(bob), 0);
        vm.expectRevert();
        nft.ownerOf(tokenId);
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(uint8(r.status), uint8(IGenImNFT.Status.Refunded));
        assertEq(r.requester, alice);
        assertEq(r.paid, PRICE);
    }

    function test_Refund_ByApprovedOperatorPaysHolder() public {
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.setApprovalForAll(carol, true);
        _expire(tokenId);
        uint256 aliceBefore = alice.balance;
        uint256 carolBefore = carol.balance;
        vm.prank(carol);
        nft.refund(tokenId);
        assertEq(alice.balance - aliceBefore, PRICE);
        assertEq(carol.balance, carolBefore);
    }

    function test_Refund_WorksWhilePaused() public {
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.pause();
        _expire(tokenId);
        vm.prank(alice);
        nft.refund(tokenId);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Refunded));
    }

    function test_Refund_CreditsHolderWhenPaymentFails() public {
        ToggleReceiver holder = new ToggleReceiver();
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.transferFrom(alice, address(holder), tokenId);
        _expire(tokenId);

        holder.execute(address(nft), abi.encodeCall(IGenImNFT.refund, (tokenId)));

        assertEq(nft.credits(address(holder)), PRICE);
        assertEq(nft.pendingEscrow(), 0);
        assertEq(address(nft).balance, PRICE);
        holder.setAccepting(true);
        holder.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(address(holder).balance, PRICE);
    }

    function test_RevertWhen_RefundBeforeDeadline() public {
        uint256 tokenId = _mint(alice);
        uint64 deadline = nft.request(tokenId).deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.DeadlineNotReached.selector, tokenId, deadline));
        vm.prank(alice);
        nft.refund(tokenId);
    }

    function test_Refund_WorksOneSecondAfterDeadline() public {
        uint256 tokenId = _mint(alice);
        vm.warp(uint256(nft.request(tokenId).deadline) + 1);
        uint256 before = alice.balance;
        vm.prank(alice);
        nft.refund(tokenId);
        assertEq(alice.balance - before, PRICE);
    }

    function test_RevertWhen_RefundAfterDelivery() public {
        uint256 tokenId = _mint(alice);
        _fulfil(tokenId);
        _expire(tokenId);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Delivered)
        );
        vm.prank(alice);
        nft.refund(tokenId);
    }

    function test_RevertWhen_RefundTwice() public {
        uint256 tokenId = _mint(alice);
        _expire(tokenId);
        vm.prank(alice);
        nft.refund(tokenId);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Refunded)
        );
        vm.prank(alice);
        nft.refund(tokenId);
    }

    /// Anyone may send the refund (a relayer for a gasless buyer, the keeper); the holder is paid.
    function test_Refund_ByStrangerPaysTheHolder() public {
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.transferFrom(alice, bob, tokenId);
        _expire(tokenId);
        uint256 aliceBefore = alice.balance;
        uint256 bobBefore = bob.balance;
        uint256 attackerBefore = attacker.balance;
        vm.expectEmit(address(nft));
        emit IGenImNFT.Refunded(tokenId, bob, PRICE);
        vm.prank(attacker);
        nft.refund(tokenId);
        assertEq(bob.balance - bobBefore, PRICE);
        assertEq(alice.balance, aliceBefore);
        assertEq(attacker.balance, attackerBefore);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Refunded));
    }

    function test_RevertWhen_RefundTokenNeverMinted() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotPending.selector, 5, IGenImNFT.Status.None));
        nft.refund(5);
    }

    function test_Refund_LeavesOtherEscrowAndCounters() public {
        uint256 tokenId = _mint(alice);
        _mint(bob, 1); // still pending, and not yet expired when alice refunds
        vm.prank(owner);
        nft.pause();
        vm.warp(uint256(nft.request(tokenId).deadline) + 1);
        vm.prank(alice);
        nft.refund(tokenId);
        assertEq(nft.pendingEscrow(), PREMIUM_PRICE);
        assertEq(nft.totalMinted(), 2);
        assertTrue(nft.paused());
        assertEq(address(nft).balance, PREMIUM_PRICE);
    }

    function testFuzz_Refund_ReturnsExactlyWhatWasPaid(uint256 priceGwei, uint256 newPriceGwei, uint256 late)
        public
    {
        uint256 price = bound(priceGwei, 1, 10 ether / 1 gwei) * 1 gwei;
        vm.prank(owner);
        nft.setTier(0, price, 0, WINDOW);
        uint256 tokenId = _mint(alice);
        vm.prank(owner);
        nft.setTier(0, bound(newPriceGwei, 0, 10 ether / 1 gwei) * 1 gwei, 0, 1);
        vm.warp(uint256(nft.request(tokenId).deadline) + bound(late, 1, 365 days));
        uint256 before = alice.balance;
        vm.prank(alice);
        nft.refund(tokenId);
        assertEq(alice.balance - before, price);
    }
}

contract ClaimTest is GenImNFTTestBase {
    /// @dev Two contract agents whose pushed payouts failed: `PRICE` and `PREMIUM_PRICE` credited.
    function _twoCredited() internal returns (ToggleReceiver a, ToggleReceiver b) {
        a = new ToggleReceiver();
        b = new ToggleReceiver();
        vm.startPrank(owner);
        nft.setAgent(address(a), true);
        nft.setAgent(address(b), true);
        vm.stopPrank();
        uint256 first = _mint(alice);
        uint256 second = _mint(bob, 1);
        a.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (first, _hash(first))));
        b.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (second, _hash(second))));
        a.setAccepting(true);
        b.setAccepting(true);
    }

    function test_Claim_PaysOnlyTheCallersCredit() public {
        (ToggleReceiver a, ToggleReceiver b) = _twoCredited();
        _mint(carol); // pending escrow stays untouched too
        assertEq(nft.totalCredits(), PRICE + PREMIUM_PRICE);

        vm.expectEmit(address(nft));
        emit IGenImNFT.Claimed(address(a), IGenImNFT.Currency.ETH, PRICE);
        a.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));

        assertEq(address(a).balance, PRICE);
        assertEq(nft.credits(address(a)), 0);
        assertEq(nft.credits(address(b)), PREMIUM_PRICE);
        assertEq(nft.totalCredits(), PREMIUM_PRICE);
        assertEq(nft.pendingEscrow(), PRICE);
        assertEq(address(nft).balance, PREMIUM_PRICE + PRICE);

        vm.expectEmit(address(nft));
        emit IGenImNFT.Claimed(address(b), IGenImNFT.Currency.ETH, PREMIUM_PRICE);
        b.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(address(b).balance, PREMIUM_PRICE);
        assertEq(nft.totalCredits(), 0);
        assertEq(address(nft).balance, PRICE);
    }

    function test_Claim_PaysCreditsAddedUp() public {
        ToggleReceiver contractAgent = new ToggleReceiver();
        vm.prank(owner);
        nft.setAgent(address(contractAgent), true);
        uint256 first = _mint(alice);
        uint256 second = _mint(bob, 1);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (first, _hash(first))));
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (second, _hash(second))));
        assertEq(nft.credits(address(contractAgent)), PRICE + PREMIUM_PRICE);
        assertEq(nft.totalCredits(), PRICE + PREMIUM_PRICE);

        contractAgent.setAccepting(true);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(address(contractAgent).balance, PRICE + PREMIUM_PRICE);
        assertEq(nft.totalCredits(), 0);
    }

    function test_RevertWhen_ClaimTwice() public {
        (ToggleReceiver a,) = _twoCredited();
        a.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NothingToClaim.selector, address(a)));
        a.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(address(a).balance, PRICE);
        assertEq(nft.totalCredits(), PREMIUM_PRICE);
    }

    function test_RevertWhen_ClaimNothing() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NothingToClaim.selector, alice));
        vm.prank(alice);
        nft.claim();
    }

    function test_RevertWhen_ClaimTransferFails() public {
        ToggleReceiver contractAgent = new ToggleReceiver();
        vm.prank(owner);
        nft.setAgent(address(contractAgent), true);
        uint256 tokenId = _mint(alice);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (tokenId, _hash(tokenId))));

        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, address(contractAgent), PRICE)
        );
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        assertEq(nft.credits(address(contractAgent)), PRICE);
    }
}

contract OwnerTest is GenImNFTTestBase {
    function _expectUnauthorized(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        vm.prank(caller);
    }

    function test_SetTier_StoresPriceAndWindow() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.TierSet(3, 1 ether, 0, 600);
        vm.prank(owner);
        nft.setTier(3, 1 ether, 0, 600);
        (uint256 price,, uint32 window) = nft.tiers(3);
        assertEq(price, 1 ether);
        assertEq(window, 600);
    }

    function test_SetTier_AcceptsMaxPrice() public {
        uint256 max = nft.MAX_PRICE();
        vm.prank(owner);
        nft.setTier(2, max, 0, 1);
        (uint256 price,,) = nft.tiers(2);
        assertEq(price, max);
    }

    function test_SetTier_NeverAltersPendingTokens() public {
        uint256 tokenId = _mint(alice);
        IGenImNFT.Request memory before = nft.request(tokenId);
        vm.startPrank(owner);
        nft.setTier(0, PRICE * 3, 0, WINDOW * 10);
        nft.setTier(0, 0, 0, 0);
        vm.stopPrank();
        IGenImNFT.Request memory afterChange = nft.request(tokenId);
        assertEq(afterChange.paid, before.paid);
        assertEq(afterChange.deadline, before.deadline);
        assertEq(afterChange.tier, before.tier);
    }

    function test_RevertWhen_SetTierPriceNotWholeGwei() public {
        uint256 max = nft.MAX_PRICE();
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidPrice.selector, 1 gwei + 1, max));
        vm.prank(owner);
        nft.setTier(0, 1 gwei + 1, 0, WINDOW);
    }

    function test_RevertWhen_SetTierPriceAboveMax() public {
        uint256 max = nft.MAX_PRICE();
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidPrice.selector, max + 1 gwei, max));
        vm.prank(owner);
        nft.setTier(0, max + 1 gwei, 0, WINDOW);
    }

    function test_RevertWhen_SetTierWindowZero() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidWindow.selector, uint32(0), 30 days));
        vm.prank(owner);
        nft.setTier(0, PRICE, 0, 0);
    }

    function test_SetTier_AcceptsMaxWindow() public {
        uint32 max = nft.MAX_WINDOW();
        assertEq(max, 30 days);
        vm.prank(owner);
        nft.setTier(2, PRICE, 0, max);
        (,, uint32 window) = nft.tiers(2);
        assertEq(window, max);
    }

    function test_SetTier_DisablesWithZeroWindow() public {
        vm.prank(owner);
        nft.setTier(0, 0, 0, 0);
        (uint256 price,, uint32 window) = nft.tiers(0);
        assertEq(price, 0);
        assertEq(window, 0);
    }

    function test_RevertWhen_SetTierWindowAboveMax() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidWindow.selector, 30 days + 1, 30 days));
        vm.prank(owner);
        nft.setTier(0, PRICE, 0, 30 days + 1);
        // Not even on a disabled tier: enabling it later must not need a second look at the window.
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.InvalidWindow.selector, type(uint32).max, 30 days));
        vm.prank(owner);
        nft.setTier(0, 0, 0, type(uint32).max);
    }

    function test_RevertWhen_SetTierCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setTier(0, 1 gwei, 0, WINDOW);
    }

    function test_SetAgent_AuthorizesAndRevokes() public {
        _mint(alice);
        vm.expectEmit(address(nft));
        emit IGenImNFT.AgentSet(bob, true, 2);
        vm.prank(owner);
        nft.setAgent(bob, true);
        assertTrue(nft.isAgent(bob));
        assertEq(nft.agentFirstTokenId(bob), 2);
        vm.expectEmit(address(nft));
        emit IGenImNFT.AgentSet(bob, false, 0);
        vm.prank(owner);
        nft.setAgent(bob, false);
        assertFalse(nft.isAgent(bob));
        assertEq(nft.agentFirstTokenId(bob), 0);
    }

    function test_SetAgent_AgainKeepsTheMark() public {
        vm.prank(owner);
        nft.setAgent(bob, true);
        uint256 tokenId = _mint(alice);
        vm.expectEmit(address(nft));
        emit IGenImNFT.AgentSet(bob, true, 1);
        vm.prank(owner);
        nft.setAgent(bob, true);
        assertEq(nft.agentFirstTokenId(bob), 1);
        vm.prank(bob);
        nft.fulfil(tokenId, _hash(tokenId));
    }

    function test_RevertWhen_SetAgentZeroAddress() public {
        vm.expectRevert(IGenImNFT.ZeroAddress.selector);
        vm.prank(owner);
        nft.setAgent(address(0), true);
    }

    function test_RevertWhen_SetAgentCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setAgent(attacker, true);
    }

    function test_SetMetadataBaseURI_EmitsAndChangesDeliveredURIs() public {
        uint256 tokenId = _mint(alice);
        _fulfil(tokenId);
        vm.expectEmit(address(nft));
        emit IGenImNFT.MetadataBaseURISet("https://meta.example/m/");
        vm.expectEmit(address(nft));
        emit IGenImNFT.BatchMetadataUpdate(0, type(uint256).max);
        vm.prank(owner);
        nft.setMetadataBaseURI("https://meta.example/m/");
        assertEq(nft.metadataBaseURI(), "https://meta.example/m/");
        assertEq(
            nft.tokenURI(tokenId),
            string.concat(
                "https://meta.example/m/", LibString.toHexStringNoPrefix(uint256(_hash(tokenId)), 32), ".json"
            )
        );
    }

    function test_RevertWhen_SetMetadataBaseURICallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setMetadataBaseURI("https://evil.example/");
    }

    function test_SetPlaceholderImage_EmitsAndShowsOnPendingTokens() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.PlaceholderImageSet("ipfs://placeholder");
        vm.expectEmit(address(nft));
        emit IGenImNFT.BatchMetadataUpdate(0, type(uint256).max);
        vm.prank(owner);
        nft.setPlaceholderImage("ipfs://placeholder");
        assertEq(nft.placeholderImage(), "ipfs://placeholder");
        uint256 tokenId = _mint(alice);
        assertEq(vm.parseJsonString(_decodedPendingJson(tokenId), ".image"), "ipfs://placeholder");
    }

    function test_RevertWhen_SetPlaceholderImageCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setPlaceholderImage("x");
    }

    function test_SetContractURI_EmitsERC7572Event() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.ContractURIUpdated();
        vm.prank(owner);
        nft.setContractURI("ipfs://collection");
        assertEq(nft.contractURI(), "ipfs://collection");
    }

    function test_RevertWhen_SetContractURICallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setContractURI("x");
    }

    function test_SetDefaultRoyalty_AppliesToAllTokens() public {
        vm.prank(owner);
        nft.setDefaultRoyalty(carol, 500);
        (address receiver, uint256 amount) = nft.royaltyInfo(1, 1 ether);
        assertEq(receiver, carol);
        assertEq(amount, 0.05 ether);
    }

    function test_SetDefaultRoyalty_ChangesReceiverAndRate() public {
        vm.startPrank(owner);
        nft.setDefaultRoyalty(carol, 500);
        nft.setDefaultRoyalty(bob, 10_000);
        vm.stopPrank();
        (address receiver, uint256 amount) = nft.royaltyInfo(7, 3 ether);
        assertEq(receiver, bob);
        assertEq(amount, 3 ether);
        vm.prank(owner);
        nft.setDefaultRoyalty(bob, 0);
        (, amount) = nft.royaltyInfo(7, 3 ether);
        assertEq(amount, 0);
    }

    function test_RevertWhen_SetDefaultRoyaltyAboveFullPrice() public {
        vm.expectRevert(ERC2981.RoyaltyOverflow.selector);
        vm.prank(owner);
        nft.setDefaultRoyalty(carol, 10_001);
    }

    function test_RevertWhen_SetDefaultRoyaltyReceiverZero() public {
        vm.expectRevert(ERC2981.RoyaltyReceiverIsZeroAddress.selector);
        vm.prank(owner);
        nft.setDefaultRoyalty(address(0), 500);
    }

    function test_RevertWhen_SetDefaultRoyaltyCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.setDefaultRoyalty(attacker, 10_000);
    }

    function test_Pause_StopsOnlyMinting() public {
        vm.expectEmit(address(nft));
        emit IGenImNFT.Paused(owner);
        vm.prank(owner);
        nft.pause();
        assertTrue(nft.paused());
        vm.expectEmit(address(nft));
        emit IGenImNFT.Unpaused(owner);
        vm.prank(owner);
        nft.unpause();
        assertFalse(nft.paused());
        assertEq(_mint(alice), 1);
    }

    function test_Pause_IsIdempotentAndKeepsCounters() public {
        _mint(alice);
        _mint(bob, 1);
        vm.startPrank(owner);
        nft.pause();
        nft.pause();
        vm.stopPrank();
        assertTrue(nft.paused());
        assertEq(nft.totalMinted(), 2);
        assertEq(nft.pendingEscrow(), PRICE + PREMIUM_PRICE);
        vm.expectRevert(IGenImNFT.MintingPaused.selector);
        vm.prank(carol);
        nft.mint{value: PRICE}(PROMPT, 0, termsNow);

        vm.startPrank(owner);
        nft.unpause();
        nft.unpause();
        vm.stopPrank();
        assertFalse(nft.paused());
        assertEq(nft.totalMinted(), 2);
        assertEq(nft.pendingEscrow(), PRICE + PREMIUM_PRICE);
        assertEq(_mint(carol), 3);
        assertEq(nft.pendingEscrow(), 2 * PRICE + PREMIUM_PRICE);
    }

    function test_RevertWhen_PauseCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.pause();
    }

    function test_RevertWhen_UnpauseCallerNotOwner() public {
        _expectUnauthorized(attacker);
        nft.unpause();
    }

    function test_WithdrawSurplus_TakesOnlyWhatIsNotOwed() public {
        // A payout that could not be pushed is owed too.
        ToggleReceiver contractAgent = new ToggleReceiver();
        vm.prank(owner);
        nft.setAgent(address(contractAgent), true);
        _mint(alice);
        uint256 tokenId = _mint(bob);
        contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (tokenId, _hash(tokenId))));
        // ETH forced in (selfdestruct, coinbase) is the only surplus.
        vm.deal(address(nft), address(nft).balance + 1 ether);

        assertEq(nft.surplus(), 1 ether);
        vm.expectEmit(address(nft));
        emit IGenImNFT.SurplusWithdrawn(carol, IGenImNFT.Currency.ETH, 1 ether);
        uint256 before = carol.balance;
        vm.prank(owner);
        nft.withdrawSurplus(carol);

        assertEq(carol.balance - before, 1 ether);
        assertEq(address(nft).balance, 2 * PRICE);
        assertEq(nft.pendingEscrow(), PRICE);
        assertEq(nft.totalCredits(), PRICE);
    }

    function test_RevertWhen_WithdrawSurplusWithOnlyEscrow() public {
        _mint(alice);
        vm.expectRevert(IGenImNFT.NoSurplus.selector);
        vm.prank(owner);
        nft.withdrawSurplus(owner);
    }

    function test_RevertWhen_WithdrawSurplusToZeroAddress() public {
        vm.expectRevert(IGenImNFT.ZeroAddress.selector);
        vm.prank(owner);
        nft.withdrawSurplus(address(0));
    }

    function test_RevertWhen_WithdrawSurplusTransferFails() public {
        ToggleReceiver sink = new ToggleReceiver();
        vm.deal(address(nft), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, address(sink), 1 ether));
        vm.prank(owner);
        nft.withdrawSurplus(address(sink));
    }

    function test_RevertWhen_WithdrawSurplusCallerNotOwner() public {
        vm.deal(address(nft), 1 ether);
        _expectUnauthorized(attacker);
        nft.withdrawSurplus(attacker);
    }

    function test_TransferOwnership_IsTwoStep() public {
        vm.prank(owner);
        nft.transferOwnership(bob);
        assertEq(nft.owner(), owner);
        assertEq(nft.pendingOwner(), bob);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, carol));
        vm.prank(carol);
        nft.acceptOwnership();
        vm.prank(bob);
        nft.acceptOwnership();
        assertEq(nft.owner(), bob);
    }

    function _decodedPendingJson(uint256 tokenId) internal view returns (string memory) {
        string memory uri = nft.tokenURI(tokenId);
        string memory prefix = "data:application/json;base64,";
        assertTrue(LibString.startsWith(uri, prefix));
        return string(Base64.decode(LibString.slice(uri, bytes(prefix).length)));
    }
}

contract ViewTest is GenImNFTTestBase {
    string internal constant DATA_PREFIX = "data:application/json;base64,";

    function _json(uint256 tokenId) internal view returns (string memory) {
        string memory uri = nft.tokenURI(tokenId);
        assertTrue(LibString.startsWith(uri, DATA_PREFIX), uri);
        return string(Base64.decode(LibString.slice(uri, bytes(DATA_PREFIX).length)));
    }

    function test_TokenURI_PendingIsOnChainJson() public {
        vm.prank(owner);
        nft.setPlaceholderImage("ipfs://bafkreiplaceholder\"quoted");
        uint256 tokenId = _mint(alice, 1);
        string memory json = _json(tokenId);

        assertEq(vm.parseJsonString(json, ".name"), "GenImNFT #1");
        assertEq(vm.parseJsonString(json, ".image"), "ipfs://bafkreiplaceholder\"quoted");
        assertEq(vm.parseJsonString(json, ".description"), "The image for this token is being generated.");
        assertEq(vm.parseJsonUint(json, ".attributes[0].value"), 1);
        assertEq(vm.parseJsonString(json, ".attributes[1].value"), "Generating");
        assertEq(vm.parseJsonString(json, ".attributes[2].display_type"), "date");
        assertEq(vm.parseJsonUint(json, ".attributes[2].value"), nft.request(tokenId).deadline);
    }

    function test_TokenURI_PendingSaysRefundableAfterDeadline() public {
        uint256 tokenId = _mint(alice);
        vm.warp(nft.request(tokenId).deadline);
        assertEq(vm.parseJsonString(_json(tokenId), ".attributes[1].value"), "Generating");
        assertEq(
            vm.parseJsonString(_json(tokenId), ".description"), "The image for this token is being generated."
        );
        vm.warp(block.timestamp + 1);
        assertEq(vm.parseJsonString(_json(tokenId), ".attributes[1].value"), "Refundable");
        assertEq(
            vm.parseJsonString(_json(tokenId), ".description"),
            "No image was delivered in time. The holder can refund the payment."
        );
    }

    function test_TokenURI_TierSurvivesTransfer() public {
        uint256 tokenId = _mint(alice, 1);
        // The first transfer sets a flag next to the tier in the token's record.
        vm.prank(alice);
        nft.transferFrom(alice, bob, tokenId);
        assertEq(vm.parseJsonUint(_json(tokenId), ".attributes[0].value"), 1);
        assertEq(nft.request(tokenId).tier, 1);
    }

    function test_TokenURI_DeliveredWithIpfsBaseIsCid() public {
        uint256 tokenId = _mint(alice);
        // sha256 of the empty file; `ipfs add --cid-version=1 --raw-leaves` gives this CID for it.
        bytes32 emptyFileHash = 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855;
        vm.prank(agent);
        nft.fulfil(tokenId, emptyFileHash);
        assertEq(nft.tokenURI(tokenId), "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    }

    function test_TokenURI_DeliveredWithHttpBaseIsHexJson() public {
        vm.prank(owner);
        nft.setMetadataBaseURI("http://127.0.0.1:8080/metadata/");
        uint256 tokenId = _mint(alice);
        _fulfil(tokenId);
        assertEq(
            nft.tokenURI(tokenId),
            string.concat(
                "http://127.0.0.1:8080/metadata/",
                LibString.toHexStringNoPrefix(uint256(_hash(tokenId)), 32),
                ".json"
            )
        );
    }

    function test_RevertWhen_TokenURINeverMinted() public {
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NonexistentToken.selector, 3));
        nft.tokenURI(3);
    }

    function test_RevertWhen_TokenURIRefunded() public {
        uint256 tokenId = _mint(alice);
        _expire(tokenId);
        vm.prank(alice);
        nft.refund(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NonexistentToken.selector, tokenId));
        nft.tokenURI(tokenId);
    }

    function test_Request_NeverMintedIsEmpty() public view {
        IGenImNFT.Request memory r = nft.request(77);
        assertEq(uint8(r.status), uint8(IGenImNFT.Status.None));
        assertEq(r.requester, address(0));
        assertEq(r.paid, 0);
        assertEq(r.deadline, 0);
    }

    function test_Request_KeepsRequesterAcrossTransfers() public {
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.transferFrom(alice, bob, tokenId);
        vm.prank(bob);
        nft.transferFrom(bob, carol, tokenId);
        assertEq(nft.request(tokenId).requester, alice);
        assertEq(nft.ownerOf(tokenId), carol);
        _fulfil(tokenId);
        IGenImNFT.Request memory r = nft.request(tokenId);
        assertEq(r.requester, alice);
        assertEq(r.tier, 0);
        assertEq(r.paid, PRICE);
    }

    function test_SupportsInterface_AdvertisedStandards() public view {
        assertTrue(nft.supportsInterface(0x01ffc9a7)); // ERC-165
        assertTrue(nft.supportsInterface(0x80ac58cd)); // ERC-721
        assertTrue(nft.supportsInterface(0x5b5e139f)); // ERC-721 Metadata
        assertTrue(nft.supportsInterface(0x49064906)); // ERC-4906
        assertTrue(nft.supportsInterface(0x2a55205a)); // ERC-2981
        assertFalse(nft.supportsInterface(0xffffffff));
        assertFalse(nft.supportsInterface(0x780e9d63)); // ERC-721 Enumerable: not offered
    }

    function test_NameAndSymbol() public view {
        assertEq(nft.name(), "GenImNFT");
        assertEq(nft.symbol(), "GENIM");
    }
}

contract TransferTest is GenImNFTTestBase {
    function test_Transfers_MoveTokenWithoutEther() public {
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.approve(bob, tokenId);
        assertEq(nft.getApproved(tokenId), bob);
        vm.prank(bob);
        nft.transferFrom(alice, bob, tokenId);
        vm.prank(bob);
        nft.safeTransferFrom(bob, carol, tokenId);
        vm.prank(carol);
        nft.safeTransferFrom(carol, alice, tokenId, "");
        assertEq(nft.ownerOf(tokenId), alice);
        assertEq(nft.pendingEscrow(), PRICE);
        assertEq(address(nft).balance, PRICE);
    }

    function test_RevertWhen_ApproveWithEther() public {
        uint256 tokenId = _mint(alice);
        // Not 1 wei: the error must carry the amount actually sent, not a constant.
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, 5));
        vm.prank(alice);
        nft.approve{value: 5}(bob, tokenId);
    }

    function test_RevertWhen_TransferFromWithEther() public {
        uint256 tokenId = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, 2));
        vm.prank(alice);
        nft.transferFrom{value: 2}(alice, bob, tokenId);
    }

    function test_RevertWhen_SafeTransferFromWithEther() public {
        uint256 tokenId = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, 3));
        vm.prank(alice);
        nft.safeTransferFrom{value: 3}(alice, bob, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.UnexpectedEther.selector, 4));
        vm.prank(alice);
        nft.safeTransferFrom{value: 4}(alice, bob, tokenId, "");
        assertEq(nft.ownerOf(tokenId), alice);
        assertEq(nft.surplus(), 0);
    }
}
