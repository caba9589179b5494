// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console} from "forge-std/Script.sol";
import {LibString} from "solady/utils/LibString.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";

/// @title Deploy
/// @notice Deploys and configures GenImNFT from environment variables (all optional on a local chain:
/// id 31337, or any chain when `GENIM_LOCAL_CHAIN=true` marks it as a throwaway test chain; elsewhere
/// `GENIM_METADATA_BASE_URI` is required):
/// - `GENIM_OWNER`: final owner; if it is not the deployer, ownership is offered to it and it must call
///   `acceptOwnership()` (two-step). Default: the deployer.
/// - `GENIM_AGENTS`: comma-separated keeper addresses to authorize. Default: none.
/// - `GENIM_TIER_PRICES` / `GENIM_TIER_WINDOWS`: comma-separated price (wei, whole gwei; 0: not
///   offered in ETH) and window (seconds, at most `MAX_WINDOW`) of tiers 0, 1, ... (at most 256 tiers).
///   Default: one tier of 0.00003 ETH (about 10 cents) and 1 hour.
/// - `GENIM_USDC`: the USDC token the contract accepts, fixed for its lifetime. Default: none (ETH only).
/// - `GENIM_TIER_USDC_PRICES`: comma-separated USDC prices (units of 6 decimals: 100000 is 10 cents;
///   0: not offered in USDC) of the same tiers, as many as `GENIM_TIER_PRICES`. Needs `GENIM_USDC`.
///   Default: none (every tier ETH only).
/// - `GENIM_METADATA_BASE_URI`: exactly `ipfs://`, or a prefix that starts with `https://` and ends with
///   `/`, such as `https://host/metadata/` (`http://` too, on the local chain only). Required except on
///   the local chain, where it defaults to `ipfs://`.
/// - `GENIM_PLACEHOLDER_IMAGE`, `GENIM_CONTRACT_URI`: URIs. Default: a built-in SVG, and none.
/// - `GENIM_ROYALTY_RECEIVER`, `GENIM_ROYALTY_BPS`: ERC-2981 default royalty (at most 10,000 bps; bps
///   need a receiver). Default: none.
contract Deploy is Script {
    using LibString for string;

    /// @notice Everything the deployment configures.
    struct Config {
        address owner;
        address[] agents;
        /// The USDC token, or zero for ETH only.
        address usdc;
        uint256[] tierPrices;
        /// USDC prices of the tiers (empty: none offered in USDC).
        uint256[] tierUsdcPrices;
        uint256[] tierWindows;
        string metadataBaseURI;
        /// Whether the chain is a local test chain (defaults allowed, `http://` base URIs allowed).
        bool localChain;
        string placeholderImage;
        string contractURI;
        address royaltyReceiver;
        uint256 royaltyBps;
    }

    /// @notice Thrown when the tier price and window lists differ in length.
    error TierListsMismatch(uint256 prices, uint256 windows);
    /// @notice Thrown when the USDC price list is neither empty nor as long as the tier price list.
    error TierUsdcPricesMismatch(uint256 prices, uint256 usdcPrices);
    /// @notice Thrown when USDC prices are configured without a USDC token.
    error UsdcPricesWithoutToken();
    /// @notice Thrown when a USDC price exceeds the contract's `MAX_USDC_PRICE`.
    error UsdcPriceTooHigh(uint256 usdcPrice, uint256 maxPrice);
    /// @notice Thrown when more tiers are configured than tier ids exist.
    error TooManyTiers(uint256 count, uint256 maxCount);
    /// @notice Thrown when a tier window is longer than the contract's `MAX_WINDOW`.
    error WindowTooLong(uint256 window, uint256 maxWindow);
    /// @notice Thrown when the royalty is above 100 % (10,000 basis points).
    error RoyaltyTooHigh(uint256 bps, uint256 maxBps);
    /// @notice Thrown when a royalty is set without a receiver.
    error RoyaltyWithoutReceiver(uint256 bps);
    /// @notice Thrown when `GENIM_METADATA_BASE_URI` is not set on a chain other than the local one.
    error MetadataBaseURIRequired(uint256 chainId);
    /// @notice Thrown when the metadata base URI is neither `ipfs://` nor an `https://` (on the local
    /// chain also `http://`) prefix ending in `/`.
    error InvalidMetadataBaseURI(string baseURI, uint256 chainId);

    /// @notice Anvil's chain id: the only chain with defaults for everything and `http://` base URIs.
    uint256 public constant LOCAL_CHAIN_ID = 31_337;
    /// @notice How many tiers there can be: tier ids are 8 bits.
    uint256 public constant MAX_TIERS = 256;
    /// @notice The contract's `MAX_WINDOW` (a contract's constant cannot be read at compile time; the
    /// script's test checks that they agree).
    uint256 public constant MAX_WINDOW = 30 days;
    /// @notice Highest royalty: 100 %.
    uint256 public constant MAX_ROYALTY_BPS = 10_000;
    /// @notice The contract's `MAX_USDC_PRICE` (checked equal by the script's test).
    uint256 public constant MAX_USDC_PRICE = (1 << 40) - 1;

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
        Config memory cfg = configFromEnv(deployer);
        nft = deploy(cfg, deployer);
        vm.stopBroadcast();
        printKeeperConfig(nft, cfg);
    }

    /// @notice Prints where the keeper starts reading logs (the deployment block) and a keeper
    /// configuration snippet for this deployment.
    function printKeeperConfig(GenImNFT nft, Config memory cfg) public view {
        // The deployment lands in this block or a later one: a safe place for the keeper to start.
        console.log(
            "GenImNFT deployed at %s from block %s (chain %s)", address(nft), block.number, block.chainid
        );
        console.log("USDC: %s", cfg.usdc == address(0) ? "none (ETH only)" : vm.toString(cfg.usdc));
        console.log("keeper configuration:");
        console.log("[chain]");
        console.log("contract = \"%s\"", address(nft));
        console.log("start_block = %s", block.number);
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
        cfg.usdc = vm.envOr("GENIM_USDC", address(0));
        cfg.tierUsdcPrices = vm.envOr("GENIM_TIER_USDC_PRICES", ",", new uint256[](0));
        cfg.localChain = block.chainid == LOCAL_CHAIN_ID || vm.envOr("GENIM_LOCAL_CHAIN", false);
        cfg.metadataBaseURI = vm.envOr("GENIM_METADATA_BASE_URI", string(""));
        if (bytes(cfg.metadataBaseURI).length == 0) {
            if (!cfg.localChain) revert MetadataBaseURIRequired(block.chainid);
            cfg.metadataBaseURI = "ipfs://";
        }
        cfg.placeholderImage = vm.envOr("GENIM_PLACEHOLDER_IMAGE", _DEFAULT_PLACEHOLDER);
        cfg.contractURI = vm.envOr("GENIM_CONTRACT_URI", string(""));
        cfg.royaltyReceiver = vm.envOr("GENIM_ROYALTY_RECEIVER", address(0));
        cfg.royaltyBps = vm.envOr("GENIM_ROYALTY_BPS", uint256(0));
    }

    /// @notice Deploys and configures; the caller must be broadcasting as (or pranking) `deployer`.
    /// Checks the whole configuration before deploying anything.
    function deploy(Config memory cfg, address deployer) public returns (GenImNFT nft) {
        validate(cfg);
        nft = new GenImNFT(deployer, cfg.usdc);
        bool withUsdc = cfg.tierUsdcPrices.length != 0;
        for (uint256 i; i < cfg.tierPrices.length; ++i) {
            uint256 usdcPrice = withUsdc ? cfg.tierUsdcPrices[i] : 0;
            // forge-lint: disable-next-line(unsafe-typecast) validated: i < 256 tiers, window <= MAX_WINDOW.
            nft.setTier(uint8(i), cfg.tierPrices[i], usdcPrice, uint32(cfg.tierWindows[i]));
        }
        for (uint256 i; i < cfg.agents.length; ++i) {
            nft.setAgent(cfg.agents[i], true);
        }
        if (keccak256(bytes(cfg.metadataBaseURI)) != keccak256("ipfs://")) {
            nft.setMetadataBaseURI(cfg.metadataBaseURI);
        }
        nft.setPlaceholderImage(cfg.placeholderImage);
        if (bytes(cfg.contractURI).length != 0) nft.setContractURI(cfg.contractURI);
        if (cfg.royaltyReceiver != address(0)) {
            // forge-lint: disable-next-line(unsafe-typecast) validated: at most 10,000.
            nft.setDefaultRoyalty(cfg.royaltyReceiver, uint96(cfg.royaltyBps));
        }
        if (cfg.owner != deployer) nft.transferOwnership(cfg.owner);
    }

    /// @notice Reverts with a precise error when `cfg` cannot be deployed as given on this chain:
    /// nothing is truncated, wrapped or silently ignored.
    function validate(Config memory cfg) public view {
        uint256 tierCount = cfg.tierPrices.length;
        if (tierCount != cfg.tierWindows.length) revert TierListsMismatch(tierCount, cfg.tierWindows.length);
        if (tierCount > MAX_TIERS) revert TooManyTiers(tierCount, MAX_TIERS);
        uint256 usdcCount = cfg.tierUsdcPrices.length;
        if (usdcCount != 0 && usdcCount != tierCount) revert TierUsdcPricesMismatch(tierCount, usdcCount);
        if (usdcCount != 0 && cfg.usdc == address(0)) revert UsdcPricesWithoutToken();
        for (uint256 i; i < usdcCount; ++i) {
            if (cfg.tierUsdcPrices[i] > MAX_USDC_PRICE) {
                revert UsdcPriceTooHigh(cfg.tierUsdcPrices[i], MAX_USDC_PRICE);
            }
        }
        for (uint256 i; i < tierCount; ++i) {
            if (cfg.tierWindows[i] > MAX_WINDOW) revert WindowTooLong(cfg.tierWindows[i], MAX_WINDOW);
        }
        if (cfg.royaltyBps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(cfg.royaltyBps, MAX_ROYALTY_BPS);
        if (cfg.royaltyBps != 0 && cfg.royaltyReceiver == address(0)) {
            revert RoyaltyWithoutReceiver(cfg.royaltyBps);
        }
        if (!isValidMetadataBaseURI(cfg.metadataBaseURI, cfg.localChain)) {
            revert InvalidMetadataBaseURI(cfg.metadataBaseURI, block.chainid);
        }
    }

    /// @notice Whether `baseURI` is exactly `ipfs://`, or starts with `https://` (or, on a local chain,
    /// `http://`) and ends with `/`, so that `baseURI + hex(hash) + ".json"` is a URL.
    function isValidMetadataBaseURI(string memory baseURI, bool localChain) public pure returns (bool) {
        if (baseURI.eq("ipfs://")) return true;
        uint256 schemeLength;
        if (baseURI.startsWith("https://")) schemeLength = 8;
        else if (localChain && baseURI.startsWith("http://")) schemeLength = 7;
        else return false;
        // Something (a host) must sit between the scheme and the final "/".
        return bytes(baseURI).length > schemeLength + 1 && baseURI.endsWith("/");
    }
}
