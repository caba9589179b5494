//! What `get_image`'s `request` argument names: a request id from `generate_image` (`req_…`),
//! a token id (decimal), or a mint's transaction hash (`0x` and 64 hex digits).

use rand::RngCore;

/// A fresh request id: `req_` and 32 random hex digits, so it can never be read as a token id.
pub(super) fn new_request_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    format!("req_{}", hex::encode(bytes))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Named {
    Request(String),
    Token(u64),
    Tx(String),
}

pub(super) fn parse(text: &str) -> Option<Named> {
    let text = text.trim();
    if text.starts_with("req_") {
        return Some(Named::Request(text.to_owned()));
    }
    if let Some(hex_digits) = text.strip_prefix("0x")
        && hex_digits.len() == 64
        && hex_digits.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return Some(Named::Tx(text.to_ascii_lowercase()));
    }
    text.parse().ok().map(Named::Token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_hashes_and_tokens_are_told_apart() {
        let id = new_request_id();
        assert_eq!(id.len(), 36);
        assert_eq!(parse(&id), Some(Named::Request(id.clone())));
        assert!(id[4..].parse::<u64>().is_err() || id.starts_with("req_"));
        assert_eq!(parse(" 42 "), Some(Named::Token(42)));
        let hash = format!("0x{}", "Ab".repeat(32));
        assert_eq!(parse(&hash), Some(Named::Tx(hash.to_ascii_lowercase())));
        assert_eq!(parse("0x12"), None);
        assert_eq!(parse("fox"), None);
    }
}
