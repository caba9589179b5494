// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IUSDC
/// @notice The part of USDC's public interface (FiatTokenV2_2) that GenImNFT calls: EIP-3009
/// `receiveWithAuthorization` in both signature forms, and ERC-20 `transfer` and `balanceOf`.
interface IUSDC {
    /// @notice EIP-3009: moves `value` from `from` to `to` (who must be the caller) with `from`'s
    /// signature of `ReceiveWithAuthorization(from, to, value, validAfter, validBefore, nonce)`.
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice As above, with the signature as bytes (an EOA's 65 bytes, or an ERC-1271 signature).
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) external;

    /// @notice ERC-20 transfer; USDC reverts when either side is blocklisted.
    function transfer(address to, uint256 value) external returns (bool);

    /// @notice ERC-20 balance.
    function balanceOf(address account) external view returns (uint256);
}
