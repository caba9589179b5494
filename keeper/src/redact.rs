//! Keeps credentials out of logs and error messages.
//!
//! Two layers, because neither is enough alone:
//! - [`redact_url`] and [`redact_urls`] render URLs for humans without their secrets: userinfo
//!   removed, query values masked, key-like path segments (Alchemy `/v2/<key>`, Infura
//!   `/v3/<key>`) masked. Error messages that name an endpoint use them.
//! - The process-wide [`Redactor`] ([`global`]) knows the exact secrets of this process (RPC URL
//!   parts, image API key, AWS keys, agent key, keystore password, ...) and scrubs them from any
//!   text, wherever they hide: a provider echoing a key in an error body, a dependency's error
//!   quoting a request. Every log line passes through it ([`ScrubbingMakeWriter`]), and so does
//!   the binary's final `error: ...` line. It also strips URL userinfo and query values, which
//!   catches credentials nobody registered (signed download URLs).

use std::borrow::Cow;
use std::io;
use std::sync::RwLock;

use tracing_subscriber::fmt::MakeWriter;
use url::Url;

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// Shorter registered secrets are ignored: masking every `"test"` or `"10"` in the logs would
/// garble them, and such values are not credentials anyway. URL userinfo and query values are
/// still masked structurally, whatever their length.
pub const MIN_SECRET_LEN: usize = 6;

/// A path segment or query value at least this long, made only of token characters and with
/// digits or mixed case, is taken for a key (Alchemy, Infura, QuickNode and Ankr keys are 32 to
/// 64 such characters; `eth-mainnet` or `images` are not keys).
const MIN_KEY_LEN: usize = 16;

/// Query parameters whose values are credentials even when short or word-like.
const SECRET_PARAMS: [&str; 12] = [
    "key",
    "apikey",
    "api_key",
    "api-key",
    "token",
    "access_token",
    "auth",
    "secret",
    "password",
    "sig",
    "signature",
    "x-amz-signature",
];

/// Characters that end a URL inside free text (logs, error messages, JSON).
fn ends_url(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '<' | '>' | '`' | ')' | ']' | '}' | '\\' | '|'
        )
}

/// Whether a path segment or value looks like a random key rather than a word or a number.
pub fn looks_like_key(text: &str) -> bool {
    if text.len() < MIN_KEY_LEN
        || !text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return false;
    }
    let digit = text.chars().any(|c| c.is_ascii_digit());
    let upper = text.chars().any(|c| c.is_ascii_uppercase());
    let lower = text.chars().any(|c| c.is_ascii_lowercase());
    digit || (upper && lower)
}

/// `url` without secrets, for humans: scheme, host, port and the path's ordinary segments stay.
pub fn redact_url(url: &Url) -> String {
    redact_url_text(url.as_str(), true)
}

/// [`redact_url`] for a URL given as text (it need not parse).
pub fn redact_url_str(url: &str) -> String {
    redact_url_text(url.trim(), true)
}

/// Every URL in `text` rendered by [`redact_url`]; for error messages of transports (RPC, image
/// API, S3), which quote the URL they failed on.
pub fn redact_urls(text: &str) -> String {
    map_urls(text, |url| redact_url_text(url, true))
}

