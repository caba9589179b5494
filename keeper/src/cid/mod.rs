//! IPFS content identifiers: the binary form, its two common text forms (base32 CIDv1 and
//! base58btc, which also spells CIDv0), and parsing of whatever an IPFS node answers, so CIDs
//! are compared as bytes rather than as text.

pub mod unixfs;

use std::fmt;

/// Multicodec of a raw block (a file's bytes as they are).
pub const RAW: u64 = 0x55;
/// Multicodec of a dag-pb block (a UnixFS node).
pub const DAG_PB: u64 = 0x70;
/// Multihash code of sha2-256.
const SHA2_256: u8 = 0x12;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid CID {text:?}: {reason}")]
pub struct CidError {
    text: String,
    reason: &'static str,
}

/// A CID with a sha2-256 multihash: version 0 (dag-pb only) or 1 (raw or dag-pb).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Cid {
    version: u8,
    codec: u64,
    digest: [u8; 32],
}

impl Cid {
    pub fn v1(codec: u64, digest: [u8; 32]) -> Self {
        Self {
            version: 1,
            codec,
            digest,
        }
    }

    pub fn v0(digest: [u8; 32]) -> Self {
        Self {
            version: 0,
            codec: DAG_PB,
            digest,
        }
    }

    pub fn version(&self) -> u8 {
        self.version
    }

    pub fn codec(&self) -> u64 {
        self.codec
    }

    pub fn digest(&self) -> &[u8; 32] {
        &self.digest
    }

    /// The binary CID, as it appears in dag-pb links.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(38);
        if self.version == 1 {
            out.push(0x01);
            push_varint(&mut out, self.codec);
        }
        out.extend_from_slice(&[SHA2_256, 32]);
        out.extend_from_slice(&self.digest);
        out
    }

    /// Parses the text form: CIDv0 (`Qm...`), or CIDv1 in multibase base32 (`b...`, `B...`)
    /// or base58btc (`z...`). Only sha2-256 multihashes are accepted: the only kind we create.
    pub fn parse(text: &str) -> Result<Self, CidError> {
        let fail = |reason| CidError {
            text: text.chars().take(120).collect(),
            reason,
        };
        if text.len() == 46 && text.starts_with("Qm") {
            let bytes = bs58::decode(text)
                .into_vec()
                .map_err(|_| fail("not base58btc"))?;
            let digest =
                sha256_multihash(&bytes).ok_or_else(|| fail("not a sha2-256 multihash"))?;
            return Ok(Self::v0(digest));
        }
        let mut chars = text.chars();
        let bytes = match chars.next() {
            Some('b') | Some('B') => data_encoding::BASE32_NOPAD
                .decode(chars.as_str().to_ascii_uppercase().as_bytes())
                .map_err(|_| fail("not base32"))?,
            Some('z') => bs58::decode(chars.as_str())
                .into_vec()
                .map_err(|_| fail("not base58btc"))?,
            _ => return Err(fail("unsupported multibase prefix")),
        };
        let (version, rest) = read_varint(&bytes).ok_or_else(|| fail("truncated"))?;
        if version != 1 {
            return Err(fail("not CIDv1"));
        }
        let (codec, rest) = read_varint(rest).ok_or_else(|| fail("truncated"))?;
        let digest = sha256_multihash(rest).ok_or_else(|| fail("not a sha2-256 multihash"))?;
        Ok(Self::v1(codec, digest))
    }
}

/// Version 1 in lower-case base32 (what Kubo prints for CIDv1 and what `ipfs://` links use);
/// version 0 in base58btc.
impl fmt::Display for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.version == 0 {
            return f.write_str(&bs58::encode(self.to_bytes()).into_string());
        }
        let encoded = data_encoding::BASE32_NOPAD.encode(&self.to_bytes());
        write!(f, "b{}", encoded.to_ascii_lowercase())
    }
}

impl fmt::Debug for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Cid({self})")
    }
}

fn sha256_multihash(bytes: &[u8]) -> Option<[u8; 32]> {
    match bytes {
        [SHA2_256, 32, digest @ ..] => digest.try_into().ok(),
        _ => None,
    }
}

/// Unsigned LEB128, as multiformats and protobuf use.
pub(crate) fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn read_varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, &byte) in bytes.iter().enumerate().take(9) {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((value, &bytes[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::sha256;

    #[test]
    fn raw_cid_matches_the_contract_rule() {
        // `ipfs add --cid-version=1 --raw-leaves`, and the contract's IpfsCid, print this for
        // "hello world\n": 0x01 0x55 0x12 0x20 and the digest, in lower-case base32.
        let digest = sha256(b"hello world\n");
        assert_eq!(
            Cid::v1(RAW, digest).to_string(),
            "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"
        );
    }

    #[test]
    fn parses_base32_base58_and_v0() {
        let digest = sha256(b"hello world\n");
        let raw = Cid::v1(RAW, digest);
        // The same CID as js-ipfs 0.66 prints it (base58btc).
        assert_eq!(
            Cid::parse("zb2rhi36Gc9GJWijLEL6zW45MBux5FcFv5gJmjXA7VAMozEXY").unwrap(),
            raw
        );
        assert_eq!(Cid::parse(&raw.to_string()).unwrap(), raw);
        assert_eq!(
            Cid::parse(&raw.to_string().to_ascii_uppercase()).unwrap(),
            raw
        );
        let v0 = Cid::parse("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o").unwrap();
        assert_eq!(v0.version(), 0);
        assert_eq!(
            v0.to_string(),
            "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"
        );
        assert_ne!(v0, raw);
    }

    #[test]
    fn rejects_garbage() {
        for text in ["", "b", "bafy!", "Qm123", "fabc", "zzzz", "bafkqaaa"] {
            assert!(Cid::parse(text).is_err(), "{text:?}");
        }
    }
}
