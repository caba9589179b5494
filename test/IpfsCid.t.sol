// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {IpfsCid} from "../contracts/libraries/IpfsCid.sol";

contract IpfsCidHarness {
    function cid(bytes32 digest) external pure returns (string memory) {
        return IpfsCid.rawSha256(digest);
    }
}

contract IpfsCidTest is Test {
    IpfsCidHarness internal harness = new IpfsCidHarness();

    /// The CIDs below were computed outside this code base, with python3's own sha256 and base32:
    ///   python3 -c 'import hashlib,base64,sys; d=hashlib.sha256(open(sys.argv[1],"rb").read()).digest();
    ///     print("b"+base64.b32encode(bytes([1,0x55,0x12,0x20])+d).decode().lower().rstrip("="))' FILE
    /// and agree with `ipfs add --cid-version=1 --raw-leaves FILE` (the empty file's CID is the
    /// well-known bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku).
    function test_RawSha256_EmptyFile() public view {
        assertEq(harness.cid(sha256("")), "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    }

    function test_RawSha256_HelloWorldFile() public view {
        assertEq(
            harness.cid(sha256("hello world\n")),
            "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"
        );
    }

    function test_RawSha256_KnownMetadataJson() public view {
        bytes memory json = bytes(
            '{"name":"GenImNFT #1","description":"a red fox","image":"ipfs://bafkreiexample","attributes":[]}'
        );
        assertEq(harness.cid(sha256(json)), "bafkreieaa64lxjdf46hegjg25if5cspbe6nut4pl2gnmrkn77hywbskjsy");
    }

    /// Differential check against a straightforward bit-buffer base32 encoder written independently.
    function testFuzz_RawSha256_MatchesReferenceEncoder(bytes32 digest) public view {
        assertEq(harness.cid(digest), _referenceCid(digest));
    }

    function _referenceCid(bytes32 digest) internal pure returns (string memory) {
        bytes memory payload = abi.encodePacked(hex"01551220", digest);
        bytes memory alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        bytes memory out = new bytes(59);
        out[0] = "b";
        uint256 buffer;
        uint256 bits;
        uint256 n = 1;
        for (uint256 i; i < payload.length; ++i) {
            buffer = (buffer << 8) | uint8(payload[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[n++] = alphabet[(buffer >> bits) & 31];
            }
        }
        if (bits > 0) out[n++] = alphabet[(buffer << (5 - bits)) & 31];
        assertEq(n, 59);
        return string(out);
    }
}
