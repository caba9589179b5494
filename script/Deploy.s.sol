// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script} from "forge-std/Script.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";

/// @title Deploy
/// @notice Deploys and configures GenImNFT from environment variables (all optional):
/// - `GENIM_OWNER`: final owner; if it is not the deployer, ownership is offered to it and it must call
///   `acceptOwnership()` (two-step). Default: the deployer.
/// - `GENIM_AGENTS`: comma-separated keeper addresses to authorize. Default: none.
/// - `GENIM_TIER_PRICES` / `GENIM_TIER_WINDOWS`: comma-separated price (wei, whole gwei) and window
///   (seconds) of tiers 0, 1, ... Default: one tier of 0.00003 ETH (about 10 cents) and 1 hour.
/// - `GENIM_METADATA_BASE_URI`: `ipfs://` (default) or an HTTP prefix such as `https://host/metadata/`.
/// - `GENIM_PLACEHOLDER_IMAGE`, `GENIM_CONTRACT_URI`: URIs. Default: a built-in SVG, and none.
/// - `GENIM_ROYALTY_RECEIVER`, `GENIM_ROYALTY_BPS`: ERC-2981 default royalty. Default: none.
contract Deploy is Script {
    /// @notice Everything the deployment configures.
    struct Config {
        address owner;
        address[] agents;
        uint256[] tierPrices;
        uint256[] tierWindows;
        string metadataBaseURI;
        string placeholderImage;
        string contractURI;
        address royaltyReceiver;
        uint96 royaltyBps;
    }

    /// @notice Thrown when the tier price and window lists differ in length.
    error TierListsMismatch(uint256 prices, uint256 windows);
    /// @notice Thrown when a tier window does not fit in 32 bits.
    error WindowTooLong(uint256 window);

    /// @dev 0.00003 ETH: about 10 US cents at 3,300 USD/ETH.
    uint256 internal constant _DEFAULT_PRICE = 30_000 gwei;
    uint256 internal constant _DEFAULT_WINDOW = 1 hours;
    string internal constant _DEFAULT_PLACEHOLDER =
        "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA1MTIgNTEyIj48cmVjdCB3aWR0aD0iNTEyIiBoZWlnaHQ9IjUxMiIgZmlsbD0iIzFmMjkzNyIvPjx0ZXh0IHg9IjI1NiIgeT0iMjU2IiBmaWxsPSIjZTVlN2ViIiBmb250LWZhbWlseT0ic2Fucy1zZXJpZiIgZm9udC1zaXplPSIzMiIgdGV4dC1hbmNob3I9Im1pZGRsZSI+R2VuZXJhdGluZy4uLjwvdGV4dD48L3N2Zz4=";

    /// @notice Deploys with the configuration read from the environment, broadcasting as the sender
    /// given to `forge script` (`--private-key`, `--account` or `--ledger`).
    /// @return nft The deployed, configured contract.
    function run() external returns (GenImNFT nft) {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        nft = deploy(configFromEnv(deployer), deployer);
        vm.stopBroadcast();
    }

    /// @notice Reads the configuration from the environment, defaulting the owner to `deployer`.
    function configFromEnv(address deployer) public view returns (Config memory cfg) {
        cfg.owner = vm.envOr("GENIM_OWNER", deployer);
        cfg.agents = vm.envOr("GENIM_AGENTS", ",", new address[](0));
        uint256[] memory defaultPrices = new uint256[](1);
        defaultPrices[0] = _DEFAULT_PRICE;
        uint256[] memory defaultWindows = new uint256[](1);
        defaultWindows[0] = _DEFAULT_WINDOW;
        cfg.tierPrices = vm.envOr("GENIM_TIER_PRICES", ",", defaultPrices);
        cfg.tierWindows = vm.envOr("GENIM_TIER_WINDOWS", ",", defaultWindows);
        cfg.metadataBaseURI = vm.envOr("GENIM_METADATA_BASE_URI", string("ipfs://"));
        cfg.placeholderImage = vm.envOr("GENIM_PLACEHOLDER_IMAGE", _DEFAULT_PLACEHOLDER);
        cfg.contractURI = vm.envOr("GENIM_CONTRACT_URI", string(""));
        cfg.royaltyReceiver = vm.envOr("GENIM_ROYALTY_RECEIVER", address(0));
        cfg.royaltyBps = uint96(vm.envOr("GENIM_ROYALTY_BPS", uint256(0)));
    }

    /// @notice Deploys and configures; the caller must be broadcasting as (or pranking) `deployer`.
    function deploy(Config memory cfg, address deployer) public returns (GenImNFT nft) {
        if (cfg.tierPrices.length != cfg.tierWindows.length) {
            revert TierListsMismatch(cfg.tierPrices.length, cfg.tierWindows.length);
        }
        nft = new GenImNFT(deployer);
        for (uint256 i; i < cfg.tierPrices.length; ++i) {
            if (cfg.tierWindows[i] > type(uint32).max) revert WindowTooLong(cfg.tierWindows[i]);
            // forge-lint: disable-next-line(unsafe-typecast) both bounded: i < 256 tiers, window checked.
            nft.setTier(uint8(i), cfg.tierPrices[i], uint32(cfg.tierWindows[i]));
        }
        for (uint256 i; i < cfg.agents.length; ++i) {
            nft.setAgent(cfg.agents[i], true);
        }
        if (keccak256(bytes(cfg.metadataBaseURI)) != keccak256("ipfs://")) {
            nft.setMetadataBaseURI(cfg.metadataBaseURI);
        }
        nft.setPlaceholderImage(cfg.placeholderImage);
        if (bytes(cfg.contractURI).length != 0) nft.setContractURI(cfg.contractURI);
        if (cfg.royaltyReceiver != address(0)) nft.setDefaultRoyalty(cfg.royaltyReceiver, cfg.royaltyBps);
        if (cfg.owner != deployer) nft.transferOwnership(cfg.owner);
    }
}
