// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";

/// @dev Shared fixture: a deployed GenImNFT with two tiers, one agent and funded users.
abstract contract GenImNFTTestBase is Test {
    GenImNFT internal nft;

    address internal owner = makeAddr("owner");
    address internal agent = makeAddr("agent");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal attacker = makeAddr("attacker");

    uint256 internal constant PRICE = 30_000 gwei;
    uint32 internal constant WINDOW = 1 hours;
    uint256 internal constant PREMIUM_PRICE = 90_000 gwei;
    uint32 internal constant PREMIUM_WINDOW = 2 hours;
    string internal constant PROMPT = "a red fox asleep in fresh snow, watercolour";

    function setUp() public virtual {
        vm.warp(1_750_000_000);
        nft = new GenImNFT(owner);
        vm.startPrank(owner);
        nft.setTier(0, PRICE, WINDOW);
        nft.setTier(1, PREMIUM_PRICE, PREMIUM_WINDOW);
        nft.setAgent(agent, true);
        vm.stopPrank();
        vm.deal(alice, 100 ether);
        vm.deal(bob, 100 ether);
        vm.deal(carol, 100 ether);
        vm.deal(attacker, 100 ether);
    }

    function _mint(address minter, uint8 tier) internal returns (uint256 tokenId) {
        (uint256 price,) = nft.tiers(tier);
        vm.prank(minter);
        tokenId = nft.mint{value: price}(PROMPT, tier);
    }

    function _mint(address minter) internal returns (uint256) {
        return _mint(minter, 0);
    }

    /// @dev A digest-like metadata hash. keccak256, not sha256: the sha256 precompile is a call, and
    /// would consume a pending `vm.prank` when used as an argument.
    function _hash(uint256 salt) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("metadata", salt));
    }

    function _fulfil(uint256 tokenId) internal {
        vm.prank(agent);
        nft.fulfil(tokenId, _hash(tokenId));
    }

    function _status(uint256 tokenId) internal view returns (IGenImNFT.Status) {
        return nft.request(tokenId).status;
    }

    function _expire(uint256 tokenId) internal {
        vm.warp(uint256(nft.request(tokenId).deadline) + 1);
    }

    function _owed() internal view returns (uint256) {
        return nft.pendingEscrow() + nft.totalCredits();
    }
}

/// @dev Receives ETH only while `accepting` is true.
contract ToggleReceiver {
    error NotAccepting();

    bool public accepting;

    function setAccepting(bool value) external {
        accepting = value;
    }

    function execute(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (!accepting) revert NotAccepting();
    }
}
