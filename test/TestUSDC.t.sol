// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GenImNFT} from "../contracts/GenImNFT.sol";
import {TestUSDC} from "./utils/TestUSDC.sol";
import {SigArgs, UsdcCalls, VrsArgs} from "./utils/UsdcCalls.sol";

/// @dev The test USDC's own tests: its constants are USDC's, and it accepts exactly what a real
/// signer signed. The signatures come from viem (`test/fixtures/usdc-viem.mjs`, the library the web
/// page signs with; fixture committed with the script that regenerates it), and also from forge's
/// signer for the rejection cases.
contract TestUSDCTest is Test {
    TestUSDC internal usdc;
    GenImNFT internal nft;
    string internal fixture;
    address internal relayer = makeAddr("relayer");

    function setUp() public {
        fixture = vm.readFile("test/fixtures/usdc-viem.json");
        assertEq(block.chainid, vm.parseJsonUint(fixture, ".chainId"));
        // The addresses viem signed for.
        address usdcAt = vm.parseJsonAddress(fixture, ".usdc");
        address nftAt = vm.parseJsonAddress(fixture, ".nft");
        deployCodeTo("TestUSDC.sol:TestUSDC", usdcAt);
        deployCodeTo("GenImNFT.sol:GenImNFT", abi.encode(address(this), usdcAt), nftAt);
        usdc = TestUSDC(usdcAt);
        nft = GenImNFT(nftAt);
        // Terms 3, as signed: two tiers and one agent.
        nft.setTier(0, 30_000 gwei, 100_000, 1 hours);
        nft.setTier(1, 90_000 gwei, 300_000, 2 hours);
        nft.setAgent(makeAddr("agent"), true);
        assertEq(nft.terms(), vm.parseJsonUint(fixture, ".terms"));
        vm.warp(1_750_000_000);
        vm.prank(usdc.masterMinter());
        usdc.mint(vm.parseJsonAddress(fixture, ".from"), 10e6);
    }

    function test_Constants_AreUsdcs() public view {
        assertEq(usdc.name(), "USD Coin");
        assertEq(usdc.symbol(), "USDC");
        assertEq(usdc.version(), "2");
        assertEq(usdc.decimals(), 6);
        // FiatTokenV2's published typehashes.
        assertEq(
            usdc.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
            0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267
        );
        assertEq(
            usdc.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
            0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8
        );
        assertEq(
            usdc.CANCEL_AUTHORIZATION_TYPEHASH(),
            0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429
        );
    }

    function test_DomainSeparator_EqualsViems() public view {
        assertEq(usdc.DOMAIN_SEPARATOR(), vm.parseJsonBytes32(fixture, ".domainSeparator"));
    }

    /// The nonce viem built from the request is the one the contract recomputes: the relayed mint
    /// goes through with viem's (v, r, s), and the second authorization with its bytes signature.
    function test_ViemSignatures_MintThroughBothForms() public {
        address from = vm.parseJsonAddress(fixture, ".from");
        VrsArgs memory a = _vrs(".first");
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(UsdcCalls.vrs(a));
        assertTrue(ok, string(ret));
        assertEq(nft.ownerOf(abi.decode(ret, (uint256))), from);
        assertTrue(usdc.authorizationState(from, vm.parseJsonBytes32(fixture, ".first.nonce")));

        SigArgs memory s = _sig(".second");
        vm.prank(relayer);
        (ok, ret) = address(nft).call(UsdcCalls.sig(s));
        assertTrue(ok, string(ret));
        assertEq(nft.ownerOf(abi.decode(ret, (uint256))), from);
        assertEq(usdc.balanceOf(from), 10e6 - 200_000);
        assertEq(usdc.balanceOf(address(nft)), 200_000);

        // Replayed: refused by the token.
        vm.prank(relayer);
        (ok, ret) = address(nft).call(UsdcCalls.vrs(a));
        assertFalse(ok);
        assertEq(
            ret, abi.encodeWithSignature("Error(string)", "FiatTokenV2: authorization is used or canceled")
        );
    }

    /// viem's CancelAuthorization cancels the third authorization before it is relayed.
    function test_ViemCancelAuthorization_CancelsBeforeRelay() public {
        address from = vm.parseJsonAddress(fixture, ".from");
        bytes32 nonce = vm.parseJsonBytes32(fixture, ".cancelled.nonce");
        vm.expectEmit(address(usdc));
        emit TestUSDC.AuthorizationCanceled(from, nonce);
        usdc.cancelAuthorization(from, nonce, vm.parseJsonBytes(fixture, ".cancelled.cancelSignature"));
        assertTrue(usdc.authorizationState(from, nonce));
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(UsdcCalls.vrs(_vrs(".cancelled")));
        assertFalse(ok);
        assertEq(
            ret, abi.encodeWithSignature("Error(string)", "FiatTokenV2: authorization is used or canceled")
        );
    }

    /// Not a mock that accepts anything: a signature by another key, a tampered one, or a high-s
    /// twin of a valid one are refused.
    function test_RevertWhen_SignatureNotTheSigners() public {
        VrsArgs memory a = _vrs(".first");
        (, uint256 otherKey) = makeAddrAndKey("other");
        (bytes32 r, bytes32 s) = (a.r, a.s);
        (a.v, a.r, a.s) = vm.sign(otherKey, keccak256("anything"));
        _expectInvalid(a);
        a = _vrs(".first");
        a.r = bytes32(uint256(r) ^ 1);
        _expectInvalid(a);
        a = _vrs(".first");
        // The same signature with s' = n - s and the other v: ECDSA-valid, but USDC (and OpenZeppelin)
        // accept only the low-s form.
        a.s = bytes32(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141 - uint256(s));
        a.v = a.v == 27 ? 28 : 27;
        _expectInvalid(a);
    }

    function test_Blocklist_BlocksTransfersBothWays() public {
        address from = vm.parseJsonAddress(fixture, ".from");
        address other = makeAddr("other");
        vm.prank(usdc.masterMinter());
        usdc.blacklist(other);
        vm.expectRevert("Blacklistable: account is blacklisted");
        vm.prank(from);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) it reverts.
        usdc.transfer(other, 1);
        vm.expectRevert("Blacklistable: account is blacklisted");
        vm.prank(other);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) it reverts.
        usdc.transfer(from, 0);
        assertTrue(usdc.isBlacklisted(other));
        assertEq(usdc.balanceOf(other), 0); // the flag is not a balance
        vm.prank(usdc.masterMinter());
        usdc.unBlacklist(other);
        vm.prank(from);
        assertTrue(usdc.transfer(other, 1));
        assertEq(usdc.balanceOf(other), 1);
    }

    function test_ReturnFalseMode_MovesNothing() public {
        address from = vm.parseJsonAddress(fixture, ".from");
        vm.prank(usdc.masterMinter());
        usdc.setReturnFalse(true);
        vm.prank(from);
        assertFalse(usdc.transfer(relayer, 1));
        assertEq(usdc.balanceOf(relayer), 0);
    }

    function _expectInvalid(VrsArgs memory a) internal {
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(UsdcCalls.vrs(a));
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSignature("Error(string)", "FiatTokenV2: invalid signature"));
    }

    function _vrs(string memory key) internal view returns (VrsArgs memory a) {
        (a.prompt, a.from) = (vm.parseJsonString(fixture, ".prompt"), vm.parseJsonAddress(fixture, ".from"));
        // forge-lint: disable-next-line(unsafe-typecast) fixture values fit their types.
        (a.tier, a.terms) =
        (uint8(vm.parseJsonUint(fixture, ".tier")), uint32(vm.parseJsonUint(fixture, ".terms")));
        a.value = vm.parseJsonUint(fixture, ".value");
        (a.validAfter, a.validBefore) =
        (vm.parseJsonUint(fixture, ".validAfter"), vm.parseJsonUint(fixture, ".validBefore"));
        a.salt = vm.parseJsonBytes32(fixture, string.concat(key, ".salt"));
        // forge-lint: disable-next-line(unsafe-typecast) 27 or 28.
        a.v = uint8(vm.parseJsonUint(fixture, string.concat(key, ".v")));
        a.r = vm.parseJsonBytes32(fixture, string.concat(key, ".r"));
        a.s = vm.parseJsonBytes32(fixture, string.concat(key, ".s"));
    }

    function _sig(string memory key) internal view returns (SigArgs memory s) {
        VrsArgs memory a = _vrs(key);
        (s.prompt, s.tier, s.terms, s.from, s.value) = (a.prompt, a.tier, a.terms, a.from, a.value);
        (s.validAfter, s.validBefore, s.salt) = (a.validAfter, a.validBefore, a.salt);
        s.signature = vm.parseJsonBytes(fixture, string.concat(key, ".signature"));
    }
}
