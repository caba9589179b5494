//! The CID that `ipfs add` gives a file, computed locally so the keeper can check what an IPFS
//! node or pinning service answers instead of trusting it.
//!
//! Kubo's importer with `--cid-version=1 --raw-leaves --chunker=size-262144` (the defaults of
//! `ipfs add` apart from the CID version): the file is cut into 256 KiB chunks, each stored as a
//! raw block; a file of one chunk *is* that raw block (so its CID is the contract's
//! `IpfsCid.rawSha256` rule), a larger one gets a balanced tree of dag-pb UnixFS nodes with at
//! most 174 links each, all leaves at the same depth. The dag-pb encoding is the canonical one
//! (links before data, every link with an empty name), byte for byte what Kubo writes.
//!
//! Checked against real implementations (see the tests): Kubo itself (through its library build)
//! and `ipfs_cid` for the classic layout with dag-pb leaves, and js-ipfs 0.66 for raw leaves.

use sha2::{Digest, Sha256};

use super::{Cid, DAG_PB, RAW, push_varint};

/// Kubo's default chunk size.
pub const CHUNK_SIZE: usize = 256 * 1024;
/// Kubo's balanced layout: links per dag-pb node.
pub const MAX_LINKS: usize = 174;
/// UnixFS `Data.DataType.File`.
const UNIXFS_FILE: u64 = 2;

/// How a file is imported; [`Import::KUBO_V1_RAW_LEAVES`] is what the keeper publishes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Import {
    pub cid_version: u8,
    pub raw_leaves: bool,
}

impl Import {
    /// `ipfs add --cid-version=1 --raw-leaves`.
    pub const KUBO_V1_RAW_LEAVES: Self = Self {
        cid_version: 1,
        raw_leaves: true,
    };
    /// Plain `ipfs add` (CIDv0, leaves wrapped in UnixFS nodes): what the tests check against Kubo.
    #[cfg(test)]
    pub const KUBO_V0: Self = Self {
        cid_version: 0,
        raw_leaves: false,
    };

    fn dag_pb_cid(self, node: &[u8]) -> Cid {
        let digest: [u8; 32] = Sha256::digest(node).into();
        if self.cid_version == 0 {
            Cid::v0(digest)
        } else {
            Cid::v1(DAG_PB, digest)
        }
    }
}

/// The CID `ipfs add --cid-version=1 --raw-leaves` gives `bytes`.
pub fn file_cid(bytes: &[u8]) -> Cid {
    file_cid_with(bytes, Import::KUBO_V1_RAW_LEAVES)
}

/// The CID of `bytes` imported with `import`, balanced layout, 256 KiB chunks.
pub fn file_cid_with(bytes: &[u8], import: Import) -> Cid {
    let empty: &[u8] = &[];
    let chunks: Vec<&[u8]> = if bytes.is_empty() {
        vec![empty]
    } else {
        bytes.chunks(CHUNK_SIZE).collect()
    };
    let mut level: Vec<Node> = chunks.into_iter().map(|c| leaf(c, import)).collect();
    // Grouping each level into runs of MAX_LINKS, left to right, builds the same tree as
    // Kubo's depth-first balanced builder: every node is filled before the next one starts.
    while level.len() > 1 {
        level = level
            .chunks(MAX_LINKS)
            .map(|children| parent(children, import))
            .collect();
    }
    level.remove(0).cid
}

/// A built node as its parent links to it.
struct Node {
    cid: Cid,
    /// Bytes of this block and every block below it (dag-pb `Tsize`).
    tree_size: u64,
    /// File bytes below it (UnixFS `blocksizes`).
    file_size: u64,
}

fn leaf(chunk: &[u8], import: Import) -> Node {
    let file_size = chunk.len() as u64;
    if import.raw_leaves {
        return Node {
            cid: Cid::v1(RAW, Sha256::digest(chunk).into()),
            tree_size: file_size,
            file_size,
        };
    }
    let block = dag_pb(&[], &unixfs_file(Some(chunk), file_size, &[]));
    Node {
        cid: import.dag_pb_cid(&block),
        tree_size: block.len() as u64,
        file_size,
    }
}

fn parent(children: &[Node], import: Import) -> Node {
    let file_size = children.iter().map(|c| c.file_size).sum();
    let block_sizes: Vec<u64> = children.iter().map(|c| c.file_size).collect();
    let block = dag_pb(children, &unixfs_file(None, file_size, &block_sizes));
    Node {
        cid: import.dag_pb_cid(&block),
        tree_size: block.len() as u64 + children.iter().map(|c| c.tree_size).sum::<u64>(),
        file_size,
    }
}

/// UnixFS `Data` (proto2): Type, Data (only when there are bytes), filesize, and one
/// unpacked `blocksizes` field per child.
fn unixfs_file(data: Option<&[u8]>, file_size: u64, block_sizes: &[u64]) -> Vec<u8> {
    let mut out = Vec::new();
    out.push(0x08);
    push_varint(&mut out, UNIXFS_FILE);
    if let Some(data) = data.filter(|d| !d.is_empty()) {
        push_bytes_field(&mut out, 0x12, data);
    }
    out.push(0x18);
    push_varint(&mut out, file_size);
    for &size in block_sizes {
        out.push(0x20);
        push_varint(&mut out, size);
    }
    out
}