/// Applies `render` to every `scheme://...` run in `text`.
fn map_urls(text: &str, render: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(sep) = rest.find("://") {
        let scheme_start = rest[..sep]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            .last()
            .map_or(sep, |(i, _)| i);
        let end = rest[sep + 3..]
            .find(ends_url)
            .map_or(rest.len(), |i| sep + 3 + i);
        out.push_str(&rest[..scheme_start]);
        if scheme_start == sep {
            // "://" without a scheme: not a URL, keep it.
            out.push_str(&rest[sep..end]);
        } else {
            out.push_str(&render(&rest[scheme_start..end]));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The pieces of `scheme://[userinfo@]authority[path][?query][#fragment]`, split without
/// parsing so that partial or invalid URLs are handled too.
struct UrlParts<'a> {
    scheme: &'a str,
    userinfo: Option<&'a str>,
    authority: &'a str,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn split_url(url: &str) -> Option<UrlParts<'_>> {
    let (scheme, rest) = url.split_once("://")?;
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (rest, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let (userinfo, authority) = match authority.rsplit_once('@') {
        Some((u, a)) => (Some(u), a),
        None => (None, authority),
    };
    Some(UrlParts {
        scheme,
        userinfo,
        authority,
        path,
        query,
        fragment,
    })
}

fn redact_url_text(url: &str, mask_path_keys: bool) -> String {
    let Some(parts) = split_url(url) else {
        return url.to_owned();
    };
    let mut out = format!("{}://{}", parts.scheme, parts.authority);
    if mask_path_keys {
        let path: Vec<&str> = parts
            .path
            .split('/')
            .map(|segment| {
                if looks_like_key(&percent_decode(segment)) {
                    MASK
                } else {
                    segment
                }
            })
            .collect();
        out.push_str(&path.join("/"));
    } else {
        out.push_str(parts.path);
    }
    if let Some(query) = parts.query {
        out.push('?');
        out.push_str(&mask_query(query));
    }
    if parts.fragment.is_some() {
        out.push('#');
        out.push_str(MASK);
    }
    out
}

/// `a=1&b=2` → `a=***&b=***`; a bare `flag` stays.
fn mask_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) => format!("{name}={MASK}"),
            None => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes())
        .next()
        .map_or_else(|| text.to_owned(), |(_, v)| v.into_owned())
}

/// The exact secrets of this process, scrubbed from any text. See the module documentation.
pub struct Redactor {
    /// Longest first, so a secret containing another is masked whole.
    secrets: RwLock<Vec<String>>,
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("secrets", &self.read().len())
            .finish()
    }
}

impl Redactor {
    pub const fn new() -> Self {
        Self {
            secrets: RwLock::new(Vec::new()),
        }
    }

    // A poisoned lock means a panic while pushing to a Vec of strings; the list is still usable.
    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<String>> {
        self.secrets
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Registers a secret (trimmed; ignored when shorter than [`MIN_SECRET_LEN`]). Its JSON/Debug
    /// escaped form is registered too, since JSON logs and `{:?}` print it that way, and a
    /// `0x`-prefixed hex key is registered with and without its prefix.
    pub fn add(&self, secret: &str) {
        let secret = secret.trim();
        let mut forms = vec![secret.to_owned()];
        if let Ok(quoted) = serde_json::to_string(secret) {
            forms.push(quoted[1..quoted.len() - 1].to_owned());
        }
        if let Some(bare) = secret
            .strip_prefix("0x")
            .filter(|s| s.chars().all(|c| c.is_ascii_hexdigit()))
        {
            forms.push(bare.to_owned());
        }
        let mut secrets = self
            .secrets
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for form in forms {
            if form.len() >= MIN_SECRET_LEN && !secrets.contains(&form) {
                secrets.push(form);
            }
        }
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }

    /// Registers the secret parts of a URL given as text (it need not parse): userinfo, values of
    /// credential-like query parameters, and key-like path segments and query values, each both
    /// as written and percent-decoded.
    pub fn add_url(&self, url: &str) {
        let Some(parts) = split_url(url.trim()) else {
            // Not even `scheme://` (a typo an error message may echo): learn its key-like tokens.
            for token in url.split(['/', '?', '&', '=', ':', '@', '#']) {
                if looks_like_key(token) {
                    self.add(token);
                }
            }
            return;
        };
        let mut found: Vec<&str> = Vec::new();
        if let Some(userinfo) = parts.userinfo {
            found.push(userinfo);
            found.extend(userinfo.split(':'));
        }
        found.extend(
            parts
                .path
                .split('/')
                .filter(|s| looks_like_key(&percent_decode(s))),
        );
        for pair in parts.query.unwrap_or_default().split('&') {
            if let Some((name, value)) = pair.split_once('=') {
                let name = percent_decode(name).to_ascii_lowercase();
                if SECRET_PARAMS.contains(&name.as_str()) || looks_like_key(&percent_decode(value))
                {
                    found.push(value);
                }
            }
        }
        for part in found {
            self.add(part);
            self.add(&percent_decode(part));
        }
    }

    /// `text` without any registered secret, URL userinfo or URL query value.
    pub fn scrub<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let secrets = self.read();
        let mut out = Cow::Borrowed(text);
        for secret in secrets.iter() {
            if out.contains(secret.as_str()) {
                out = Cow::Owned(out.replace(secret.as_str(), MASK));
            }
        }
        if out.contains("://") {
            out = Cow::Owned(map_urls(&out, |url| redact_url_text(url, false)));
        }
        out
    }
}

