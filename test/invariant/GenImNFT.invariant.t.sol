// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StdInvariant} from "forge-std/StdInvariant.sol";
import {Test, console} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {TestUSDC} from "../utils/TestUSDC.sol";
import {GenImNFTHandler} from "./GenImNFTHandler.sol";

/// @dev The handler checks every call's outcome against its model; these invariants compare the
/// contract's state, after every call, with the handler's independent model and money figures.
contract GenImNFTInvariantTest is Test {
    GenImNFT internal nft;
    TestUSDC internal usdc;
    GenImNFTHandler internal handler;
    address internal owner = makeAddr("owner");

    function setUp() public {
        vm.warp(1_750_000_000);
        usdc = new TestUSDC();
        nft = new GenImNFT(owner, address(usdc));
        handler = new GenImNFTHandler(nft, usdc, owner);
        vm.startPrank(owner);
        nft.setTier(0, 30_000 gwei, 0, 1 hours);
        nft.setTier(1, 90_000 gwei, 300_000, 2 hours);
        nft.setTier(2, 0, 100_000, 1 hours);
        nft.setAgent(handler.eoaAgent(), true);
        nft.setAgent(address(handler.contractAgent()), true);
        vm.stopPrank();
        handler.initModel();
        address[] memory buyers = handler.buyers();
        for (uint256 i; i < buyers.length; ++i) {
            usdc.mint(buyers[i], 1e15);
        }

        bytes4[] memory selectors = new bytes4[](29);
        selectors[0] = GenImNFTHandler.mint.selector;
        selectors[1] = GenImNFTHandler.refund.selector;
        selectors[2] = GenImNFTHandler.claim.selector;
        selectors[3] = GenImNFTHandler.transfer.selector;
        selectors[4] = GenImNFTHandler.approve.selector;
        selectors[5] = GenImNFTHandler.setApprovalForAll.selector;
        selectors[6] = GenImNFTHandler.fulfil.selector;
        selectors[7] = GenImNFTHandler.fulfilBatch.selector;
        selectors[8] = GenImNFTHandler.setTier.selector;
        selectors[9] = GenImNFTHandler.setAgent.selector;
        selectors[10] = GenImNFTHandler.setPaused.selector;
        selectors[11] = GenImNFTHandler.withdrawSurplus.selector;
        selectors[12] = GenImNFTHandler.setMetadata.selector;
        selectors[13] = GenImNFTHandler.warp.selector;
        selectors[14] = GenImNFTHandler.forceEth.selector;
        selectors[15] = GenImNFTHandler.checkToken.selector;
        // A second entry for the actions that make and settle tokens: more of them in every run.
        selectors[16] = GenImNFTHandler.mint.selector;
        selectors[17] = GenImNFTHandler.fulfil.selector;
        selectors[18] = GenImNFTHandler.refund.selector;
        selectors[19] = GenImNFTHandler.claim.selector;
        selectors[20] = GenImNFTHandler.warp.selector;
        selectors[21] = GenImNFTHandler.mintUsdc.selector;
        selectors[22] = GenImNFTHandler.mintUsdc.selector;
        selectors[23] = GenImNFTHandler.mintUsdc.selector;
        selectors[24] = GenImNFTHandler.claimUsdc.selector;
        selectors[25] = GenImNFTHandler.blocklist.selector;
        selectors[26] = GenImNFTHandler.withdrawUsdcSurplus.selector;
        selectors[27] = GenImNFTHandler.forceUsdc.selector;
        selectors[28] = GenImNFTHandler.refund.selector;
        targetSelector(StdInvariant.FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice The contract matches the handler's independent model after every call. One campaign
    /// checks all of the properties below (one campaign per property would cost six times the time).
    function invariant_ContractMatchesIndependentModel() public view {
        _checkEthIsConserved();
        _checkBalanceCoversEscrowAndCredits();
        _checkUsdcIsConservedAndCovered();
        _checkEscrowAndCreditsMatchModel();
        _checkEachPartyGetsWhatItIsOwed();
        _checkTokensMatchModel();
        _checkAgentsAndSettingsMatchModel();
    }

    /// ETH is conserved: the balance is what the handler paid in minus what the parties were measured
    /// to receive.
    function _checkEthIsConserved() internal view {
        assertEq(address(nft).balance, handler.ghostIn() - handler.ghostOut());
    }

    /// The contract can always pay everything it owes; `surplus` is exactly the rest.
    function _checkBalanceCoversEscrowAndCredits() internal view {
        uint256 owed = nft.pendingEscrow() + nft.totalCredits();
        assertGe(address(nft).balance, owed);
        assertEq(nft.surplus(), address(nft).balance - owed);
        assertEq(nft.surplus(), handler.modelSurplus());
    }

    /// USDC, counted apart from ETH: the balance is what came in minus what the parties were measured to
    /// receive; it covers pending USDC escrow plus USDC credits; escrow, credits, surplus and every
    /// party's due match the model; the attacker (who relays every USDC mint) gets nothing.
    function _checkUsdcIsConservedAndCovered() internal view {
        uint256 balance = usdc.balanceOf(address(nft));
        assertEq(balance, handler.usdcIn() - handler.usdcOut());
        uint256 owed = nft.pendingUsdcEscrow() + nft.totalUsdcCredits();
        assertGe(balance, owed);
        assertEq(nft.usdcSurplus(), balance - owed);
        assertEq(nft.usdcSurplus(), handler.modelUsdcSurplus());
        assertEq(nft.pendingUsdcEscrow(), handler.modelPendingUsdcEscrow());
        assertEq(nft.totalUsdcCredits(), handler.modelTotalUsdcCredits());
        address[] memory accounts = handler.accounts();
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            uint256 credit = nft.usdcCredits(accounts[i]);
            assertEq(credit, handler.modelUsdcCredits(accounts[i]));
            assertEq(handler.usdcReceived(accounts[i]) + credit, handler.usdcEntitled(accounts[i]));
            sum += credit;
        }
        assertEq(nft.totalUsdcCredits(), sum);
        assertEq(handler.usdcEntitled(handler.attacker()), 0);
        assertEq(nft.terms(), handler.modelTerms());
    }

    /// Pending escrow and credits match the model, account by account.
    function _checkEscrowAndCreditsMatchModel() internal view {
        assertEq(nft.pendingEscrow(), handler.modelPendingEscrow());
        assertEq(nft.totalCredits(), handler.modelTotalCredits());
        address[] memory accounts = handler.accounts();
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(nft.credits(accounts[i]), handler.modelCredits(accounts[i]));
            sum += nft.credits(accounts[i]);
        }
        assertEq(nft.totalCredits(), sum);
    }

    /// Every party got exactly what it is owed (escrow of what it delivered, refunds of what it held,
    /// surplus sent to it): received, measured by balance changes, plus its credit. The attacker gets
    /// nothing.
    function _checkEachPartyGetsWhatItIsOwed() internal view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(handler.received(accounts[i]) + nft.credits(accounts[i]), handler.entitled(accounts[i]));
        }
        assertEq(handler.entitled(handler.attacker()), 0);
    }

    /// Each token's record and status match the model: settled at most once, never both delivered and
    /// refunded, paid to the party that settled it, its record unchanged by tier changes.
    function _checkTokensMatchModel() internal view {
        uint256 n = handler.modelTotalMinted();
        assertEq(nft.totalMinted(), n);
        for (uint256 tokenId = 1; tokenId <= n; ++tokenId) {
            GenImNFTHandler.Token memory t = handler.tokenModel(tokenId);
            IGenImNFT.Request memory r = nft.request(tokenId);
            assertEq(uint8(r.status), uint8(t.status));
            assertEq(r.paid, t.paid);
            assertEq(r.deadline, t.deadline);
            assertEq(r.tier, t.tier);
            assertEq(r.requester, t.requester);
            assertEq(uint8(r.currency), uint8(t.currency));
            // Each token's escrow left the contract (or was credited) once if settled, never otherwise.
            assertEq(handler.payouts(tokenId), t.status == IGenImNFT.Status.Pending ? 0 : 1);
            if (t.status == IGenImNFT.Status.Delivered) assertEq(r.metadataHash, t.metadataHash);
            if (t.status != IGenImNFT.Status.Refunded) assertEq(nft.ownerOf(tokenId), t.holder);
        }
    }

    /// Agents' marks, the pause flag and the tiers match the model: no agent can deliver a token minted
    /// before its authorization.
    function _checkAgentsAndSettingsMatchModel() internal view {
        address[] memory agents = handler.agents();
        for (uint256 i; i < agents.length; ++i) {
            uint256 first = handler.modelFirstTokenId(agents[i]);
            assertEq(nft.agentFirstTokenId(agents[i]), first);
            assertEq(nft.isAgent(agents[i]), first != 0);
        }
        assertEq(nft.paused(), handler.modelPaused());
    }

    /// @dev Prints this run's per-action counts and, across the campaign's runs so far, how many runs
    /// had at least one successful refund, claim, delivery by batch, and so on (kept in environment
    /// variables, the only state that outlives a run).
    function afterInvariant() external {
        string[37] memory names = [
            "mint.ok",
            "mint.reverted",
            "fulfil.ok",
            "fulfil.reverted",
            "fulfilBatch.ok",
            "fulfilBatch.delivered>0",
            "fulfilBatch.reverted",
            "refund.ok",
            "refund.reverted",
            "claim.ok",
            "claim.reverted",
            "transfer.ok",
            "transfer.reverted",
            "approve.ok",
            "approve.reverted",
            "setApprovalForAll.ok",
            "setTier.ok",
            "setTier.reverted",
            "setAgent.ok",
            "setAgent.reverted",
            "pause.ok",
            "unpause.ok",
            "withdrawSurplus.ok",
            "withdrawSurplus.reverted",
            "setMetadataBaseURI.ok",
            "tokenURI.ok",
            "tokenURI.reverted",
            "warp",
            "forceEth",
            "mintUsdc.ok",
            "mintUsdc.reverted",
            "claimUsdc.ok",
            "claimUsdc.reverted",
            "blocklist",
            "withdrawUsdcSurplus.ok",
            "withdrawUsdcSurplus.reverted",
            "forceUsdc"
        ];
        string memory line = string.concat("this run: tokens ", vm.toString(handler.modelTotalMinted()));
        for (uint256 i; i < names.length; ++i) {
            line = string.concat(line, " | ", names[i], " ", vm.toString(handler.calls(names[i])));
        }
        console.log(line);

        uint256 runs = _bump("GENIM_INVARIANT_RUNS", true);
        line = string.concat("runs ", vm.toString(runs), "; runs with at least one");
        for (uint256 i; i < names.length; ++i) {
            uint256 withAction =
                _bump(string.concat("GENIM_INVARIANT_", names[i]), handler.calls(names[i]) != 0);
            line = string.concat(line, " | ", names[i], " ", vm.toString(withAction));
        }
        console.log(line);
    }

    function _bump(string memory key, bool happened) internal returns (uint256 count) {
        count = vm.envOr(key, uint256(0)) + (happened ? 1 : 0);
        vm.setEnv(key, vm.toString(count));
    }
}