/// A dag-pb `PBNode`: links first (field 2), then data (field 1), as the spec fixes it.
fn dag_pb(links: &[Node], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for link in links {
        let mut encoded = Vec::new();
        push_bytes_field(&mut encoded, 0x0a, &link.cid.to_bytes());
        push_bytes_field(&mut encoded, 0x12, b"");
        encoded.push(0x18);
        push_varint(&mut encoded, link.tree_size);
        push_bytes_field(&mut out, 0x12, &encoded);
    }
    push_bytes_field(&mut out, 0x0a, data);
    out
}

fn push_bytes_field(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.push(tag);
    push_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::{ipfs_cid_v1_raw, sha256};

    /// Test files: byte `i` is `i % 251`, so chunks differ from each other.
    fn pattern(len: usize) -> Vec<u8> {
        // Copied block by block: byte-by-byte is slow for 45 MB in an unoptimized test build.
        let block: Vec<u8> = (0..=250).collect();
        let mut bytes = Vec::with_capacity(len);
        while bytes.len() < len {
            let take = (len - bytes.len()).min(block.len());
            bytes.extend_from_slice(&block[..take]);
        }
        bytes
    }

    /// (length, CID) pairs. `0` stands for `b"hello world\n"`.
    fn check(vectors: &[(usize, &str)], import: Import) {
        for &(len, expected) in vectors {
            let bytes = if len == 0 {
                b"hello world\n".to_vec()
            } else {
                pattern(len)
            };
            let expected = Cid::parse(expected).unwrap();
            assert_eq!(
                file_cid_with(&bytes, import),
                expected,
                "{len} bytes, {import:?}"
            );
        }
    }

    /// Plain `ipfs add` (CIDv0, dag-pb leaves), as printed by Kubo through its library build
    /// (PyPI `kubo-python` 0.1.5, `AddFile`) and, identically, by Debian's `ipfs_cid`: this
    /// pins the tree shape, the chunking and the dag-pb/UnixFS encoding to Kubo's own.
    #[test]
    fn classic_layout_matches_kubo() {
        check(
            &[
                (0, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"),
                (1, "QmS9JArPwa55ePgDnyg6TzX24mYTS1b1vLqWNebyVotKxQ"),
                (262_144, "QmeqfRyS3vkku7n6krqC3DgGMex3x2sCpSeKMDmrG13QQq"),
                (262_145, "QmUSjGawaz4ptvREcMKSMJneWCa5j8dAz2wSAAvHtW2rnB"),
                (1_000_000, "QmVUbzigHKQR2y8wSt2KwZp92AC9Utfms5nEUHwttK4Yq9"),
                // 174 chunks: one full node.
                (45_613_056, "QmXCym15aFeWjAWyPFaAgwVmkuKB7EBsV77Skt54KmxChF"),
                // 175 chunks: a second level.
                (45_613_057, "QmTedsTekQQkgACJXb1sPZSW8bLdS9LPMrT7L4YdjNRd4n"),
            ],
            Import::KUBO_V0,
        );
        assert_eq!(
            file_cid_with(b"", Import::KUBO_V0).to_string(),
            "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"
        );
    }

    /// `ipfs add --cid-version=1 --raw-leaves` as answered by a js-ipfs 0.66 daemon's
    /// `/api/v0/add` (base58btc is its default CIDv1 text form).
    #[test]
    fn raw_leaves_match_js_ipfs() {
        check(
            &[
                (0, "zb2rhi36Gc9GJWijLEL6zW45MBux5FcFv5gJmjXA7VAMozEXY"),
                (1, "zb2rhe4U4y1DATx1ZBKVdN9xc9JqUXP4dEw66K4GYai1YY9sa"),
                (262_143, "zb2rhX5c1whY1hs4zPnTDgx6gxoCijvVvhRUqo9sLSDugaLUt"),
                (262_144, "zb2rhZz2RUqNF5HtfPef7k7yqDg7bMumHQYWcok23cf9B1ha5"),
                (262_145, "zdj7WfcAwaJfvcq62CZPSbbGp2ETJuvaJStaopHDNKgkd2b8D"),
                (
                    1_000_000,
                    "zdj7WZCMc4eZtgqX68PKKfhygVA2TBvtLmgQew2kc7U8nFDwp",
                ),
                (
                    1_048_576,
                    "zdj7WeH74XhHzxEQieoNn1BN8oCn2awSookEUfNsRYocY324L",
                ),
                (
                    45_613_056,
                    "zdj7WmXTMmmK2xb7FsNk8sys5pHcGUbweyurkvPTtAdUnCEwL",
                ),
                (
                    45_613_057,
                    "zdj7WZXAF6vryzqkySdSnfpybnCFCkFNQU16BRnNtvshbrXJz",
                ),
                (
                    47_185_920,
                    "zdj7WbZfHT8hbHaD25cYkgkoeF5QkenAZj7VP61PNtchZJ7hE",
                ),
            ],
            Import::KUBO_V1_RAW_LEAVES,
        );
        assert_eq!(
            file_cid(b"").to_string(),
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        );
    }

    #[test]
    fn a_single_chunk_is_the_contract_cid() {
        for len in [0, 1, 1000, CHUNK_SIZE] {
            let bytes = pattern(len);
            assert_eq!(
                file_cid(&bytes).to_string(),
                ipfs_cid_v1_raw(&sha256(&bytes)),
                "{len}"
            );
        }
        let two_chunks = pattern(CHUNK_SIZE + 1);
        assert_eq!(file_cid(&two_chunks).codec(), DAG_PB);
    }
}
