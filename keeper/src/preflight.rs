//! Start-up checks that storage and the contract agree, so the keeper never gets paid for
//! tokens whose `tokenURI` will not resolve:
//!
//! - the contract's `metadataBaseURI()` is where this keeper publishes metadata (`ipfs://` with
//!   the ipfs backend, `<public_base_url>/metadata/` with local or S3 storage);
//! - a loopback or private `public_base_url` only on a local development chain;
//! - storage takes a write and gives it back ([`Storage::probe`]), and a bucket or gateway
//!   serves it publicly ([`Storage::check_public_read`]).
//!
//! Each failure is one line naming the fix. [`check_metadata_base_uri`] is also what the
//! running keeper applies to `MetadataBaseURISet` events.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use url::{Host, Url};

use crate::metadata::IPFS_BASE_URI;
use crate::redact::error_line;
use crate::storage::{Storage, StorageKind};

/// Chain ids of local development chains (Anvil and Hardhat; Ganache and `geth --dev`).
const LOCAL_CHAIN_IDS: [u64; 2] = [31337, 1337];

/// Whether the keeper may act as on a development chain (private URLs, scanning from block 0):
/// a development chain id, or `chain.local = true`. Never the node's own name: a rehearsal of
/// Optimism on Anvil with chain id 10 must meet Optimism's checks.
pub fn is_local_chain(chain_id: u64, declared_local: bool) -> bool {
    declared_local || LOCAL_CHAIN_IDS.contains(&chain_id)
}

/// The contract's `metadataBaseURI()` differs from where this keeper publishes metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUriMismatch {
    /// What the contract holds.
    pub contract_value: String,
    /// What it must hold for this keeper: [`expected_metadata_base_uri`].
    pub expected: String,
    pub backend: StorageKind,
    /// Named in the fix when known.
    pub contract: Option<Address>,
}

impl BaseUriMismatch {
    pub fn with_contract(mut self, contract: Address) -> Self {
        self.contract = Some(contract);
        self
    }

    /// The config change that would make this keeper publish where the contract points, if
    /// any does.
    fn config_fix(&self) -> Option<String> {
        let value = &self.contract_value;
        if value == IPFS_BASE_URI {
            return Some("set storage.backend = \"ipfs\"".into());
        }
        let base = value.strip_suffix("/metadata/")?;
        let parsed = Url::parse(base).ok()?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return None;
        }
        let backend = match self.backend {
            StorageKind::Ipfs => "storage.backend = \"s3\" (or \"local\") with ",
            _ => "",
        };
        Some(format!("set {backend}storage.public_base_url = {base:?}"))
    }
}

