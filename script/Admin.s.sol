// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console} from "forge-std/Script.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";

/// @title Admin
/// @notice Owner operations, one function each, called with `--sig`. For example:
/// `forge script script/Admin.s.sol:Admin --sig "setTier(address,uint8,uint256,uint256,uint32)" $NFT 0 30000000000000
///  100000 3600 --rpc-url $RPC --account owner --broadcast`
contract Admin is Script {
    /// @notice Sets a tier's ETH price (wei, whole gwei; 0: not offered in ETH), USDC price (units of 6
    /// decimals; 0: not offered in USDC) and fulfilment window (seconds). Bumps the terms version: mints
    /// and signed USDC authorizations naming the old one will revert with `TermsChanged`.
    function setTier(GenImNFT nft, uint8 tier, uint256 price, uint256 usdcPrice, uint32 window) external {
        vm.broadcast();
        nft.setTier(tier, price, usdcPrice, window);
        console.log("tier %s: price %s wei, USDC price %s units", tier, price, usdcPrice);
        console.log("window %s s; terms version now %s", window, nft.terms());
    }

    /// @notice Sets the base URI of delivered metadata (`ipfs://`, or an `https://.../` prefix).
    function setMetadataBaseURI(GenImNFT nft, string calldata baseURI) external {
        vm.broadcast();
        nft.setMetadataBaseURI(baseURI);
        console.log("metadata base URI: %s", baseURI);
    }

    /// @notice Sets the contract-level metadata URI (`contractURI()`): a JSON document with `name`,
    /// `description`, `image` and `external_link`, the page buyers use (e.g. the copy of the page
    /// `genim publish-web` put on IPFS, which works with the keeper down: see README).
    function setContractURI(GenImNFT nft, string calldata uri) external {
        vm.broadcast();
        nft.setContractURI(uri);
        console.log("contract URI: %s", uri);
    }

    /// @notice Authorizes or deauthorizes a keeper.
    function setAgent(GenImNFT nft, address agent, bool authorized) external {
        vm.broadcast();
        nft.setAgent(agent, authorized);
        console.log("agent %s authorized: %s", agent, authorized);
    }

    /// @notice Sends the USDC that is owed to nobody to `to`.
    /// @return amount What was withdrawn (USDC units).
    function withdrawUsdcSurplus(GenImNFT nft, address to) external returns (uint256 amount) {
        amount = nft.usdcSurplus();
        vm.broadcast();
        nft.withdrawUsdcSurplus(to);
        console.log("withdrew %s USDC units to %s", amount, to);
    }

    /// @notice Sends the ETH that is owed to nobody to `to`.
    /// @return amount What was withdrawn.
    function withdrawSurplus(GenImNFT nft, address to) external returns (uint256 amount) {
        amount = nft.surplus();
        vm.broadcast();
        nft.withdrawSurplus(to);
        console.log("withdrew %s wei to %s", amount, to);
    }

    /// @notice Pauses (true) or resumes (false) minting.
    function setPaused(GenImNFT nft, bool pause) external {
        vm.broadcast();
        if (pause) nft.pause();
        else nft.unpause();
        console.log("minting paused: %s", pause);
    }
}
