// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console} from "forge-std/Script.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";

/// @title Admin
/// @notice Owner operations, one function each, called with `--sig`. For example:
/// `forge script script/Admin.s.sol:Admin --sig "setTier(address,uint8,uint256,uint32)" $NFT 0 30000000000000 3600
///  --rpc-url $RPC --account owner --broadcast`
contract Admin is Script {
    /// @notice Sets a tier's price (wei, whole gwei; 0 disables) and fulfilment window (seconds).
    function setTier(GenImNFT nft, uint8 tier, uint256 price, uint32 window) external {
        vm.broadcast();
        nft.setTier(tier, price, window);
        console.log("tier %s: price %s wei, window %s s", tier, price, window);
    }

    /// @notice Authorizes or deauthorizes a keeper.
    function setAgent(GenImNFT nft, address agent, bool authorized) external {
        vm.broadcast();
        nft.setAgent(agent, authorized);
        console.log("agent %s authorized: %s", agent, authorized);
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
