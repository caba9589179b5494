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

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::{Cid, DAG_PB, RAW, push_varint};

/// Kubo's default chunk size.
pub const CHUNK_SIZE: usize = 256 * 1024;
/// Kubo's balanced layout: links per dag-pb node.
pub const MAX_LINKS: usize = 174;
/// UnixFS `Data.DataType.File`.
const UNIXFS_FILE: u64 = 2;
/// UnixFS `Data` of a plain (not sharded) directory: `Type = Directory`, nothing else.
const UNIXFS_DIRECTORY_DATA: [u8; 2] = [0x08, 0x01];

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
    file_node(bytes, import).cid
}

fn file_node(bytes: &[u8], import: Import) -> Node {
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
    level.swap_remove(0)
}

/// Why a set of files cannot be imported as one directory.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    #[error("the directory has no files")]
    Empty,
    #[error("{path:?} is not a plain relative path (empty, `.` or `..` segment, or leading `/`)")]
    BadPath { path: String },
    #[error("{path:?} is given twice, or as both a file and a directory")]
    Clash { path: String },
}

/// A directory tree to import: names sorted as bytes, which is also dag-pb's link order.
#[derive(Debug, Default)]
pub struct Tree<'a> {
    entries: BTreeMap<&'a str, Entry<'a>>,
}

