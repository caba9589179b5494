//! The image provider is not trusted with anything but the image: the URLs it hands back (an
//! image to download, a task to poll) are checked before anything is fetched. Only https, only
//! public addresses (checked on the resolved IP, not the name, and again at connect time by
//! [`GuardedResolver`]), no redirect to another host. The configured API host, and hosts the
//! operator lists in `images.allow_insecure_hosts`, are exempt from the scheme and address checks
//! (local and test setups), never from the same-host rule for redirects.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use reqwest::Url;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Redirects followed within one host at most.
const MAX_REDIRECTS: usize = 5;

/// Why a URL from the provider is not fetched. Names the host at most, never a path or query
/// (signed URLs carry credentials there).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UntrustedUrl {
    #[error("not an https URL")]
    NotHttps,
    #[error("URL without a host")]
    NoHost,
    #[error("host {host} is not a public address")]
    PrivateAddress { host: String },
    #[error("redirect from {from} to another host, {to}")]
    RedirectToOtherHost { from: String, to: String },
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
}

impl UntrustedUrl {
    /// The refusal without any host name, for public messages.
    pub fn summary(&self) -> &'static str {
        match self {
            Self::NotHttps => "not https",
            Self::NoHost => "no host",
            Self::PrivateAddress { .. } => "not a public address",
            Self::RedirectToOtherHost { .. } => "redirect to another host",
            Self::TooManyRedirects => "too many redirects",
        }
    }
}

/// Which hosts are trusted as much as the operator's own configuration.
#[derive(Debug, Clone, Default)]
pub struct HostPolicy {
    /// Lowercase host names or IP literals (without port).
    trusted: Arc<BTreeSet<String>>,
}

impl HostPolicy {
    /// Trusts `base`'s host and every host in `insecure_hosts` (names or IP literals).
    pub fn new(base: &Url, insecure_hosts: &[String]) -> Self {
        let trusted = base
            .host_str()
            .into_iter()
            .map(str::to_owned)
            .chain(insecure_hosts.iter().map(|h| h.trim().to_owned()))
            .map(|h| normalized_host(&h))
            .filter(|h| !h.is_empty())
            .collect();
        Self {
            trusted: Arc::new(trusted),
        }
    }

    /// Whether `host` is the configured host or one the operator allowed explicitly.
    pub fn is_trusted(&self, host: &str) -> bool {
        self.trusted.contains(&normalized_host(host))
    }

    /// Checks a URL before it is fetched: https (unless trusted) and, for an IP literal, a
    /// public address (names are checked when they are resolved, see [`GuardedResolver`]).
    pub fn check(&self, url: &Url) -> Result<(), UntrustedUrl> {
        let host = url.host_str().ok_or(UntrustedUrl::NoHost)?;
        if self.is_trusted(host) {
            return Ok(());
        }
        if url.scheme() != "https" {
            return Err(UntrustedUrl::NotHttps);
        }
        match normalized_host(host).parse::<IpAddr>() {
            Ok(ip) if !is_public(ip) => Err(UntrustedUrl::PrivateAddress {
                host: host.to_owned(),
            }),
            _ => Ok(()),
        }
    }

    /// Follows a redirect only within the same host, and only to a URL [`Self::check`] accepts.
    pub fn redirect_policy(&self) -> reqwest::redirect::Policy {
        let policy = self.clone();
        reqwest::redirect::Policy::custom(move |attempt| {
            let from = attempt
                .previous()
                .first()
                .and_then(Url::host_str)
                .map(normalized_host)
                .unwrap_or_default();
            let to = attempt.url().host_str().map(normalized_host);
            if to.as_deref() != Some(from.as_str()) {
                let to = to.unwrap_or_default();
                return attempt.error(UntrustedUrl::RedirectToOtherHost { from, to });
            }
            if attempt.previous().len() > MAX_REDIRECTS {
                return attempt.error(UntrustedUrl::TooManyRedirects);
            }
            match policy.check(attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(refused) => attempt.error(refused),
            }
        })
    }

    /// A resolver that drops non-public addresses of every host that is not trusted.
    pub fn resolver(&self) -> GuardedResolver {
        GuardedResolver {
            policy: self.clone(),
        }
    }
}

/// `Host` names compare case-insensitively; IPv6 literals come in brackets from URLs.
fn normalized_host(host: &str) -> String {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// Resolves names with the system resolver and keeps only public addresses for hosts that are not
/// trusted. Checking at connect time (not only before) means a name that resolves to a public
/// address once and to a private one the next time cannot slip through.
#[derive(Debug, Clone)]
pub struct GuardedResolver {
    policy: HostPolicy,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let trusted = self.policy.is_trusted(&host);
        Box::pin(async move {
            let resolved = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let addrs: Vec<SocketAddr> = resolved
                .filter(|addr| trusted || is_public(addr.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(Box::new(UntrustedUrl::PrivateAddress { host }) as _);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// Whether `ip` is a globally routed unicast address: not loopback, private, link-local (cloud
/// metadata lives at 169.254.169.254), shared (100.64/10), unspecified, documentation,
/// benchmarking, multicast or reserved. IPv6 forms that embed an IPv4 address are judged by it.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    let special = ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || a >= 240
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (18..20).contains(&b));
    !special
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let segments = ip.segments();
    // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [a, b] = segments[6].to_be_bytes();
        let [c, d] = segments[7].to_be_bytes();
        return is_public_v4(Ipv4Addr::new(a, b, c, d));
    }
    let special = ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (segments[0] & 0xfe00) == 0xfc00 // unique local, incl. AWS's fd00:ec2::254
        || (segments[0] & 0xffc0) == 0xfe80 // link-local
        || (segments[0] == 0x2001 && segments[1] == 0xdb8) // documentation
        || segments[..6] == [0, 0, 0, 0, 0, 0]; // IPv4-compatible (deprecated)
    !special
}

/// The [`UntrustedUrl`] somewhere in `error`'s sources, if a check refused the request.
pub fn refusal_in(error: &(dyn std::error::Error + 'static)) -> Option<UntrustedUrl> {
    let mut current = Some(error);
    while let Some(err) = current {
        if let Some(refused) = err.downcast_ref::<UntrustedUrl>() {
            return Some(refused.clone());
        }
        current = err.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass() {
        let private = [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.100.100.200",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd00:ec2::254",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe",
            "::7f00:1",
        ];
        for ip in private {
            assert!(
                !is_public(ip.parse().unwrap()),
                "{ip} must not count as public"
            );
        }
        for ip in ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111"] {
            assert!(is_public(ip.parse().unwrap()), "{ip} is public");
        }
    }

    #[test]
    fn untrusted_urls_need_https_and_a_public_literal() {
        let base = Url::parse("http://127.0.0.1:9000/v1").unwrap();
        let policy = HostPolicy::new(&base, &["cdn.test".to_owned()]);
        let check = |url: &str| policy.check(&Url::parse(url).unwrap());
        assert_eq!(
            check("http://127.0.0.1:9001/a.png"),
            Ok(()),
            "configured host"
        );
        assert_eq!(check("http://CDN.test/a.png"), Ok(()), "allowed explicitly");
        assert_eq!(check("https://images.example/a.png"), Ok(()));
        assert_eq!(
            check("http://images.example/a.png"),
            Err(UntrustedUrl::NotHttps)
        );
        assert!(matches!(
            check("https://169.254.169.254/latest/meta-data/"),
            Err(UntrustedUrl::PrivateAddress { .. })
        ));
        assert!(matches!(
            check("https://[::ffff:10.0.0.1]/x"),
            Err(UntrustedUrl::PrivateAddress { .. })
        ));
    }
}