static GLOBAL: Redactor = Redactor::new();

/// The process-wide redactor: `main` registers the secrets it knows at start.
pub fn global() -> &'static Redactor {
    &GLOBAL
}

/// [`Redactor::scrub`] with the process-wide redactor.
pub fn scrub(text: &str) -> Cow<'_, str> {
    GLOBAL.scrub(text)
}

/// A `tracing_subscriber` writer factory that scrubs every formatted event (a whole log line,
/// human or JSON) with a [`Redactor`] before handing it to the inner writer.
pub struct ScrubbingMakeWriter<M> {
    inner: M,
    redactor: &'static Redactor,
}

impl<M> ScrubbingMakeWriter<M> {
    /// Scrubs with the process-wide redactor.
    pub fn new(inner: M) -> Self {
        Self::with_redactor(inner, global())
    }

    pub fn with_redactor(inner: M, redactor: &'static Redactor) -> Self {
        Self { inner, redactor }
    }
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for ScrubbingMakeWriter<M> {
    type Writer = ScrubbingWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        ScrubbingWriter {
            inner: self.inner.make_writer(),
            redactor: self.redactor,
            buffer: Vec::new(),
        }
    }
}

/// Collects one event and writes it scrubbed when dropped. `tracing_subscriber` formats an event
/// completely, writes it and drops the writer, so a secret is never split across two buffers.
pub struct ScrubbingWriter<W: io::Write> {
    inner: W,
    redactor: &'static Redactor,
    buffer: Vec<u8>,
}

impl<W: io::Write> io::Write for ScrubbingWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<W: io::Write> Drop for ScrubbingWriter<W> {
    fn drop(&mut self) {
        if self.buffer.is_empty() {
            return;
        }
        let text = String::from_utf8_lossy(&self.buffer);
        let clean = self.redactor.scrub(&text);
        // Nowhere to report a failing log writer; stderr is what failed.
        let _ = self.inner.write_all(clean.as_bytes());
        let _ = self.inner.flush();
    }
}

