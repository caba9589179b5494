// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";

/// @dev The arguments of `mintWithAuthorization`, in order. A struct, since eleven values (from
/// memory) are more than the legacy code generator can keep on the stack to encode a call.
struct VrsArgs {
    string prompt;
    uint8 tier;
    uint32 terms;
    address from;
    uint256 value;
    uint256 validAfter;
    uint256 validBefore;
    bytes32 salt;
    uint8 v;
    bytes32 r;
    bytes32 s;
}

/// @dev The arguments of `mintWithAuthorizationSig`, in order.
struct SigArgs {
    string prompt;
    uint8 tier;
    uint32 terms;
    address from;
    uint256 value;
    uint256 validAfter;
    uint256 validBefore;
    bytes32 salt;
    bytes signature;
}

/// @dev Calldata of the two USDC mints. A struct whose fields are a function's parameters, in order,
/// ABI-encodes (after the offset word that `abi.encode` puts before a dynamic struct) exactly as
/// those parameters do.
library UsdcCalls {
    function vrs(VrsArgs memory a) internal pure returns (bytes memory) {
        return bytes.concat(IGenImNFT.mintWithAuthorization.selector, _dropOffset(abi.encode(a)));
    }

    function sig(SigArgs memory a) internal pure returns (bytes memory) {
        return bytes.concat(IGenImNFT.mintWithAuthorizationSig.selector, _dropOffset(abi.encode(a)));
    }

    /// @dev `encoded` without its first word (reuses its memory).
    function _dropOffset(bytes memory encoded) private pure returns (bytes memory out) {
        assembly ("memory-safe") {
            out := add(encoded, 32)
            mstore(out, sub(mload(encoded), 32))
        }
    }
}
