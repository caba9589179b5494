//! A config file that does not parse is reported by place and key only. Its text may hold
//! credentials (an RPC URL with its key in the path), and toml's own error quotes the offending
//! line and the values it could not read, so neither is ever passed on.

use std::fmt;

/// The longest problem description kept from the parser's message.
const MAX_PROBLEM_CHARS: usize = 200;
/// Key names longer than this are not shown: a real key of this config is short.
const MAX_KEY_CHARS: usize = 64;

/// Where a config file failed to parse and why, without any of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    /// 1-based line and column of the error, when the parser could place it.
    pub position: Option<(usize, usize)>,
    /// The dotted key on that line (`chain.rpc_url`), when the line names one.
    pub key: Option<String>,
    /// The parser's description with every quoted value removed.
    pub problem: String,
}

impl ParseFailure {
    /// Describes `error`, which toml reported for `text`.
    pub fn of(text: &str, error: &toml::de::Error) -> Self {
        let start = error.span().map(|span| span.start.min(text.len()));
        Self {
            position: start.map(|offset| line_and_column(text, offset)),
            key: start.and_then(|offset| key_at(text, offset)),
            problem: without_values(error.message()),
        }
    }
}

impl fmt::Display for ParseFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.position {
            write!(f, "line {line}, column {column}")?;
        } else {
            f.write_str("unknown position")?;
        }
        if let Some(key) = &self.key {
            write!(f, " (key {key})")?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// 1-based line and column (in characters) of byte `offset`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The full key the line at `offset` assigns (table header plus key), or the table a header line
/// opens. Only names made of key characters are returned, never anything from a value.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let line_index = text.get(..offset).unwrap_or(text).matches('\n').count();
    let lines: Vec<&str> = text.split('\n').collect();
    let line = lines.get(line_index)?.trim();
    if let Some(header) = table_header(line) {
        return Some(header.to_owned());
    }
    let (name, _) = line.split_once('=')?;
    let name = plain_key(name.trim())?;
    let table = lines[..line_index]
        .iter()
        .rev()
        .find_map(|l| table_header(l.trim()));
    Some(match table {
        Some(table) => format!("{table}.{name}"),
        None => name.to_owned(),
    })
}

/// `images.tiers.1` for `[images.tiers.1]` (or `[[...]]`).
fn table_header(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?.trim_start_matches('[');
    let end = inner.find(']')?;
    plain_key(inner[..end].trim())
}

/// `name` if it is a bare dotted TOML key of reasonable length.
fn plain_key(name: &str) -> Option<&str> {
    let plain = !name.is_empty()
        && name.chars().count() <= MAX_KEY_CHARS
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    plain.then_some(name)
}

/// The parser's message with every quoted run (`"..."`, `'...'`) replaced by `"…"`, on one line
/// and cut short. Field names in backticks stay: they are the config's own vocabulary.
pub(super) fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quote = None;
    for c in message.chars() {
        match quote {
            Some(open) if c == open => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                out.push_str("\"…\"");
            }
            None => out.push(c),
        }
    }
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = crate::redact::redact_urls(&flat);
    match flat.char_indices().nth(MAX_PROBLEM_CHARS) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC";

    fn failure(text: &str) -> ParseFailure {
        let error = toml::from_str::<crate::config::Config>(text).expect_err("must not parse");
        ParseFailure::of(text, &error)
    }

    #[test]
    fn unterminated_string_names_the_place_and_key_only() {
        let text = format!(
            "[chain]\ncontract = \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n\
             rpc_url = \"https://opt-mainnet.example/v2/{KEY}\nconfirmations = 2\n"
        );
        let failure = failure(&text);
        let shown = failure.to_string();
        assert!(!shown.contains(KEY), "{shown}");
        assert!(!shown.contains("opt-mainnet"), "{shown}");
        assert_eq!(failure.key.as_deref(), Some("chain.rpc_url"), "{shown}");
        assert_eq!(failure.position.map(|(line, _)| line), Some(3), "{shown}");
    }

    #[test]
    fn type_errors_do_not_quote_the_value() {
        let text = format!("[chain]\nconfirmations = \"https://user:{KEY}@rpc.example/\"\n");
        let failure = failure(&text);
        let shown = failure.to_string();
        assert!(!shown.contains(KEY), "{shown}");
        assert!(!shown.contains("rpc.example"), "{shown}");
        assert_eq!(failure.key.as_deref(), Some("chain.confirmations"));
        assert_eq!(failure.position, Some((2, 17)));
        assert!(shown.contains("invalid type"), "{shown}");
    }

    #[test]
    fn unknown_keys_are_named() {
        let failure = failure("[chain]\nrpc = 1\n");
        assert_eq!(failure.key.as_deref(), Some("chain.rpc"));
        assert!(failure.problem.contains("unknown field"), "{failure}");
    }

    #[test]
    fn values_that_look_like_keys_are_never_taken_for_key_names() {
        assert_eq!(key_at("[a]\n\"x y\" = 1\n", 5), None);
        assert_eq!(key_at("[a.b]\nc = 1\n", 7).as_deref(), Some("a.b.c"));
        assert_eq!(key_at("[[a]]\n", 1).as_deref(), Some("a"));
        assert_eq!(
            without_values("bad 'x' and \"y\" `f`"),
            "bad \"…\" and \"…\" `f`"
        );
    }
}