/// `text` with the user-info part of every `scheme://user[:password]@host` replaced by `***`.
pub fn redact_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("://") {
        let (before, after) = rest.split_at(start + 3);
        out.push_str(before);
        // The authority ends at the first character that cannot be part of it.
        let end = after
            .find(|c: char| {
                matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | ')') || c.is_whitespace()
            })
            .unwrap_or(after.len());
        let authority = &after[..end];
        match authority.rfind('@') {
            Some(at) => {
                out.push_str("***");
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The most characters of an error [`error_line`] keeps.
const MAX_LINE: usize = 600;

/// `text` redacted ([`redact_credentials`]), on one line (servers answer errors as multi-line
/// XML or JSON), and cut at a length a log line or a terminal can show.
pub fn error_line(text: &str) -> String {
    let flat = redact_credentials(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if flat.chars().count() <= MAX_LINE {
        return flat;
    }
    let mut cut: String = flat.chars().take(MAX_LINE).collect();
    cut.push_str(" [...]");
    cut
}

/// A secret value (an API key, a token, a password). Its `Debug` and `Display` never show it, so it
/// cannot leak through a log line or an error message by accident; [`Secret::expose`] is for the
/// one place that puts it into a request.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The raw value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;
    use std::sync::{Arc, Mutex};

    const ALCHEMY_KEY: &str = "Xk3vQ9mZr7TbW2pLs8YdN4eHc6JuAf1G";
    const INFURA_KEY: &str = "9aa3d95b3bc440fa88ea12eaa4456161";

    fn leaked() -> &'static Redactor {
        Box::leak(Box::new(Redactor::new()))
    }

    #[test]
    fn url_rendering_keeps_the_endpoint_and_drops_the_secrets() {
        let cases = [
            (
                format!("https://opt-mainnet.g.alchemy.com/v2/{ALCHEMY_KEY}"),
                "https://opt-mainnet.g.alchemy.com/v2/***",
            ),
            (
                format!("https://optimism-mainnet.infura.io/v3/{INFURA_KEY}"),
                "https://optimism-mainnet.infura.io/v3/***",
            ),
            (
                "https://user:hunter22@rpc.example.com:8545/eth?apikey=abc&chain=10#frag".into(),
                "https://rpc.example.com:8545/eth?apikey=***&chain=***#***",
            ),
            ("http://127.0.0.1:8545/".into(), "http://127.0.0.1:8545/"),
            (
                "https://openai.inference.de-txl.ionos.com/v1/images/generations".into(),
                "https://openai.inference.de-txl.ionos.com/v1/images/generations",
            ),
            (
                "https://api.bfl.ai/v1/flux-pro-1.1?flag".into(),
                "https://api.bfl.ai/v1/flux-pro-1.1?flag",
            ),
        ];
        for (url, expected) in cases {
            assert_eq!(redact_url_str(&url), expected, "{url}");
            if let Ok(parsed) = Url::parse(&url) {
                assert_eq!(redact_url(&parsed), expected, "{url} parsed");
            }
        }
    }

    #[test]
    fn key_detection_spares_words_and_short_numbers() {
        for key in [
            ALCHEMY_KEY,
            INFURA_KEY,
            "abcdefABCDEFabcdef",
            "0123456789abcdef",
        ] {
            assert!(looks_like_key(key), "{key}");
        }
        for word in [
            "v2",
            "eth-mainnet",
            "optimism-mainnet",
            "generations",
            "flux-pro-1.1",
            "FLUX.1-schnell",
            "12345",
            "",
        ] {
            assert!(!looks_like_key(word), "{word}");
        }
    }

    #[test]
    fn urls_inside_text_are_redacted() {
        let text = format!(
            "error sending request for url (https://opt-mainnet.g.alchemy.com/v2/{ALCHEMY_KEY}?x=1): connection refused; see http://docs.example.com/help"
        );
        assert_eq!(
            redact_urls(&text),
            "error sending request for url (https://opt-mainnet.g.alchemy.com/v2/***?x=***): connection refused; see http://docs.example.com/help"
        );
        assert_eq!(redact_urls("no url :// here"), "no url :// here");
    }

    #[test]
    fn redactor_scrubs_registered_secrets_in_any_form() {
        let redactor = leaked();
        redactor.add("sk-live-0123456789");
        redactor.add("pass\"word\\1");
        redactor.add("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        redactor.add("short");
        let text = "key sk-live-0123456789 json \"pass\\\"word\\\\1\" hex ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 short";
        assert_eq!(redactor.scrub(text), "key *** json \"***\" hex *** short");
        assert!(matches!(redactor.scrub("nothing here"), Cow::Borrowed(_)));
    }

    #[test]
    fn redactor_learns_the_secret_parts_of_urls() {
        let redactor = leaked();
        redactor.add_url(&format!(
            "https://rpcuser:rpc%2Fpassword@opt-mainnet.g.alchemy.com/v2/{ALCHEMY_KEY}?token=mytoken1&chain=optimism"
        ));
        // Where an error or a dependency prints the parts without the URL around them.
        let text =
            format!("auth rpc/password rpcuser key {ALCHEMY_KEY} token mytoken1 chain optimism");
        assert_eq!(
            redactor.scrub(&text),
            "auth *** *** key *** token *** chain optimism"
        );
        // Not even a parseable URL: the key-like parts are still learnt.
        redactor.add_url(&format!("https//broken.example.com/v3/{INFURA_KEY}"));
        assert_eq!(redactor.scrub(INFURA_KEY), MASK);
    }

    #[test]
    fn redactor_strips_credentials_from_unregistered_urls_but_keeps_paths() {
        let redactor = leaked();
        let text = "GET https://blob.example.net/sample.png?se=2030&sig=abc%2B1 by http://u:p@host/x and metadata http://127.0.0.1:8080/metadata/5f1e0c2d9a8b7c6d5e4f30211f2e3d4c5b6a79881726354453627180a9b8c7d6.json";
        assert_eq!(
            redactor.scrub(text),
            "GET https://blob.example.net/sample.png?se=***&sig=*** by http://host/x and metadata http://127.0.0.1:8080/metadata/5f1e0c2d9a8b7c6d5e4f30211f2e3d4c5b6a79881726354453627180a9b8c7d6.json"
        );
    }

    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn log_lines_are_scrubbed_in_human_and_json_formats() {
        let redactor = leaked();
        redactor.add("sk-log-secret-42");
        for json in [false, true] {
            let sink = Sink::default();
            let writer = {
                let sink = sink.clone();
                ScrubbingMakeWriter::with_redactor(move || sink.clone(), redactor)
            };
            let builder = tracing_subscriber::fmt()
                .with_writer(writer)
                .with_ansi(false);
            let dispatch = if json {
                tracing::Dispatch::new(builder.json().finish())
            } else {
                tracing::Dispatch::new(builder.finish())
            };
            tracing::dispatcher::with_default(&dispatch, || {
                tracing::warn!(
                    url = "https://h/v2/x?apikey=sk-log-secret-42",
                    "failed with sk-log-secret-42"
                );
            });
            let written = String::from_utf8(sink.0.lock().unwrap().clone()).unwrap();
            assert!(!written.contains("sk-log-secret-42"), "{written}");
            assert!(written.contains("failed with ***"), "{written}");
            assert!(written.contains("https://h/v2/x?apikey=***"), "{written}");
            if json {
                let line: serde_json::Value = serde_json::from_str(written.trim()).unwrap();
                assert_eq!(line["fields"]["message"], "failed with ***");
            }
        }
    }

    #[test]
    fn the_writer_writes_nothing_for_an_empty_event() {
        let sink = Sink::default();
        drop(ScrubbingWriter {
            inner: sink.clone(),
            redactor: leaked(),
            buffer: Vec::new(),
        });
        let mut writer = ScrubbingWriter {
            inner: sink.clone(),
            redactor: leaked(),
            buffer: Vec::new(),
        };
        writer.write_all(b"a line\n").unwrap();
        assert!(
            sink.0.lock().unwrap().is_empty(),
            "written before the event ended"
        );
        drop(writer);
        assert_eq!(sink.0.lock().unwrap().as_slice(), b"a line\n");
    }

    #[test]
    fn hides_user_info_in_every_url() {
        assert_eq!(
            redact_credentials(
                "GET https://user:p%40ss@host:443/x failed; retry http://k@h2?q=1 and ftp://plain/x"
            ),
            "GET https://***@host:443/x failed; retry http://***@h2?q=1 and ftp://plain/x"
        );
        assert_eq!(redact_credentials("no url here"), "no url here");
        assert_eq!(
            redact_credentials("(\"https://a:b@c\")"),
            "(\"https://***@c\")"
        );
        assert_eq!(redact_credentials("x://"), "x://");
    }

    #[test]
    fn error_lines_are_single_short_and_redacted() {
        let line =
            error_line("403 Forbidden:\n<Error>\n  <Code>X</Code>\n</Error> at https://a:b@h/");
        assert_eq!(
            line,
            "403 Forbidden: <Error> <Code>X</Code> </Error> at https://***@h/"
        );
        let long = error_line(&"word ".repeat(1000));
        assert!(long.len() < 700 && long.ends_with("[...]"), "{long}");
    }
}
