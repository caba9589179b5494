//! Security headers on every answer: no MIME sniffing (a stored file is never run as a script or
//! page), no referrer leaks, no framing (clickjacking the buy button), and a Content Security
//! Policy that lets the page talk only to itself, its RPC and gateways.

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;
use url::Url;

/// Answers that are not the page (JSON, images, metadata) need no sources at all.
pub const API_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Plain-http origins the page may always reach: keepers, chains and gateways on the buyer's own
/// machine (`?keeper=http://127.0.0.1:8080/` while developing or testing).
const LOOPBACK_HTTP: &str = " http://127.0.0.1:* http://localhost:*";

/// The page's policy. Scripts and styles only from the keeper (the build has no inline script);
/// `connect-src` and `img-src` allow https (another keeper chosen by `?keeper=`, token URIs on any
/// https host: object stores, gateways), loopback http, and the exact http origins the page is
/// configured to use (a chain's RPC, a gateway), so any other plain-http origin is refused.
pub fn page_policy(origins: &[&str]) -> String {
    let extra: String = origins
        .iter()
        .filter_map(|text| Url::parse(text).ok())
        .filter(|url| url.scheme() == "http")
        .map(|url| format!(" {}", url.origin().ascii_serialization()))
        .collect();
    let extra = format!("{LOOPBACK_HTTP}{extra}");
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; \
         connect-src 'self' https:{extra}; img-src 'self' data: https:{extra}; \
         object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
}

/// Adds the headers to every response of `router` that does not set them itself.
pub fn apply(router: Router, policy: &str) -> Router {
    let policy =
        HeaderValue::from_str(policy).unwrap_or_else(|_| HeaderValue::from_static(API_POLICY));
    router
        .layer(set(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(set(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(set(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(set(header::CONTENT_SECURITY_POLICY, policy))
}

fn set(name: HeaderName, value: HeaderValue) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_policy_names_only_configured_http_origins() {
        let policy = page_policy(&[
            "http://10.0.0.5:8545/",
            "https://ipfs.io/ipfs/",
            "javascript:alert(1)",
        ]);
        let allowed = "https: http://127.0.0.1:* http://localhost:* http://10.0.0.5:8545;";
        assert!(
            policy.contains(&format!("connect-src 'self' {allowed}")),
            "{policy}"
        );
        assert!(
            policy.contains(&format!("img-src 'self' data: {allowed}")),
            "{policy}"
        );
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("ipfs.io") && !policy.contains("javascript"));
    }
}
