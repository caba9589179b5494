// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {TestUSDC} from "./TestUSDC.sol";
import {SigArgs, UsdcCalls, VrsArgs} from "./UsdcCalls.sol";

/// @dev Shared fixture: a deployed GenImNFT accepting a test USDC, with two tiers priced in both
/// currencies, one agent and funded users (ETH, and USDC for the buyers who sign authorizations).
abstract contract GenImNFTTestBase is Test {
    GenImNFT internal nft;
    TestUSDC internal usdc;

    address internal owner = makeAddr("owner");
    address internal agent = makeAddr("agent");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal attacker = makeAddr("attacker");
    address internal relayer = makeAddr("relayer");
    address internal buyer;
    uint256 internal buyerKey;
    address internal buyer2;
    uint256 internal buyer2Key;
    /// @dev `nft.terms()` after setUp; tests that change a tier or an agent read it again
    /// (`_refreshTerms`) before minting with `nft.mint` directly.
    uint32 internal termsNow;

    uint256 internal constant PRICE = 30_000 gwei;
    uint32 internal constant WINDOW = 1 hours;
    uint256 internal constant PREMIUM_PRICE = 90_000 gwei;
    uint32 internal constant PREMIUM_WINDOW = 2 hours;
    uint256 internal constant USDC_PRICE = 100_000; // 10 cents
    uint256 internal constant PREMIUM_USDC_PRICE = 300_000;
    string internal constant PROMPT = "a red fox asleep in fresh snow, watercolour";

    function setUp() public virtual {
        vm.warp(1_750_000_000);
        usdc = new TestUSDC();
        nft = new GenImNFT(owner, address(usdc));
        vm.startPrank(owner);
        nft.setTier(0, PRICE, USDC_PRICE, WINDOW);
        nft.setTier(1, PREMIUM_PRICE, PREMIUM_USDC_PRICE, PREMIUM_WINDOW);
        nft.setAgent(agent, true);
        vm.stopPrank();
        (buyer, buyerKey) = makeAddrAndKey("buyer");
        (buyer2, buyer2Key) = makeAddrAndKey("buyer2");
        usdc.mint(buyer, 100e6);
        usdc.mint(buyer2, 100e6);
        termsNow = nft.terms();
        vm.deal(alice, 100 ether);
        vm.deal(bob, 100 ether);
        vm.deal(carol, 100 ether);
        vm.deal(attacker, 100 ether);
    }

    function _mint(address minter, uint8 tier) internal returns (uint256 tokenId) {
        (uint256 price,,) = nft.tiers(tier);
        uint32 terms = nft.terms();
        vm.prank(minter);
        tokenId = nft.mint{value: price}(PROMPT, tier, terms);
    }

    function _refreshTerms() internal {
        termsNow = nft.terms();
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

    /*//////////////////////////////////////////////////////////////
                                   USDC
    //////////////////////////////////////////////////////////////*/

    /// @dev What a buyer signs for a USDC mint, and what a relayer sends.
    struct UsdcMint {
        string prompt;
        uint8 tier;
        uint32 terms;
        address from;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 salt;
    }

    /// @dev A buyer's request at `tier` under today's price and terms, valid for an hour from now.
    function _usdcRequest(address from, uint8 tier) internal view returns (UsdcMint memory m) {
        (, uint256 usdcPrice,) = nft.tiers(tier);
        m = UsdcMint(PROMPT, tier, nft.terms(), from, usdcPrice, 0, block.timestamp + 1 hours, bytes32(0));
    }

    /// @dev The nonce a client builds (the preimage documented on `mintWithAuthorization`).
    function _nonce(UsdcMint memory m) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                block.chainid,
                address(nft),
                m.tier,
                keccak256(bytes(m.prompt)),
                m.terms,
                m.validAfter,
                m.validBefore,
                m.salt
            )
        );
    }

    /// @dev The EIP-712 digest of `ReceiveWithAuthorization(from, nft, value, window, nonce)`.
    function _receiveDigest(UsdcMint memory m) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                usdc.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
                m.from,
                address(nft),
                m.value,
                m.validAfter,
                m.validBefore,
                _nonce(m)
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", usdc.DOMAIN_SEPARATOR(), structHash));
    }

    function _sign(uint256 key, UsdcMint memory m) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        (v, r, s) = vm.sign(key, _receiveDigest(m));
    }

    /// @dev Relays `m` signed by `key` with the (v, r, s) form, as `relayer`.
    function _relay(UsdcMint memory m, uint256 key) internal returns (uint256 tokenId) {
        (uint8 v, bytes32 r, bytes32 s) = _sign(key, m);
        tokenId = _relaySigned(m, v, r, s);
    }

    function _relaySigned(UsdcMint memory m, uint8 v, bytes32 r, bytes32 s) internal returns (uint256) {
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(_relayCall(m, v, r, s));
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return abi.decode(ret, (uint256));
    }

    /// @dev The calldata of relaying `m` with (v, r, s).
    function _relayCall(UsdcMint memory m, uint8 v, bytes32 r, bytes32 s)
        internal
        pure
        returns (bytes memory)
    {
        VrsArgs memory a;
        (a.prompt, a.tier, a.terms, a.from, a.value) = (m.prompt, m.tier, m.terms, m.from, m.value);
        (a.validAfter, a.validBefore, a.salt, a.v, a.r, a.s) = (m.validAfter, m.validBefore, m.salt, v, r, s);
        return UsdcCalls.vrs(a);
    }

    /// @dev The calldata of relaying `m` with a bytes signature.
    function _relaySigCall(UsdcMint memory m, bytes memory signature) internal pure returns (bytes memory) {
        return UsdcCalls.sig(
            SigArgs(
                m.prompt, m.tier, m.terms, m.from, m.value, m.validAfter, m.validBefore, m.salt, signature
            )
        );
    }

    /// @dev A USDC mint by `buyer` at `tier`, relayed.
    function _mintUsdc(uint8 tier) internal returns (uint256) {
        return _relay(_usdcRequest(buyer, tier), buyerKey);
    }

    function _owedUsdc() internal view returns (uint256) {
        return nft.pendingUsdcEscrow() + nft.totalUsdcCredits();
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
