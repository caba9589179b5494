//! What a buyer signs to pay in USDC: an EIP-3009 `ReceiveWithAuthorization` in USDC's EIP-712
//! domain, whose nonce `mintWithAuthorization` recomputes from the request (see `IGenImNFT`). The
//! relay's `/api/config` and the MCP server's payment requirement both publish it from here.

use alloy::primitives::{Address, B256, Signature, U256, keccak256};
use alloy::sol;
use alloy::sol_types::{SolStruct as _, SolValue as _, eip712_domain};
use serde_json::{Value, json};

sol! {
    /// EIP-3009's authorization to receive: only `to` may submit it.
    struct ReceiveWithAuthorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
    }
}

/// USDC's EIP-712 domain name and version (FiatTokenV2).
pub const DOMAIN_NAME: &str = "USD Coin";
pub const DOMAIN_VERSION: &str = "2";

/// The nonce rule in the words clients read (`/api/config`, x402 `extra`).
pub const NONCE_RULE: &str = "keccak256(abi.encode(uint256 chainId, address nft, uint8 tier, \
     bytes32 keccak256(bytes(prompt)), uint32 terms, uint256 validAfter, uint256 validBefore, \
     bytes32 salt))";

/// The nonce `mintWithAuthorization` recomputes: what the buyer signs binds chain, contract, tier,
/// prompt, terms, validity window and salt.
#[allow(clippy::too_many_arguments)] // the nonce's own fields, in the contract's order
pub fn authorization_nonce(
    chain_id: u64,
    nft: Address,
    tier: u8,
    prompt: &str,
    terms: u32,
    valid_after: U256,
    valid_before: U256,
    salt: B256,
) -> B256 {
    keccak256(
        (
            U256::from(chain_id),
            nft,
            U256::from(tier),
            keccak256(prompt.as_bytes()),
            U256::from(terms),
            valid_after,
            valid_before,
            salt,
        )
            .abi_encode(),
    )
}

/// How long an authorization offered or signed here stays valid: long enough for a buyer to sign
/// and a relay to land (also through a fee spike), short enough that a forgotten one expires.
pub const VALID_FOR_SECS: u64 = 3600;

/// The window and salt of a new payment for one request, and the nonce that binds them.
#[derive(Debug, Clone, Copy)]
pub struct FreshAuthorization {
    /// Random: two payments for the same prompt and tier stay distinct.
    pub salt: B256,
    /// `now + VALID_FOR_SECS`; valid from 0.
    pub valid_before: U256,
    pub nonce: B256,
}

impl FreshAuthorization {
    /// A new payment for `prompt` at `tier` under `terms` on contract `nft`, valid from now (chain
    /// time `now`) for [`VALID_FOR_SECS`].
    pub fn new(chain_id: u64, nft: Address, tier: u8, prompt: &str, terms: u32, now: u64) -> Self {
        let salt = B256::from(rand::random::<[u8; 32]>());
        let valid_before = U256::from(now.saturating_add(VALID_FOR_SECS));
        let nonce = authorization_nonce(
            chain_id,
            nft,
            tier,
            prompt,
            terms,
            U256::ZERO,
            valid_before,
            salt,
        );
        Self {
            salt,
            valid_before,
            nonce,
        }
    }
}

impl ReceiveWithAuthorization {
    /// The EIP-712 hash the token checks the signature against.
    pub fn signing_hash(&self, chain_id: u64, usdc: Address) -> B256 {
        let domain = eip712_domain! {
            name: DOMAIN_NAME,
            version: DOMAIN_VERSION,
            chain_id: chain_id,
            verifying_contract: usdc,
        };
        self.eip712_signing_hash(&domain)
    }

    /// Whether `signature` (65 bytes, `r||s||v`) is `from`'s over this authorization. `None`: not
    /// a 65-byte signature (an ERC-1271 wallet's bytes), which only the chain can judge.
    pub fn signed_by_from(&self, chain_id: u64, usdc: Address, signature: &[u8]) -> Option<bool> {
        let signature = Signature::try_from(signature).ok()?;
        let hash = self.signing_hash(chain_id, usdc);
        Some(signature.recover_address_from_prehash(&hash).ok() == Some(self.from))
    }
}

/// The EIP-712 domain of the USDC token at `usdc` on `chain_id`.
pub fn domain(chain_id: u64, usdc: Address) -> Value {
    json!({
        "name": DOMAIN_NAME,
        "version": DOMAIN_VERSION,
        "chainId": chain_id,
        "verifyingContract": usdc.to_checksum(None),
    })
}

/// The fields of `ReceiveWithAuthorization`, in EIP-3009's order.
pub fn receive_with_authorization_type() -> Value {
    json!([
        {"name": "from", "type": "address"},
        {"name": "to", "type": "address"},
        {"name": "value", "type": "uint256"},
        {"name": "validAfter", "type": "uint256"},
        {"name": "validBefore", "type": "uint256"},
        {"name": "nonce", "type": "bytes32"},
    ])
}

/// The fields of the domain above, for clients that want `EIP712Domain` spelled out
/// (`eth_signTypedData_v4` callers).
pub fn domain_type() -> Value {
    json!([
        {"name": "name", "type": "string"},
        {"name": "version", "type": "string"},
        {"name": "chainId", "type": "uint256"},
        {"name": "verifyingContract", "type": "address"},
    ])
}

