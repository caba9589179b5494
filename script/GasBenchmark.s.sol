// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script} from "forge-std/Script.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {TestUSDC} from "../test/utils/TestUSDC.sol";
import {UsdcCalls, VrsArgs} from "../test/utils/UsdcCalls.sol";

/// @title GasBenchmark
/// @notice Sends the transactions whose gasUsed `tools/gas-bench` reports. ETH: a returning minter's
/// mint with a 200-byte prompt, a single `fulfil`, and a `fulfilBatch` of 10. USDC: the same with
/// `mintWithAuthorization` (a returning buyer's authorization, relayed by the broadcaster), a single
/// `fulfil` and a `fulfilBatch` of 10 USDC tokens. Run it against a local node with `--broadcast`; the
/// receipts carry the figures.
contract GasBenchmark is Script {
    /// @notice Thrown when the deployment does not have the expected first tier.
    error TierNotConfigured();
    /// @notice Thrown when a relayed USDC mint reverts (with its revert data).
    error RelayFailed(bytes reason);

    uint256 internal constant _BATCH = 10;

    /// @param nft A GenImNFT whose tier 0 is offered in ETH and in `usdc`, and whose broadcaster is an
    /// authorized agent.
    /// @param usdc The deployment's test USDC, whose master minter is the broadcaster.
    /// @param buyerKey The key of the USDC buyer (an Anvil test account), who signs authorizations.
    function run(GenImNFT nft, TestUSDC usdc, uint256 buyerKey) external {
        (uint256 price, uint256 usdcPrice,) = nft.tiers(0);
        if (price == 0 || usdcPrice == 0) revert TierNotConfigured();
        string memory prompt = _prompt200();
        uint32 terms = nft.terms();

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

        // USDC: a buyer and an agent that already hold USDC, as returning ones do.
        address buyer = vm.addr(buyerKey);
        usdc.mint(buyer, 1000e6);
        usdc.mint(msg.sender, 1e6);
        _relay(nft, usdc, buyerKey, 0); // warm-up: stays pending
        single = _relay(nft, usdc, buyerKey, 1);
        for (uint256 i; i < _BATCH; ++i) {
            ids[i] = _relay(nft, usdc, buyerKey, 2 + i);
            hashes[i] = sha256(abi.encodePacked("metadata", ids[i]));
        }
        nft.fulfil(single, sha256(abi.encodePacked("metadata", single)));
        nft.fulfilBatch(ids, hashes);
        vm.stopBroadcast();
    }

    /// @dev Signs the buyer's ReceiveWithAuthorization for a tier-0 mint at today's price and terms,
    /// and relays it.
    function _relay(GenImNFT nft, TestUSDC usdc, uint256 buyerKey, uint256 salt) internal returns (uint256) {
        VrsArgs memory a;
        (a.prompt, a.tier, a.terms, a.from) = (_prompt200(), 0, nft.terms(), vm.addr(buyerKey));
        (, a.value,) = nft.tiers(0);
        (a.validBefore, a.salt) = (block.timestamp + 1 hours, bytes32(salt));
        bytes32 nonce = keccak256(
            abi.encode(
                block.chainid,
                address(nft),
                a.tier,
                keccak256(bytes(a.prompt)),
                a.terms,
                0,
                a.validBefore,
                a.salt
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                usdc.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
                a.from,
                address(nft),
                a.value,
                0,
                a.validBefore,
                nonce
            )
        );
        (a.v, a.r, a.s) =
            vm.sign(buyerKey, keccak256(abi.encodePacked("\x19\x01", usdc.DOMAIN_SEPARATOR(), structHash)));
        (bool ok, bytes memory ret) = address(nft).call(UsdcCalls.vrs(a));
        if (!ok) revert RelayFailed(ret);
        return abi.decode(ret, (uint256));
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
