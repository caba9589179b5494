// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {Admin} from "../script/Admin.s.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {TestUSDC} from "./utils/TestUSDC.sol";

contract DeployScriptTest is Test {
    Deploy internal script = new Deploy();

    /// @dev A valid configuration to vary.
    function _config() internal pure returns (Deploy.Config memory cfg) {
        cfg.tierPrices = new uint256[](1);
        cfg.tierPrices[0] = 30_000 gwei;
        cfg.tierWindows = new uint256[](1);
        cfg.tierWindows[0] = 1 hours;
        cfg.metadataBaseURI = "ipfs://";
    }

    /// @dev `run` reverts while broadcasting; the broadcast must be stopped before the next `run`.
    function _expectRunReverts(bytes memory err) internal {
        vm.expectRevert(err);
        script.run();
        vm.stopBroadcast();
    }

    /// @dev Environment variables are process-wide and test functions run in parallel, so everything
    /// that reads them runs in this one test, in order: defaults first, then a full configuration,
    /// then a bad one, then another chain than the local one.
    function test_Run_DefaultsThenEnvironmentThenBadInput() public {
        (, address deployer,) = vm.readCallers();

        GenImNFT nft = script.run();
        assertEq(nft.owner(), deployer);
        (uint256 price,, uint32 window) = nft.tiers(0);
        assertEq(price, 30_000 gwei);
        assertEq(window, 1 hours);
        (price,,) = nft.tiers(1);
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
        address usdcToken = makeAddr("usdcToken");
        vm.setEnv("GENIM_USDC", vm.toString(usdcToken));
        vm.setEnv("GENIM_TIER_USDC_PRICES", "100000,0");

        nft = script.run();
        assertEq(nft.usdc(), usdcToken);
        (, uint256 usdcPrice,) = nft.tiers(0);
        assertEq(usdcPrice, 100_000);
        (, usdcPrice,) = nft.tiers(1);
        assertEq(usdcPrice, 0);
        assertEq(nft.terms(), 4); // two tiers and two new agents

        // Ownership is offered to the final owner, who must accept it (two-step).
        assertEq(nft.owner(), deployer);
        assertEq(nft.pendingOwner(), finalOwner);
        vm.prank(finalOwner);
        nft.acceptOwnership();
        assertEq(nft.owner(), finalOwner);
        assertTrue(nft.isAgent(agentA));
        assertTrue(nft.isAgent(agentB));
        (price,, window) = nft.tiers(1);
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
        _expectRunReverts(abi.encodeWithSelector(Deploy.TierListsMismatch.selector, 2, 1));
        vm.setEnv("GENIM_TIER_WINDOWS", "3600,7200");
        vm.setEnv("GENIM_TIER_USDC_PRICES", "100000");
        _expectRunReverts(abi.encodeWithSelector(Deploy.TierUsdcPricesMismatch.selector, 2, 1));
        vm.setEnv("GENIM_TIER_USDC_PRICES", "");
        vm.setEnv("GENIM_USDC", vm.toString(address(0)));

        // Without a receiver, a royalty is a mistake, not something to drop silently.
        vm.setEnv("GENIM_ROYALTY_RECEIVER", vm.toString(address(0)));
        _expectRunReverts(abi.encodeWithSelector(Deploy.RoyaltyWithoutReceiver.selector, 250));
        vm.setEnv("GENIM_ROYALTY_BPS", "0");

        // Off the local chain: the base URI must be given, and be https:// or ipfs://.
        vm.chainId(10);
        vm.setEnv("GENIM_METADATA_BASE_URI", "");
        _expectRunReverts(abi.encodeWithSelector(Deploy.MetadataBaseURIRequired.selector, 10));
        vm.setEnv("GENIM_METADATA_BASE_URI", "http://meta.example/metadata/");
        _expectRunReverts(
            abi.encodeWithSelector(
                Deploy.InvalidMetadataBaseURI.selector, "http://meta.example/metadata/", 10
            )
        );
        vm.setEnv("GENIM_METADATA_BASE_URI", "ipfs://");
        assertEq(script.run().metadataBaseURI(), "ipfs://");
        vm.setEnv("GENIM_METADATA_BASE_URI", "https://meta.example/metadata/");
        assertEq(script.run().metadataBaseURI(), "https://meta.example/metadata/");

        // A throwaway test chain with its own id counts as local when the deployer says so.
        vm.setEnv("GENIM_LOCAL_CHAIN", "true");
        vm.setEnv("GENIM_METADATA_BASE_URI", "http://127.0.0.1:8080/metadata/");
        assertEq(script.run().metadataBaseURI(), "http://127.0.0.1:8080/metadata/");
        vm.setEnv("GENIM_LOCAL_CHAIN", "false");

        // On the local chain an unset base URI still defaults to ipfs://, and http:// is allowed.
        vm.chainId(31_337);
        vm.setEnv("GENIM_METADATA_BASE_URI", "");
        assertEq(script.run().metadataBaseURI(), "ipfs://");
        vm.setEnv("GENIM_METADATA_BASE_URI", "http://127.0.0.1:8080/metadata/");
        assertEq(script.run().metadataBaseURI(), "http://127.0.0.1:8080/metadata/");
    }

    function test_Deploy_AllTierIds() public {
        Deploy.Config memory cfg = _config();
        cfg.tierPrices = new uint256[](256);
        cfg.tierWindows = new uint256[](256);
        for (uint256 i; i < 256; ++i) {
            cfg.tierPrices[i] = (i + 1) * 1 gwei;
            cfg.tierWindows[i] = i + 1;
        }
        GenImNFT nft = script.deploy(cfg, address(script));
        (uint256 price,, uint32 window) = nft.tiers(0);
        assertEq(price, 1 gwei);
        assertEq(window, 1);
        (price,, window) = nft.tiers(255);
        assertEq(price, 256 gwei);
        assertEq(window, 256);
    }

    function test_Deploy_UsdcTokenAndPrices() public {
        Deploy.Config memory cfg = _config();
        cfg.usdc = makeAddr("usdc");
        cfg.tierPrices = new uint256[](2);
        cfg.tierPrices[0] = 30_000 gwei; // tier 1: USDC only
        cfg.tierWindows = new uint256[](2);
        (cfg.tierWindows[0], cfg.tierWindows[1]) = (1 hours, 2 hours);
        cfg.tierUsdcPrices = new uint256[](2);
        (cfg.tierUsdcPrices[0], cfg.tierUsdcPrices[1]) = (100_000, script.MAX_USDC_PRICE());
        GenImNFT nft = script.deploy(cfg, address(script));
        assertEq(nft.usdc(), cfg.usdc);
        assertEq(script.MAX_USDC_PRICE(), nft.MAX_USDC_PRICE());
        (uint256 price, uint256 usdcPrice, uint32 window) = nft.tiers(0);
        assertEq(price, 30_000 gwei);
        assertEq(usdcPrice, 100_000);
        assertEq(window, 1 hours);
        (price, usdcPrice, window) = nft.tiers(1);
        assertEq(price, 0);
        assertEq(usdcPrice, script.MAX_USDC_PRICE());
        assertEq(window, 2 hours);
        assertEq(nft.terms(), 2); // one bump per tier
    }

    function test_RevertWhen_DeployUsdcPricesInvalid() public {
        Deploy.Config memory cfg = _config();
        cfg.tierUsdcPrices = new uint256[](1);
        cfg.tierUsdcPrices[0] = 100_000;
        vm.expectRevert(Deploy.UsdcPricesWithoutToken.selector);
        script.deploy(cfg, address(script));
        cfg.usdc = makeAddr("usdc");
        cfg.tierUsdcPrices[0] = script.MAX_USDC_PRICE() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.UsdcPriceTooHigh.selector, script.MAX_USDC_PRICE() + 1, script.MAX_USDC_PRICE()
            )
        );
        script.deploy(cfg, address(script));
        cfg.tierUsdcPrices = new uint256[](2);
        vm.expectRevert(abi.encodeWithSelector(Deploy.TierUsdcPricesMismatch.selector, 1, 2));
        script.deploy(cfg, address(script));
    }

    function test_RevertWhen_DeployMoreThan256Tiers() public {
        Deploy.Config memory cfg = _config();
        cfg.tierPrices = new uint256[](257);
        cfg.tierWindows = new uint256[](257);
        // A 257th tier would have been cast to tier id 0 and overwritten it.
        vm.expectRevert(abi.encodeWithSelector(Deploy.TooManyTiers.selector, 257, 256));
        script.deploy(cfg, address(script));
    }

    function test_RevertWhen_DeployWindowAboveMax() public {
        Deploy.Config memory cfg = _config();
        assertEq(script.MAX_WINDOW(), new GenImNFT(address(this), address(0)).MAX_WINDOW());
        cfg.tierWindows[0] = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(Deploy.WindowTooLong.selector, 30 days + 1, 30 days));
        script.deploy(cfg, address(script));
        // Far above 32 bits: refused, never truncated.
        cfg.tierWindows[0] = (1 << 32) + 1 hours;
        vm.expectRevert(abi.encodeWithSelector(Deploy.WindowTooLong.selector, (1 << 32) + 1 hours, 30 days));
        script.deploy(cfg, address(script));
    }

    function test_Deploy_RoyaltyUpToFullPrice() public {
        Deploy.Config memory cfg = _config();
        cfg.royaltyReceiver = makeAddr("royalty");
        cfg.royaltyBps = 10_000;
        GenImNFT nft = script.deploy(cfg, address(script));
        (address receiver, uint256 amount) = nft.royaltyInfo(1, 1 ether);
        assertEq(receiver, cfg.royaltyReceiver);
        assertEq(amount, 1 ether);
    }

    function test_RevertWhen_DeployRoyaltyAboveFullPrice() public {
        Deploy.Config memory cfg = _config();
        cfg.royaltyReceiver = makeAddr("royalty");
        cfg.royaltyBps = 10_001;
        vm.expectRevert(abi.encodeWithSelector(Deploy.RoyaltyTooHigh.selector, 10_001, 10_000));
        script.deploy(cfg, address(script));
        // 2^96 + 250 would have been truncated to 250 by a uint96 cast.
        cfg.royaltyBps = (1 << 96) + 250;
        vm.expectRevert(abi.encodeWithSelector(Deploy.RoyaltyTooHigh.selector, (1 << 96) + 250, 10_000));
        script.deploy(cfg, address(script));
    }

    function test_RevertWhen_DeployRoyaltyWithoutReceiver() public {
        Deploy.Config memory cfg = _config();
        cfg.royaltyBps = 1;
        vm.expectRevert(abi.encodeWithSelector(Deploy.RoyaltyWithoutReceiver.selector, 1));
        script.deploy(cfg, address(script));
    }

    function test_IsValidMetadataBaseURI_Cases() public view {
        bool local = true;
        bool optimism = false;
        assertTrue(script.isValidMetadataBaseURI("ipfs://", optimism));
        assertTrue(script.isValidMetadataBaseURI("https://meta.example/", optimism));
        assertTrue(script.isValidMetadataBaseURI("https://meta.example/metadata/", optimism));
        assertTrue(script.isValidMetadataBaseURI("http://127.0.0.1:8080/metadata/", local));
        assertTrue(script.isValidMetadataBaseURI("https://a/", local));

        assertFalse(script.isValidMetadataBaseURI("http://127.0.0.1:8080/metadata/", optimism));
        assertFalse(script.isValidMetadataBaseURI("https://meta.example/metadata", optimism)); // no final /
        assertFalse(script.isValidMetadataBaseURI("ipfs://bafy/", optimism)); // only exactly ipfs://
        assertFalse(script.isValidMetadataBaseURI("ipfs:/", optimism));
        assertFalse(script.isValidMetadataBaseURI("https://", optimism)); // no host
        assertFalse(script.isValidMetadataBaseURI("https:///", optimism));
        assertFalse(script.isValidMetadataBaseURI("http:///", local));
        assertFalse(script.isValidMetadataBaseURI("http://", local));
        assertFalse(script.isValidMetadataBaseURI("", local));
        assertFalse(script.isValidMetadataBaseURI("ftp://meta.example/", local));
        assertFalse(script.isValidMetadataBaseURI("HTTPS://meta.example/", optimism));
    }

    function test_RevertWhen_DeployBaseURIInvalid() public {
        Deploy.Config memory cfg = _config();
        cfg.metadataBaseURI = "https://meta.example/metadata";
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.InvalidMetadataBaseURI.selector, "https://meta.example/metadata", block.chainid
            )
        );
        script.deploy(cfg, address(script));
    }

    function test_AdminScripts_ChangeStateAsOwner() public {
        (, address deployer,) = vm.readCallers();
        GenImNFT nft = new GenImNFT(deployer, address(0));
        Admin admin = new Admin();
        address keeper = makeAddr("keeper");

        admin.setTier(nft, 2, 1 ether, 0, 600);
        admin.setAgent(nft, keeper, true);
        admin.setPaused(nft, true);
        admin.setMetadataBaseURI(nft, "https://meta.example/m/");
        (uint256 price,, uint32 window) = nft.tiers(2);
        assertEq(price, 1 ether);
        assertEq(window, 600);
        assertEq(nft.terms(), 2);
        assertEq(nft.metadataBaseURI(), "https://meta.example/m/");
        assertTrue(nft.isAgent(keeper));
        assertTrue(nft.paused());
        admin.setPaused(nft, false);
        assertFalse(nft.paused());

        vm.deal(address(nft), 3 ether); // forced ETH: the only surplus
        uint256 before = deployer.balance;
        assertEq(admin.withdrawSurplus(nft, deployer), 3 ether);
        assertEq(deployer.balance - before, 3 ether);
    }

    function test_AdminScripts_UsdcTierAndSurplus() public {
        (, address deployer,) = vm.readCallers();
        TestUSDC usdc = new TestUSDC();
        GenImNFT nft = new GenImNFT(deployer, address(usdc));
        Admin admin = new Admin();
        admin.setTier(nft, 1, 0, 250_000, 900);
        (uint256 price, uint256 usdcPrice, uint32 window) = nft.tiers(1);
        assertEq(price, 0);
        assertEq(usdcPrice, 250_000);
        assertEq(window, 900);
        usdc.mint(address(nft), 7e6); // sent outside a mint: the only surplus
        assertEq(admin.withdrawUsdcSurplus(nft, deployer), 7e6);
        assertEq(usdc.balanceOf(deployer), 7e6);
    }
}
