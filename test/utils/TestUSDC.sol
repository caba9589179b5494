// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title TestUSDC
/// @notice A test token with USDC's semantics, written from EIP-3009 and the public interface of
/// Circle's FiatTokenV2_2: name "USD Coin", version "2", 6 decimals, the EIP-712 domain
/// `EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)`,
/// `transferWithAuthorization`, `receiveWithAuthorization` (payee must be the caller) and
/// `cancelAuthorization`, each with a `(v, r, s)` and a `bytes` signature form (the bytes form checks
/// ERC-1271 when the signer is a contract, as v2.2 does), `authorizationState`, and a blocklist whose
/// flag lives in the balance slot (transfers to or from a blocklisted account revert). It reverts with
/// USDC's messages. Not USDC's code: no proxy, no minter allowances, no pause.
/// For attack tests, `setReturnFalse(true)` makes `transfer` and `transferFrom` return false without
/// moving anything (a token that fails silently).
contract TestUSDC {
    /// @notice EIP-3009 typehashes, as in FiatTokenV2.
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    bytes32 public constant RECEIVE_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    bytes32 public constant CANCEL_AUTHORIZATION_TYPEHASH =
        keccak256("CancelAuthorization(address authorizer,bytes32 nonce)");
    bytes32 internal constant _DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @dev FiatTokenV2_2 keeps the blocklist flag in the balance slot's top bit.
    uint256 internal constant _BLACKLISTED = 1 << 255;

    string public constant name = "USD Coin";
    string public constant symbol = "USDC";
    string public constant currency = "USD";
    uint8 public constant decimals = 6;

    address public immutable masterMinter;
    uint256 public totalSupply;
    bool public returnFalse;

    mapping(address account => uint256 balanceAndBlacklistState) internal _balanceAndBlacklistStates;
    mapping(address owner => mapping(address spender => uint256 amount)) public allowance;
    mapping(address authorizer => mapping(bytes32 nonce => bool used)) internal _authorizationStates;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce);
    event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce);
    event Blacklisted(address indexed account);
    event UnBlacklisted(address indexed account);

    constructor() {
        masterMinter = msg.sender;
    }

    /*//////////////////////////////////////////////////////////////
                            ADMIN (TEST ONLY)
    //////////////////////////////////////////////////////////////*/

    function mint(address to, uint256 amount) external {
        require(msg.sender == masterMinter, "FiatToken: caller is not a minter");
        _notBlacklisted(to);
        totalSupply += amount;
        _balanceAndBlacklistStates[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function blacklist(address account) external {
        require(msg.sender == masterMinter, "Blacklistable: caller is not the blacklister");
        _balanceAndBlacklistStates[account] |= _BLACKLISTED;
        emit Blacklisted(account);
    }

    function unBlacklist(address account) external {
        require(msg.sender == masterMinter, "Blacklistable: caller is not the blacklister");
        _balanceAndBlacklistStates[account] &= ~_BLACKLISTED;
        emit UnBlacklisted(account);
    }

    function setReturnFalse(bool value) external {
        require(msg.sender == masterMinter, "TestUSDC: caller is not the admin");
        returnFalse = value;
    }

    /*//////////////////////////////////////////////////////////////
                                  ERC-20
    //////////////////////////////////////////////////////////////*/

    function balanceOf(address account) public view returns (uint256) {
        return _balanceAndBlacklistStates[account] & ~_BLACKLISTED;
    }

    function isBlacklisted(address account) public view returns (bool) {
        return _balanceAndBlacklistStates[account] & _BLACKLISTED != 0;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        _notBlacklisted(msg.sender);
        _notBlacklisted(spender);
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        if (returnFalse) return false;
        _notBlacklisted(msg.sender);
        _notBlacklisted(to);
        _transfer(msg.sender, to, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        if (returnFalse) return false;
        _notBlacklisted(msg.sender);
        _notBlacklisted(from);
        _notBlacklisted(to);
        require(value <= allowance[from][msg.sender], "ERC20: transfer amount exceeds allowance");
        allowance[from][msg.sender] -= value;
        _transfer(from, to, value);
        return true;
    }

    /*//////////////////////////////////////////////////////////////
                                 EIP-3009
    //////////////////////////////////////////////////////////////*/

    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return keccak256(
            abi.encode(_DOMAIN_TYPEHASH, keccak256(bytes(name)), keccak256("2"), block.chainid, address(this))
        );
    }

    function version() external pure returns (string memory) {
        return "2";
    }

    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool) {
        return _authorizationStates[authorizer][nonce];
    }

    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        transferWithAuthorization(from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v));
    }

    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) public {
        _notBlacklisted(from);
        _notBlacklisted(to);
        _useAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
        _transfer(from, to, value);
    }

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
    ) external {
        receiveWithAuthorization(from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v));
    }

    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) public {
        _notBlacklisted(from);
        _notBlacklisted(to);
        require(to == msg.sender, "FiatTokenV2: caller must be the payee");
        _useAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
        _transfer(from, to, value);
    }

    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external {
        cancelAuthorization(authorizer, nonce, abi.encodePacked(r, s, v));
    }

    function cancelAuthorization(address authorizer, bytes32 nonce, bytes memory signature) public {
        _notBlacklisted(authorizer);
        _requireUnusedAuthorization(authorizer, nonce);
        bytes32 digest = _digest(keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)));
        require(_isValidSignatureNow(authorizer, digest, signature), "FiatTokenV2: invalid signature");
        _authorizationStates[authorizer][nonce] = true;
        emit AuthorizationCanceled(authorizer, nonce);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _useAuthorization(
        bytes32 typehash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) internal {
        require(block.timestamp > validAfter, "FiatTokenV2: authorization is not yet valid");
        require(block.timestamp < validBefore, "FiatTokenV2: authorization is expired");
        _requireUnusedAuthorization(from, nonce);
        bytes32 digest =
            _digest(keccak256(abi.encode(typehash, from, to, value, validAfter, validBefore, nonce)));
        require(_isValidSignatureNow(from, digest, signature), "FiatTokenV2: invalid signature");
        _authorizationStates[from][nonce] = true;
        emit AuthorizationUsed(from, nonce);
    }

    function _requireUnusedAuthorization(address authorizer, bytes32 nonce) internal view {
        require(!_authorizationStates[authorizer][nonce], "FiatTokenV2: authorization is used or canceled");
    }

    function _digest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR(), structHash));
    }

    /// @dev As v2.2's SignatureChecker: an EOA signs with ECDSA (65 bytes, low s), a contract answers
    /// ERC-1271.
    function _isValidSignatureNow(address signer, bytes32 digest, bytes memory signature)
        internal
        view
        returns (bool)
    {
        if (signer.code.length == 0) {
            (address recovered, ECDSA.RecoverError error,) = ECDSA.tryRecover(digest, signature);
            return error == ECDSA.RecoverError.NoError && recovered == signer;
        }
        (bool ok, bytes memory ret) =
            signer.staticcall(abi.encodeCall(IERC1271.isValidSignature, (digest, signature)));
        return
            ok && ret.length >= 32
                && abi.decode(ret, (bytes32)) == bytes32(IERC1271.isValidSignature.selector);
    }

    function _transfer(address from, address to, uint256 value) internal {
        require(from != address(0), "ERC20: transfer from the zero address");
        require(to != address(0), "ERC20: transfer to the zero address");
        require(value <= balanceOf(from), "ERC20: transfer amount exceeds balance");
        _balanceAndBlacklistStates[from] -= value;
        _balanceAndBlacklistStates[to] += value;
        emit Transfer(from, to, value);
    }

    function _notBlacklisted(address account) internal view {
        require(!isBlacklisted(account), "Blacklistable: account is blacklisted");
    }
}
