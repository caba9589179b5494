// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, console} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {GenImNFTHandler} from "./GenImNFTHandler.sol";

contract GenImNFTInvariantTest is Test {
    GenImNFT internal nft;
    GenImNFTHandler internal handler;
    address internal owner = makeAddr("owner");

    function setUp() public {
        vm.warp(1_750_000_000);
        nft = new GenImNFT(owner);
        handler = new GenImNFTHandler(nft, owner);
        vm.startPrank(owner);
        nft.setTier(0, 30_000 gwei, 1 hours);
        nft.setTier(1, 90_000 gwei, 2 hours);
        nft.setAgent(handler.eoaAgent(), true);
        nft.setAgent(address(handler.contractAgent()), true);
        vm.stopPrank();
        targetContract(address(handler));
    }

    /// The contract can always pay everything it owes, and the owner's withdrawal never touches it.
    function invariant_BalanceCoversEscrowAndCredits() public view {
        assertGe(address(nft).balance, nft.pendingEscrow() + nft.totalCredits());
    }

    /// Every wei that came in is either still held or left through a path the handler accounted for.
    function invariant_EthIsConserved() public view {
        assertEq(address(nft).balance, handler.ghostIn() - handler.ghostOut());
    }

    /// Pending escrow is exactly the sum of what the minters of still-pending tokens paid.
    function invariant_PendingEscrowIsSumOfPendingPayments() public view {
        uint256 sum;
        uint256 n = handler.idsLength();
        for (uint256 i; i < n; ++i) {
            uint256 tokenId = handler.ids(i);
            if (handler.deliveries(tokenId) == 0 && handler.refunds(tokenId) == 0) {
                sum += handler.paidAtMint(tokenId);
            }
        }
        assertEq(nft.pendingEscrow(), sum);
    }

    function invariant_TotalCreditsIsSumOfCredits() public view {
        address[] memory accounts = handler.creditHolders();
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            sum += nft.credits(accounts[i]);
        }
        assertEq(nft.totalCredits(), sum);
    }

    /// Each token is settled at most once, delivered or refunded, never both; and its record (what was
    /// paid, the deadline, the tier, the requester) never changes, whatever happens to tier prices.
    function invariant_EachTokenSettledOnceWithItsRecordIntact() public view {
        uint256 n = handler.idsLength();
        for (uint256 i; i < n; ++i) {
            uint256 tokenId = handler.ids(i);
            uint256 settled = handler.deliveries(tokenId) + handler.refunds(tokenId);
            assertLe(settled, 1);
            IGenImNFT.Request memory r = nft.request(tokenId);
            assertEq(r.paid, handler.paidAtMint(tokenId));
            assertEq(r.deadline, handler.deadlineAtMint(tokenId));
            assertEq(r.tier, handler.tierAtMint(tokenId));
            assertEq(r.requester, handler.requesterAtMint(tokenId));
            IGenImNFT.Status expected = handler.deliveries(tokenId) == 1
                ? IGenImNFT.Status.Delivered
                : handler.refunds(tokenId) == 1 ? IGenImNFT.Status.Refunded : IGenImNFT.Status.Pending;
            assertEq(uint8(r.status), uint8(expected));
        }
    }

    function invariant_AttackerNeverSucceeds() public view {
        assertEq(handler.attackerWins(), 0);
    }

    function afterInvariant() external view {
        console.log("tokens minted", handler.idsLength());
        string[12] memory names = [
            "mint",
            "fulfil",
            "fulfilBatch",
            "refund",
            "transfer",
            "claim",
            "setTier",
            "setPaused",
            "warp",
            "forceEth",
            "withdrawSurplus",
            "attack"
        ];
        for (uint256 i; i < names.length; ++i) {
            console.log(names[i], handler.calls(names[i]));
        }
    }
}
