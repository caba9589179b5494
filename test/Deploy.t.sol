// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {Admin} from "../script/Admin.s.sol";
import {Deploy} from "../script/Deploy.s.sol";

contract DeployScriptTest is Test {
    /// @dev Environment variables are process-wide and test functions run in parallel, so everything
    /// that reads them runs in this one test, in order: defaults first, then a full configuration,
    /// then a bad one.
    function test_Run_DefaultsThenEnvironmentThenBadInput() public {
        Deploy script = new Deploy();
        (, address deployer,) = vm.readCallers();

        GenImNFT nft = script.run();
        assertEq(nft.owner(), deployer);
        (uint256 price, uint32 window) = nft.tiers(0);
        assertEq(price, 30_000 gwei);
        assertEq(window, 1 hours);
        (price,) = nft.tiers(1);
        assertEq(price, 0);
        assertEq(nft.metadataBaseURI(), "ipfs://");
        assertTrue(bytes(nft.placeholderImage()).length > 0);
        assertEq(nft.contractURI(), "");
        (address receiver,) = nft.royaltyInfo(1, 1 ether);
        assertEq(receiver, address(0));

        address finalOwner = makeAddr("finalOwner");
        address agentA = makeAddr("agentA");
        address agentB = makeAddr("agentB");
        address royalty = makeAddr("royalty");
        vm.setEnv("GENIM_OWNER", vm.toString(finalOwner));
        vm.setEnv("GENIM_AGENTS", string.concat(vm.toString(agentA), ",", vm.toString(agentB)));
        vm.setEnv("GENIM_TIER_PRICES", "30000000000000,90000000000000");
        vm.setEnv("GENIM_TIER_WINDOWS", "3600,7200");
        vm.setEnv("GENIM_METADATA_BASE_URI", "https://meta.example/metadata/");
        vm.setEnv("GENIM_PLACEHOLDER_IMAGE", "ipfs://placeholder");
        vm.setEnv("GENIM_CONTRACT_URI", "ipfs://collection");
        vm.setEnv("GENIM_ROYALTY_RECEIVER", vm.toString(royalty));
        vm.setEnv("GENIM_ROYALTY_BPS", "250");

        nft = script.run();

        // Ownership is offered to the final owner, who must accept it (two-step).
        assertEq(nft.owner(), deployer);
        assertEq(nft.pendingOwner(), finalOwner);
        vm.prank(finalOwner);
        nft.acceptOwnership();
        assertEq(nft.owner(), finalOwner);
        assertTrue(nft.isAgent(agentA));
        assertTrue(nft.isAgent(agentB));
        (price, window) = nft.tiers(1);
        assertEq(price, 90_000 gwei);
        assertEq(window, 7200);
        assertEq(nft.metadataBaseURI(), "https://meta.example/metadata/");
        assertEq(nft.placeholderImage(), "ipfs://placeholder");
        assertEq(nft.contractURI(), "ipfs://collection");
        uint256 amount;
        (receiver, amount) = nft.royaltyInfo(1, 10_000);
        assertEq(receiver, royalty);
        assertEq(amount, 250);

        vm.setEnv("GENIM_TIER_WINDOWS", "3600");
        vm.expectRevert(abi.encodeWithSelector(Deploy.TierListsMismatch.selector, 2, 1));
        script.run();
    }

    function test_AdminScripts_ChangeStateAsOwner() public {
        (, address deployer,) = vm.readCallers();
        GenImNFT nft = new GenImNFT(deployer);
        Admin admin = new Admin();
        address keeper = makeAddr("keeper");

        admin.setTier(nft, 2, 1 ether, 600);
        admin.setAgent(nft, keeper, true);
        admin.setPaused(nft, true);
        (uint256 price, uint32 window) = nft.tiers(2);
        assertEq(price, 1 ether);
        assertEq(window, 600);
        assertTrue(nft.isAgent(keeper));
        assertTrue(nft.paused());
        admin.setPaused(nft, false);
        assertFalse(nft.paused());

        vm.deal(address(nft), 3 ether); // forced ETH: the only surplus
        uint256 before = deployer.balance;
        assertEq(admin.withdrawSurplus(nft, deployer), 3 ether);
        assertEq(deployer.balance - before, 3 ether);
    }
}