impl fmt::Display for BaseUriMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let contract = self
            .contract
            .map_or_else(|| "$CONTRACT".to_owned(), |a| a.to_string());
        write!(
            f,
            "the contract's metadataBaseURI is {:?} but this keeper publishes metadata under {:?}, \
             so delivered tokens would not resolve: have the owner run \
             `cast send {contract} \"setMetadataBaseURI(string)\" {:?}` (or script/Admin.s.sol's \
             setMetadataBaseURI; an owner that is a multisig proposes the calldata of \
             `cast calldata \"setMetadataBaseURI(string)\" {:?}` to {contract})",
            self.contract_value, self.expected, self.expected, self.expected
        )?;
        match self.config_fix() {
            Some(fix) => write!(f, ", or {fix}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for BaseUriMismatch {}

/// The `metadataBaseURI()` the contract must hold for this keeper's tokens to resolve.
pub fn expected_metadata_base_uri(storage: &Storage) -> String {
    storage.metadata_base_uri()
}

/// Whether the contract's base URI (`contract_value`) points where `storage` publishes.
pub fn check_metadata_base_uri(
    contract_value: &str,
    storage: &Storage,
) -> Result<(), BaseUriMismatch> {
    let expected = expected_metadata_base_uri(storage);
    if contract_value == expected {
        return Ok(());
    }
    Err(BaseUriMismatch {
        contract_value: contract_value.to_owned(),
        expected,
        backend: storage.kind(),
        contract: None,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum PreflightError {
    #[error(transparent)]
    BaseUri(#[from] BaseUriMismatch),
    #[error(
        "storage.public_base_url {url:?} is a loopback or private address, which no marketplace \
         can reach, and chain {chain_id} is not a local development chain: set \
         storage.public_base_url to where the public reads your files (and the contract's base \
         URI to that + \"/metadata/\"), or use storage.backend = \"ipfs\""
    )]
    PrivatePublicUrl { url: String, chain_id: u64 },
    /// Storage errors are kept as one redacted line: they often quote a server's multi-line
    /// answer, and the keeper's exit message is one line.
    #[error("storage probe failed ({backend}): {reason}; {fix}")]
    Probe {
        backend: &'static str,
        reason: String,
        fix: &'static str,
    },
    #[error("{reason}; {fix}")]
    PublicRead { reason: String, fix: &'static str },
    #[error("checking the contract: {}", error_line(.0))]
    Chain(String),
}

/// Runs every check, cheapest first. `chain_id` is the connected chain's; `declared_local` is
/// `chain.local`.
pub async fn run(
    storage: &Storage,
    nft: &GenImNFTInstance<DynProvider>,
    chain_id: u64,
    declared_local: bool,
) -> Result<(), PreflightError> {
    // Before the base URI: pointing the contract at a private URL is no fix on a public chain.
    if let Some(url) = storage.public_base_url()
        && is_private_url(url)
        && !is_local_chain(chain_id, declared_local)
    {
        return Err(PreflightError::PrivatePublicUrl {
            url: url.to_owned(),
            chain_id,
        });
    }
    let contract_value = nft
        .metadataBaseURI()
        .call()
        .await
        .map_err(|e| PreflightError::Chain(format!("metadataBaseURI(): {e}")))?;
    check_metadata_base_uri(&contract_value, storage)
        .map_err(|mismatch| mismatch.with_contract(*nft.address()))?;
    let (backend, fix) = describe(storage.kind());
    storage.probe().await.map_err(|e| PreflightError::Probe {
        backend,
        reason: error_line(&e.to_string()),
        fix,
    })?;
    storage
        .check_public_read()
        .await
        .map_err(|e| PreflightError::PublicRead {
            reason: error_line(&e.to_string()),
            fix: match storage.kind() {
                StorageKind::Ipfs => {
                    "published files must resolve through storage.ipfs_gateway_url: check the \
                     gateway, or leave the key empty to skip this check"
                }
                _ => {
                    "make the bucket's metadata/ and images/ publicly readable, or set \
                     storage.public_base_url to where they are"
                }
            },
        })
}

fn describe(kind: StorageKind) -> (&'static str, &'static str) {
    match kind {
        StorageKind::Local => (
            "storage.backend = \"local\"",
            "check that storage.dir is a writable directory",
        ),
        StorageKind::ObjectStore => (
            "storage.backend = \"s3\"",
            // Literals name the variables (constants in `storage`); a test keeps them in sync.
            "check storage.endpoint, storage.bucket, storage.region and the credentials in \
             AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY",
        ),
        StorageKind::Ipfs => (
            "storage.backend = \"ipfs\"",
            "check storage.ipfs_api_url and the credentials in GENIM_IPFS_API_TOKEN or \
             GENIM_IPFS_API_BASIC_AUTH",
        ),
    }
}

/// Whether `url`'s host can only be reached from this machine or its private network:
/// loopback, private, link-local, shared (CGNAT) or unspecified addresses, `localhost`,
/// local-only domains, and single-label names. Names are not resolved.
pub fn is_private_url(url: &str) -> bool {
    let Ok(parsed) = Url::parse(url) else {
        return false;
    };
    match parsed.host() {
        Some(Host::Ipv4(ip)) => is_private_ip(IpAddr::V4(ip)),
        Some(Host::Ipv6(ip)) => is_private_ip(IpAddr::V6(ip)),
        Some(Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost"
                || !name.contains('.')
                || [".localhost", ".local", ".internal", ".lan", ".home.arpa"]
                    .iter()
                    .any(|suffix| name.ends_with(suffix))
        }
        None => true,
    }
}

fn is_private_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_private_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || v6 == Ipv6Addr::LOCALHOST
        }
    }
}

fn is_private_v4(v4: Ipv4Addr) -> bool {
    let [a, b, ..] = v4.octets();
    v4.is_loopback()
        || v4.is_private()
        || v4.is_link_local()
        || v4.is_unspecified()
        || (a == 100 && (64..128).contains(&b)) // shared address space 100.64.0.0/10
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{
        AWS_ACCESS_KEY_ID_ENV, AWS_SECRET_ACCESS_KEY_ENV, IPFS_API_BASIC_AUTH_ENV,
        IPFS_API_TOKEN_ENV, IpfsConfig,
    };

    fn local(public: &str) -> Storage {
        Storage::local("/nonexistent", public).unwrap()
    }

    #[test]
    fn base_uri_must_match_the_backend() {
        let storage = local("https://files.example/genim/");
        assert_eq!(
            expected_metadata_base_uri(&storage),
            "https://files.example/genim/metadata/"
        );
        assert!(check_metadata_base_uri("https://files.example/genim/metadata/", &storage).is_ok());

        let mismatch = check_metadata_base_uri("ipfs://", &storage).unwrap_err();
        let text = mismatch
            .clone()
            .with_contract(Address::repeat_byte(0x11))
            .to_string();
        assert!(!text.contains('\n'), "{text}");
        assert!(
            text.contains(r#"cast send 0x1111111111111111111111111111111111111111 "setMetadataBaseURI(string)" "https://files.example/genim/metadata/""#),
            "{text}"
        );
        assert!(
            text.ends_with(r#"or set storage.backend = "ipfs""#),
            "{text}"
        );

        let other = check_metadata_base_uri("https://cdn.example/metadata/", &storage).unwrap_err();
        assert!(
            other
                .to_string()
                .ends_with(r#"or set storage.public_base_url = "https://cdn.example""#),
            "{other}"
        );
        // A trailing slash is part of the rule.
        assert!(check_metadata_base_uri("https://files.example/genim/metadata", &storage).is_err());
        let odd = check_metadata_base_uri("ar://x/", &storage)
            .unwrap_err()
            .to_string();
        assert!(
            !odd.contains("or set storage."),
            "no config can fix it, only the contract: {odd}"
        );
        assert!(
            odd.contains("cast calldata"),
            "a multisig owner's way: {odd}"
        );
    }

    #[test]
    fn ipfs_storage_needs_the_ipfs_base_uri() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::ipfs(IpfsConfig::new("http://127.0.0.1:5001", dir.path())).unwrap();
        assert!(check_metadata_base_uri("ipfs://", &storage).is_ok());
        let mismatch = check_metadata_base_uri("https://cdn.example/metadata/", &storage)
            .unwrap_err()
            .to_string();
        assert!(
            mismatch.contains(r#""setMetadataBaseURI(string)" "ipfs://""#),
            "{mismatch}"
        );
        assert!(
            mismatch.ends_with(
                r#"or set storage.backend = "s3" (or "local") with storage.public_base_url = "https://cdn.example""#
            ),
            "{mismatch}"
        );
    }

    #[test]
    fn recognizes_private_urls() {
        for url in [
            "http://127.0.0.1:8080",
            "http://localhost:8080",
            "http://files.localhost",
            "http://10.1.2.3",
            "http://172.20.0.1",
            "http://192.168.1.10/x",
            "http://169.254.1.1",
            "http://100.100.1.1",
            "http://0.0.0.0:80",
            "http://[::1]:8080",
            "http://[fd00::1]",
            "http://[fe80::1]",
            "http://[::ffff:192.168.0.1]",
            "http://minio:9000",
            "http://nas.local",
        ] {
            assert!(is_private_url(url), "{url}");
        }
        for url in [
            "https://genim.s3.fr-par.scw.cloud",
            "https://8.8.8.8",
            "https://[2001:db8::1]",
            "https://cdn.example.com/genim",
        ] {
            assert!(!is_private_url(url), "{url}");
        }
    }

    #[test]
    fn fixes_name_the_real_environment_variables() {
        let (_, s3) = describe(StorageKind::ObjectStore);
        assert!(s3.contains(AWS_ACCESS_KEY_ID_ENV) && s3.contains(AWS_SECRET_ACCESS_KEY_ENV));
        let (_, ipfs) = describe(StorageKind::Ipfs);
        assert!(ipfs.contains(IPFS_API_TOKEN_ENV) && ipfs.contains(IPFS_API_BASIC_AUTH_ENV));
    }
}
