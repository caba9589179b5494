//! Keeps credentials out of error messages: a URL such as `https://user:secret@host/` may come
//! from a misconfiguration or from a library's error text, and every message ends up in logs.

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

#[cfg(test)]
mod tests {
    use super::*;

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
