//! ERC-721 token metadata (OpenSea conventions) rendered to exact, reproducible bytes, plus the
//! content addresses the contract derives from their sha256.
//!
//! The contract stores only `sha256(metadata bytes)`, so the bytes must be deterministic: a
//! fixed field order from a struct, compact `serde_json` output, no maps.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::cid::{Cid, RAW};

/// Largest metadata file whose IPFS CID the contract can compute: `ipfs add` stores files of
/// up to one 256 KiB chunk as a single raw block; larger files become a DAG with another CID.
pub const MAX_METADATA_BYTES: usize = 256 * 1024;

/// The base URI that makes the contract answer `ipfs://<cid>`.
pub const IPFS_BASE_URI: &str = "ipfs://";

/// Everything that goes into a token's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataInput {
    pub token_id: u64,
    pub prompt: String,
    pub image_uri: String,
    pub external_url: Option<String>,
    pub model: String,
    pub tier: u8,
    /// `"WxH"`, e.g. `"512x512"`.
    pub size: String,
    /// Unix seconds.
    pub created_at: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    #[error("metadata is {size} bytes, more than the {limit}-byte single-block limit")]
    TooLarge { size: usize, limit: usize },
    #[error("cannot serialize metadata: {0}")]
    Serialize(#[from] serde_json::Error),
}

#[derive(Serialize)]
struct Metadata<'a> {
    name: String,
    description: &'a str,
    image: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_url: Option<&'a str>,
    attributes: [Attribute<'a>; 5],
}

#[derive(Serialize)]
struct Attribute<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    display_type: Option<&'static str>,
    trait_type: &'static str,
    value: AttributeValue<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum AttributeValue<'a> {
    Text(&'a str),
    Number(u64),
}

impl<'a> Attribute<'a> {
    fn text(trait_type: &'static str, value: &'a str) -> Self {
        Self {
            display_type: None,
            trait_type,
            value: AttributeValue::Text(value),
        }
    }

    fn number(trait_type: &'static str, value: u64) -> Self {
        Self {
            display_type: None,
            trait_type,
            value: AttributeValue::Number(value),
        }
    }

    fn date(trait_type: &'static str, unix_seconds: u64) -> Self {
        Self {
            display_type: Some("date"),
            ..Self::number(trait_type, unix_seconds)
        }
    }
}

/// The metadata JSON for a token, byte-for-byte reproducible from the same input.
pub fn render_metadata(input: &MetadataInput) -> Result<Vec<u8>, MetadataError> {
    let metadata = Metadata {
        name: format!("GenImNFT #{}", input.token_id),
        description: &input.prompt,
        image: &input.image_uri,
        external_url: input.external_url.as_deref(),
        attributes: [
            Attribute::text("Prompt", &input.prompt),
            Attribute::text("Model", &input.model),
            Attribute::number("Tier", u64::from(input.tier)),
            Attribute::text("Size", &input.size),
            Attribute::date("Created", input.created_at),
        ],
    };
    let bytes = serde_json::to_vec(&metadata)?;
    if bytes.len() > MAX_METADATA_BYTES {
        return Err(MetadataError::TooLarge {
            size: bytes.len(),
            limit: MAX_METADATA_BYTES,
        });
    }
    Ok(bytes)
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The CIDv1 that `ipfs add --cid-version=1 --raw-leaves` prints for a file of at most
/// 256 KiB with this sha256: multibase "b" (lower-case base32, no padding) over
/// `0x01` (CIDv1) `0x55` (raw) `0x12` (sha2-256) `0x20` (32 bytes) and the digest.
pub fn ipfs_cid_v1_raw(digest: &[u8; 32]) -> String {
    Cid::v1(RAW, *digest).to_string()
}

/// The `tokenURI` the contract reports once a token is delivered with this metadata digest.
pub fn token_uri_for(metadata_base_uri: &str, digest: &[u8; 32]) -> String {
    if metadata_base_uri == IPFS_BASE_URI {
        format!("{IPFS_BASE_URI}{}", ipfs_cid_v1_raw(digest))
    } else {
        format!("{metadata_base_uri}{}.json", hex::encode(digest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> MetadataInput {
        MetadataInput {
            token_id: 42,
            prompt: "a \"quoted\" cat, ünïcode ✓".into(),
            image_uri: "https://cdn.example/images/ab.png".into(),
            external_url: Some("https://genim.example/token/42".into()),
            model: "flux-pro-1.1".into(),
            tier: 2,
            size: "512x512".into(),
            created_at: 1_700_000_000,
        }
    }

    #[test]
    fn renders_exact_bytes_in_fixed_order() {
        let json = String::from_utf8(render_metadata(&input()).unwrap()).unwrap();
        let expected = concat!(
            r#"{"name":"GenImNFT #42","description":"a \"quoted\" cat, ünïcode ✓","#,
            r#""image":"https://cdn.example/images/ab.png","#,
            r#""external_url":"https://genim.example/token/42","attributes":["#,
            r#"{"trait_type":"Prompt","value":"a \"quoted\" cat, ünïcode ✓"},"#,
            r#"{"trait_type":"Model","value":"flux-pro-1.1"},"#,
            r#"{"trait_type":"Tier","value":2},"#,
            r#"{"trait_type":"Size","value":"512x512"},"#,
            r#"{"display_type":"date","trait_type":"Created","value":1700000000}]}"#
        );
        assert_eq!(json, expected);
    }

    #[test]
    fn omits_a_missing_external_url() {
        let input = MetadataInput {
            external_url: None,
            ..input()
        };
        let json = String::from_utf8(render_metadata(&input).unwrap()).unwrap();
        assert!(!json.contains("external_url"));
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["attributes"][4]["value"], 1_700_000_000);
    }

    #[test]
    fn is_deterministic() {
        assert_eq!(
            render_metadata(&input()).unwrap(),
            render_metadata(&input()).unwrap()
        );
    }

    #[test]
    fn rejects_metadata_beyond_one_ipfs_block() {
        let input = MetadataInput {
            prompt: "x".repeat(MAX_METADATA_BYTES / 2),
            ..input()
        };
        assert!(matches!(
            render_metadata(&input),
            Err(MetadataError::TooLarge {
                limit: MAX_METADATA_BYTES,
                ..
            })
        ));
    }

    #[test]
    fn sha256_matches_known_vector() {
        assert_eq!(
            hex::encode(sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn cid_of_the_empty_file() {
        assert_eq!(
            ipfs_cid_v1_raw(&sha256(b"")),
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        );
    }

    #[test]
    fn cid_of_hello_world() {
        // Computed independently:
        // python3 -c 'import hashlib,base64; d=hashlib.sha256(b"hello world\n").digest();
        //   print("b"+base64.b32encode(bytes([1,0x55,0x12,0x20])+d).decode().lower().rstrip("="))'
        assert_eq!(
            ipfs_cid_v1_raw(&sha256(b"hello world\n")),
            "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"
        );
    }

    #[test]
    fn token_uri_mirrors_the_contract() {
        let digest = sha256(b"");
        assert_eq!(
            token_uri_for("ipfs://", &digest),
            "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        );
        assert_eq!(
            token_uri_for("https://meta.example/metadata/", &digest),
            "https://meta.example/metadata/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.json"
        );
        // Only the exact base `ipfs://` switches to CIDs, as in the contract.
        assert!(token_uri_for("ipfs://x/", &digest).ends_with(".json"));
    }
}