#[derive(Debug)]
enum Entry<'a> {
    File(&'a [u8]),
    Dir(Tree<'a>),
}

impl<'a> Tree<'a> {
    /// Builds the tree of `files`, each under its `/`-separated path relative to the root.
    pub fn new(files: &[(&'a str, &'a [u8])]) -> Result<Self, DirectoryError> {
        if files.is_empty() {
            return Err(DirectoryError::Empty);
        }
        let mut root = Tree::default();
        for &(path, bytes) in files {
            let segments: Vec<&str> = path.split('/').collect();
            if segments
                .iter()
                .any(|s| s.is_empty() || *s == "." || *s == "..")
            {
                return Err(DirectoryError::BadPath { path: path.into() });
            }
            let clash = || DirectoryError::Clash { path: path.into() };
            let (name, parents) = segments.split_last().ok_or_else(clash)?;
            let mut dir = &mut root;
            for parent in parents {
                let entry = dir
                    .entries
                    .entry(parent)
                    .or_insert_with(|| Entry::Dir(Tree::default()));
                dir = match entry {
                    Entry::Dir(tree) => tree,
                    Entry::File(_) => return Err(clash()),
                };
            }
            if dir.entries.insert(name, Entry::File(bytes)).is_some() {
                return Err(clash());
            }
        }
        Ok(root)
    }

    /// The CID of the directory (`ipfs add --wrap-with-directory` of the files, with `import`).
    pub fn cid(&self, import: Import) -> Cid {
        self.node(import).cid
    }

    /// Every directory (`None`) and file (`Some(bytes)`) below the root with its full path,
    /// depth first in name order, each directory before what it holds (the order Kubo's
    /// multipart reader needs).
    pub fn walk(&self) -> Vec<(String, Option<&'a [u8]>)> {
        let mut out = Vec::new();
        self.walk_into("", &mut out);
        out
    }

    fn walk_into(&self, prefix: &str, out: &mut Vec<(String, Option<&'a [u8]>)>) {
        for (name, entry) in &self.entries {
            let path = if prefix.is_empty() {
                (*name).to_owned()
            } else {
                format!("{prefix}/{name}")
            };
            match entry {
                Entry::File(bytes) => out.push((path, Some(*bytes))),
                Entry::Dir(tree) => {
                    out.push((path.clone(), None));
                    tree.walk_into(&path, out);
                }
            }
        }
    }

    /// A plain UnixFS directory: one named link per entry with the entry's whole DAG size
    /// (`Tsize`), as Kubo and the JS importer write it below the sharding threshold.
    fn node(&self, import: Import) -> Node {
        let mut links = Vec::with_capacity(self.entries.len());
        for (name, entry) in &self.entries {
            let child = match entry {
                Entry::File(bytes) => file_node(bytes, import),
                Entry::Dir(tree) => tree.node(import),
            };
            links.push((child, *name));
        }
        let mut block = Vec::new();
        for (child, name) in &links {
            push_link(&mut block, &child.cid, name, child.tree_size);
        }
        push_bytes_field(&mut block, 0x0a, &UNIXFS_DIRECTORY_DATA);
        Node {
            cid: import.dag_pb_cid(&block),
            tree_size: block.len() as u64 + links.iter().map(|(c, _)| c.tree_size).sum::<u64>(),
            file_size: 0,
        }
    }
}

/// The CID `ipfs add --cid-version=1 --raw-leaves --wrap-with-directory` gives `files`.
pub fn directory_cid(files: &[(&str, &[u8])]) -> Result<Cid, DirectoryError> {
    Ok(Tree::new(files)?.cid(Import::KUBO_V1_RAW_LEAVES))
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
        push_link(&mut out, &link.cid, "", link.tree_size);
    }
    push_bytes_field(&mut out, 0x0a, data);
    out
}

/// A `PBLink` (field 2 of `PBNode`): Hash, Name, Tsize.
fn push_link(out: &mut Vec<u8>, cid: &Cid, name: &str, tree_size: u64) {
    let mut encoded = Vec::new();
    push_bytes_field(&mut encoded, 0x0a, &cid.to_bytes());
    push_bytes_field(&mut encoded, 0x12, name.as_bytes());
    encoded.push(0x18);
    push_varint(&mut encoded, tree_size);
    push_bytes_field(out, 0x12, &encoded);
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

    /// `ipfs add --cid-version=1 --raw-leaves --wrap-with-directory` of these files, as the
    /// test node (keeper/tests/ipfs-node, the reference JS importer) answers it.
    #[test]
    fn directories_match_the_js_importer() {
        let hello = b"hello world\n".as_slice();
        let index = b"<!doctype html><p>hi</p>\n".as_slice();
        let big = vec![b'a'; 300_000];
        assert_eq!(
            directory_cid(&[("hello.txt", hello)]).unwrap().to_string(),
            "bafybeidhkumeonuwkebh2i4fc7o7lguehauradvlk57gzake6ggjsy372a"
        );
        let files = [
            ("index.html", index),
            ("assets/hello.txt", hello),
            ("assets/big.bin", big.as_slice()),
        ];
        assert_eq!(
            directory_cid(&files).unwrap().to_string(),
            "bafybeiadewl5zk7ue5g6errtnjvw7tv3whk33al5g5adp2zxvgpz5bafuu"
        );
        // Links sorted as bytes: "B" < "a b" < "b" < "ä".
        let names = [
            ("b.txt", hello),
            ("B.txt", hello),
            ("ä.txt", index),
            ("a b.txt", index),
        ];
        assert_eq!(
            directory_cid(&names).unwrap().to_string(),
            "bafybeibjgfrp2cel3zyf2rwetvtkyfa5qpxjn6bw2zbsf5zum545n52hc4"
        );
        // The subdirectory alone, and the order the files come in does not matter.
        let tree = Tree::new(&[("big.bin", big.as_slice()), ("hello.txt", hello)]).unwrap();
        assert_eq!(
            tree.cid(Import::KUBO_V1_RAW_LEAVES).to_string(),
            "bafybeidcdq5prhgxa2bq6664ki5e72pi3kqwnjrrijtxktn74xdcpllu34"
        );
    }

    #[test]
    fn directory_walk_lists_parents_first_in_name_order() {
        let files = [("b/y", b"1".as_slice()), ("a", b"2"), ("b/x/z", b"3")];
        let walk: Vec<(String, bool)> = Tree::new(&files)
            .unwrap()
            .walk()
            .into_iter()
            .map(|(path, bytes)| (path, bytes.is_some()))
            .collect();
        let expected = [
            ("a", true),
            ("b", false),
            ("b/x", false),
            ("b/x/z", true),
            ("b/y", true),
        ];
        assert_eq!(walk, expected.map(|(p, f)| (p.to_owned(), f)).to_vec());
    }

    #[test]
    fn bad_directory_paths_are_refused() {
        let x = b"x".as_slice();
        assert_eq!(directory_cid(&[]), Err(DirectoryError::Empty));
        for path in ["", "/a", "a//b", "a/./b", "../a", "a/"] {
            assert!(
                matches!(
                    directory_cid(&[(path, x)]),
                    Err(DirectoryError::BadPath { .. })
                ),
                "{path:?}"
            );
        }
        assert!(matches!(
            directory_cid(&[("a", x), ("a", x)]),
            Err(DirectoryError::Clash { .. })
        ));
        assert!(matches!(
            directory_cid(&[("a", x), ("a/b", x)]),
            Err(DirectoryError::Clash { .. })
        ));
        assert!(matches!(
            directory_cid(&[("a/b", x), ("a", x)]),
            Err(DirectoryError::Clash { .. })
        ));
    }
}