#[cfg(test)]
mod tests {
    use alloy::primitives::address;
    use alloy::signers::SignerSync as _;
    use alloy::signers::local::PrivateKeySigner;
    use alloy::sol_types::SolStruct as _;

    use super::*;

    /// The published JSON must describe the struct and domain the token hashes, or clients that
    /// sign from it (viem, x402 agents) sign something the token rejects.
    #[test]
    fn the_published_typed_data_is_the_one_the_token_hashes() {
        let encode_type = |name: &str, fields: &Value| {
            let fields: Vec<String> = fields
                .as_array()
                .expect("fields")
                .iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        f["type"].as_str().unwrap(),
                        f["name"].as_str().unwrap()
                    )
                })
                .collect();
            format!("{name}({})", fields.join(","))
        };
        assert_eq!(
            encode_type(
                "ReceiveWithAuthorization",
                &receive_with_authorization_type()
            ),
            ReceiveWithAuthorization::eip712_encode_type()
        );
        assert_eq!(
            encode_type("EIP712Domain", &domain_type()),
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
        );
        let usdc = address!("0x0b2c639c533813f4aa9d7837caf62653d097ff85");
        let published = domain(10, usdc);
        let domain = eip712_domain! {
            name: DOMAIN_NAME,
            version: DOMAIN_VERSION,
            chain_id: 10,
            verifying_contract: usdc,
        };
        assert_eq!(published["name"], "USD Coin");
        assert_eq!(published["version"], "2");
        assert_eq!(
            (
                published["chainId"].as_u64().map(U256::from),
                published["verifyingContract"]
                    .as_str()
                    .map(|a| a.parse::<Address>().unwrap())
            ),
            (domain.chain_id, domain.verifying_contract)
        );
    }

    #[test]
    fn a_signature_is_checked_against_the_signer_and_every_signed_field() {
        let usdc = address!("0x0b2c639c533813f4aa9d7837caf62653d097ff85");
        let buyer = PrivateKeySigner::random();
        let signed = ReceiveWithAuthorization {
            from: buyer.address(),
            to: address!("0x00000000000000000000000000000000000000bb"),
            value: U256::from(100_000),
            validAfter: U256::ZERO,
            validBefore: U256::from(2_000_000_000u64),
            nonce: B256::repeat_byte(7),
        };
        let signature = buyer
            .sign_hash_sync(&signed.signing_hash(10, usdc))
            .expect("sign")
            .as_bytes();
        assert_eq!(signed.signed_by_from(10, usdc, &signature), Some(true));
        let mut other_nonce = signed.clone();
        other_nonce.nonce = B256::repeat_byte(8);
        assert_eq!(
            other_nonce.signed_by_from(10, usdc, &signature),
            Some(false)
        );
        let mut other_value = signed.clone();
        other_value.value = U256::from(100_001);
        assert_eq!(
            other_value.signed_by_from(10, usdc, &signature),
            Some(false)
        );
        assert_eq!(signed.signed_by_from(11, usdc, &signature), Some(false));
        assert_eq!(
            signed.signed_by_from(10, Address::ZERO, &signature),
            Some(false)
        );
        // Not 65 bytes: a smart wallet's signature, for the chain to judge.
        assert_eq!(signed.signed_by_from(10, usdc, &[1u8; 100]), None);
    }

    #[test]
    fn a_fresh_authorization_binds_its_own_window_and_salt() {
        let nft = address!("0x00000000000000000000000000000000000000cc");
        let a = FreshAuthorization::new(10, nft, 1, "a fox", 3, 1_000);
        let b = FreshAuthorization::new(10, nft, 1, "a fox", 3, 1_000);
        assert_eq!(a.valid_before, U256::from(1_000 + VALID_FOR_SECS));
        assert_ne!(a.salt, b.salt, "two payments for one request stay distinct");
        let rule = |f: FreshAuthorization| {
            authorization_nonce(10, nft, 1, "a fox", 3, U256::ZERO, f.valid_before, f.salt)
        };
        assert_eq!(a.nonce, rule(a));
        assert_eq!(b.nonce, rule(b));
    }

    #[test]
    fn the_nonce_changes_with_every_bound_field() {
        let nft = address!("0x00000000000000000000000000000000000000cc");
        let base = || {
            (
                10u64,
                nft,
                1u8,
                "a fox",
                3u32,
                U256::ZERO,
                U256::from(99),
                B256::ZERO,
            )
        };
        let nonce = |(c, n, t, p, x, a, b, s): (u64, Address, u8, &str, u32, U256, U256, B256)| {
            authorization_nonce(c, n, t, p, x, a, b, s)
        };
        let original = nonce(base());
        let mut variants = vec![];
        let mut v = base();
        v.0 = 11;
        variants.push(v);
        let mut v = base();
        v.1 = Address::ZERO;
        variants.push(v);
        let mut v = base();
        v.2 = 2;
        variants.push(v);
        let mut v = base();
        v.3 = "a fox ";
        variants.push(v);
        let mut v = base();
        v.4 = 4;
        variants.push(v);
        let mut v = base();
        v.5 = U256::from(1);
        variants.push(v);
        let mut v = base();
        v.6 = U256::from(100);
        variants.push(v);
        let mut v = base();
        v.7 = B256::repeat_byte(1);
        variants.push(v);
        for variant in variants {
            assert_ne!(nonce(variant), original, "{variant:?}");
        }
    }
}
