// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IpfsCid
/// @notice Derives the IPFS CIDv1 of a single-block file from its sha256 digest.
/// @dev `ipfs add --cid-version=1 --raw-leaves` stores a file of at most one chunk (256 KiB with the
/// default chunker) as one raw block, whose CID is: multibase prefix "b" (base32, lower case, no
/// padding) over the bytes 0x01 (CIDv1) 0x55 (raw codec) 0x12 (sha2-256) 0x20 (32-byte digest)
/// followed by the digest. Larger files become a DAG whose CID this function does not give.
library IpfsCid {
    /// @dev RFC 4648 base32 alphabet, lower case as multibase "b" requires.
    bytes32 private constant _ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    /// @dev 0x01 0x55 0x12 0x20: CIDv1, raw codec, sha2-256, 32-byte digest.
    uint256 private constant _CID_PREFIX = 0x01551220;

    /// @dev 36 bytes = 288 bits = 57.6 five-bit groups, so 58 base32 characters after the "b".
    uint256 private constant _ENCODED_LENGTH = 59;

    /// @notice The CIDv1 (raw, sha2-256, base32) of a file whose sha256 is `digest`.
    function rawSha256(bytes32 digest) internal pure returns (string memory cid) {
        bytes memory out = new bytes(_ENCODED_LENGTH);
        out[0] = "b";
        // The 288-bit payload is the 32-bit prefix followed by the digest; walk it 5 bits at a time
        // from the most significant end. The last group has only 3 payload bits and is padded with
        // zeros on the right, as RFC 4648 specifies.
        uint256 low = uint256(digest);
        for (uint256 i; i < _ENCODED_LENGTH - 1; ++i) {
            uint256 bitOffset = i * 5; // from the top of the 288-bit payload
            uint256 group;
            if (bitOffset + 5 <= 32) {
                group = (_CID_PREFIX >> (27 - bitOffset)) & 31;
            } else if (bitOffset < 32) {
                // Straddles the prefix and the digest.
                uint256 prefixBits = 32 - bitOffset;
                uint256 prefixMask = type(uint256).max >> (256 - prefixBits);
                group = ((_CID_PREFIX & prefixMask) << (5 - prefixBits)) | (low >> (256 - (5 - prefixBits)));
            } else if (bitOffset + 5 <= 288) {
                group = (low >> (283 - bitOffset)) & 31;
            } else {
                group = (low << (bitOffset + 5 - 288)) & 31;
            }
            out[i + 1] = _ALPHABET[group];
        }
        cid = string(out);
    }
}
