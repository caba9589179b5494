// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script} from "forge-std/Script.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";

/// @title GasBenchmark
/// @notice Sends the transactions whose gasUsed `tools/gas-bench` reports: a returning minter's mint
/// with a 200-byte prompt, a single `fulfil`, and a `fulfilBatch` of 10. Run it against a local node
/// with `--broadcast`; the receipts carry the figures.
contract GasBenchmark is Script {
    /// @notice Thrown when the deployment does not have the expected first tier.
    error TierNotConfigured();

    uint256 internal constant _BATCH = 10;

    /// @param nft A GenImNFT whose tier 0 is enabled and whose broadcaster is an authorized agent.
    function run(GenImNFT nft) external {
        (uint256 price,,) = nft.tiers(0);
        uint32 terms = nft.terms();
        if (price == 0) revert TierNotConfigured();
        string memory prompt = _prompt200();

        vm.startBroadcast();
        // Warm-up: the benchmark minter is a returning minter (non-zero balance), as most are.
        nft.mint{value: price}(prompt, 0, terms);
        uint256 single = nft.mint{value: price}(prompt, 0, terms);
        uint256[] memory ids = new uint256[](_BATCH);
        bytes32[] memory hashes = new bytes32[](_BATCH);
        for (uint256 i; i < _BATCH; ++i) {
            ids[i] = nft.mint{value: price}(prompt, 0, terms);
            hashes[i] = sha256(abi.encodePacked("metadata", ids[i]));
        }
        nft.fulfil(single, sha256(abi.encodePacked("metadata", single)));
        nft.fulfilBatch(ids, hashes);
        vm.stopBroadcast();
    }

    function _prompt200() internal pure returns (string memory) {
        // 200 bytes of ordinary prompt text.
        return string.concat(
            "A lighthouse on a basalt cliff at dusk, storm clouds rolling in from the north sea, ",
            "waves breaking in white spray, warm light in the lantern room, oil painting, muted palette, ",
            "wide angle, golden light"
        );
    }
}
