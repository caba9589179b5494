//! `genim mint --usdc`: a buyer who holds dollars and no ETH pays by signature. It signs the
//! EIP-3009 authorization the contract expects for this prompt and tier, posts it to a keeper's
//! relay (`POST /api/mint-with-authorization`), follows the relay to its token and then waits for
//! the image, as `genim mint` does. The buyer pays no gas: the keeper fronts it.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, Bytes, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::Signer as _;
use alloy::signers::local::PrivateKeySigner;
use eyre::{WrapErr, bail, eyre};
use genimnft_bindings::gen_im_nft::GenImNFT;
use serde_json::Value;
use url::Url;

use super::{minter_signer, wait_for_delivery};
use crate::chain::usdc_authorization::{FreshAuthorization, ReceiveWithAuthorization};
use crate::config::Config;
use crate::jobs::RelayRequest;
use crate::redact::redact_url;

/// How often the relay's state is read while it is on its way.
const POLL: Duration = Duration::from_millis(500);

/// `genim mint --usdc`: signs a USDC payment for `prompt` at `tier`'s current price and has the
/// keeper at `relay` (default: this configuration's own listener) mint it.
pub async fn mint_usdc(
    config: Config,
    prompt: &str,
    tier: u8,
    wait_secs: u64,
    relay: Option<Url>,
) -> eyre::Result<()> {
    let validated = config.validate()?;
    let signer = minter_signer()?;
    let relay = match relay {
        Some(url) => as_base(url),
        None => own_listener(validated.listen)?,
    };
    let provider = ProviderBuilder::new()
        .connect_http(validated.rpc_url.clone())
        .erased();
    let started = Instant::now();
    let request = sign_request(&provider, validated.contract, &signer, prompt, tier).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .wrap_err("building the HTTP client")?;
    let id = post_relay(&client, &relay, &request).await?;
    // The keeper's URL as printed: credentials in it (a proxy's) are never shown.
    let shown = redact_url(&relay);
    println!(
        "signed {} USDC units for tier {tier} as {}; relay {id} accepted by {shown} (the buyer pays no gas)",
        request.value, request.from
    );
    if wait_secs == 0 {
        println!("follow it at {shown}api/relays/{id}");
        return Ok(());
    }
    let deadline = started + Duration::from_secs(wait_secs);
    let (token_id, tx_hash) = follow_relay(&client, &relay, &id, deadline).await?;
    println!(
        "minted token {token_id} for {} USDC units in {tx_hash}",
        request.value
    );
    let left = deadline.saturating_duration_since(Instant::now());
    wait_for_delivery(&provider, validated.contract, token_id, left).await
}

/// `url` as a base the API paths are joined to: a keeper served under a path (`https://host/genim`)
/// keeps it (`Url::join` would replace its last segment).
fn as_base(mut url: Url) -> Url {
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url
}

/// The keeper this configuration runs: its public listener, on loopback when it listens on all
/// addresses.
fn own_listener(listen: SocketAddr) -> eyre::Result<Url> {
    let host = match listen.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_owned(),
        ip if ip.is_unspecified() => "[::1]".to_owned(),
        std::net::IpAddr::V4(ip) => ip.to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
    };
    Url::parse(&format!("http://{host}:{}/", listen.port()))
        .wrap_err_with(|| format!("no keeper URL from http.listen {listen}; pass --relay"))
}

/// Reads the tier's USDC price and the terms from the chain and signs the authorization whose
/// nonce binds this prompt, tier and terms (as `mintWithAuthorization` recomputes it): the body
/// the relay API takes.
async fn sign_request(
    provider: &DynProvider,
    contract: Address,
    signer: &PrivateKeySigner,
    prompt: &str,
    tier: u8,
) -> eyre::Result<RelayRequest> {
    let nft = GenImNFT::new(contract, provider.clone());
    let usdc = nft
        .usdc()
        .call()
        .await
        .wrap_err("reading the contract's USDC token")?;
    if usdc.is_zero() {
        bail!("contract {contract} takes ETH only (no USDC token); use genim mint without --usdc");
    }
    let value = nft
        .tiers(tier)
        .call()
        .await
        .wrap_err("reading the tier's USDC price")?
        .usdcPrice;
    if value.is_zero() {
        bail!("tier {tier} is not sold in USDC on this contract");
    }
    let terms = nft
        .terms()
        .call()
        .await
        .wrap_err("reading the terms version")?;
    let chain_id = provider
        .get_chain_id()
        .await
        .wrap_err("reading the chain id")?;
    let now = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .wrap_err("reading the latest block")?
        .ok_or_else(|| eyre!("the node has no latest block"))?
        .header
        .timestamp;
    let fresh = FreshAuthorization::new(chain_id, contract, tier, prompt, terms, now);
    let authorization = ReceiveWithAuthorization {
        from: signer.address(),
        to: contract,
        value,
        validAfter: U256::ZERO,
        validBefore: fresh.valid_before,
        nonce: fresh.nonce,
    };
    let signature = signer
        .sign_hash(&authorization.signing_hash(chain_id, usdc))
        .await
        .wrap_err("signing the authorization")?;
    Ok(RelayRequest {
        prompt: prompt.to_owned(),
        tier,
        terms,
        from: signer.address().to_checksum(None),
        value: value.to_string(),
        valid_after: "0".to_owned(),
        valid_before: fresh.valid_before.to_string(),
        salt: fresh.salt.to_string(),
        signature: Bytes::from(signature.as_bytes().to_vec()).to_string(),
    })
}

/// Posts the signed request; the relay id. A refusal is an error with the keeper's code and words.
async fn post_relay(
    client: &reqwest::Client,
    relay: &Url,
    request: &RelayRequest,
) -> eyre::Result<String> {
    let url = relay
        .join("api/mint-with-authorization")
        .wrap_err("building the relay URL")?;
    let response = client
        .post(url.clone())
        .json(request)
        .send()
        .await
        .wrap_err_with(|| format!("posting the payment to {url}"))?;
    let status = response.status();
    let answer: Value = response
        .json()
        .await
        .wrap_err_with(|| format!("{url} answered {status} without JSON"))?;
    if !status.is_success() {
        bail!(
            "the keeper refused the payment ({status}, {}): {}",
            answer["error"].as_str().unwrap_or("no code"),
            answer["message"].as_str().unwrap_or("no message")
        );
    }
    answer["id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| eyre!("{url} answered {status} without a relay id: {answer}"))
}

/// Follows relay `id` until it is minted (token id and mint hash) or fails, until `deadline`.
async fn follow_relay(
    client: &reqwest::Client,
    relay: &Url,
    id: &str,
    deadline: Instant,
) -> eyre::Result<(U256, String)> {
    let url = relay
        .join(&format!("api/relays/{id}"))
        .wrap_err("building the relay status URL")?;
    loop {
        let answer: Value = client
            .get(url.clone())
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .wrap_err_with(|| format!("reading {url}"))?
            .json()
            .await
            .wrap_err_with(|| format!("{url} answered without JSON"))?;
        match answer["state"].as_str() {
            Some("minted") => {
                let token = answer["token_id"]
                    .as_str()
                    .and_then(|t| t.parse::<U256>().ok())
                    .ok_or_else(|| eyre!("relay {id} minted without a token id: {answer}"))?;
                let tx = answer["tx_hash"]
                    .as_str()
                    .unwrap_or("an unknown transaction");
                return Ok((token, tx.to_owned()));
            }
            Some("failed") => bail!(
                "relay {id} failed ({}): {}; nothing was paid",
                answer["error"]["code"].as_str().unwrap_or("no code"),
                answer["error"]["message"].as_str().unwrap_or("no message")
            ),
            _ => {}
        }
        if Instant::now() >= deadline {
            bail!(
                "relay {id} is still {} (transaction {}); follow it at {url}",
                answer["state"].as_str().unwrap_or("unknown"),
                answer["tx_hash"].as_str().unwrap_or("not sent yet")
            );
        }
        tokio::time::sleep(POLL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keeper_under_a_path_keeps_it() {
        let base = as_base(Url::parse("https://example.org/genim").unwrap());
        assert_eq!(
            base.join("api/relays/r_1").unwrap().as_str(),
            "https://example.org/genim/api/relays/r_1"
        );
        let root = as_base(Url::parse("http://127.0.0.1:8080").unwrap());
        assert_eq!(
            root.join("api/mint-with-authorization").unwrap().as_str(),
            "http://127.0.0.1:8080/api/mint-with-authorization"
        );
    }

    #[test]
    fn an_unspecified_listener_is_reached_on_loopback() {
        let v4 = own_listener("0.0.0.0:8080".parse().unwrap()).unwrap();
        assert_eq!(v4.as_str(), "http://127.0.0.1:8080/");
        let v6 = own_listener("[::]:8080".parse().unwrap()).unwrap();
        assert_eq!(v6.as_str(), "http://[::1]:8080/");
        let own = own_listener("10.0.0.5:9000".parse().unwrap()).unwrap();
        assert_eq!(own.as_str(), "http://10.0.0.5:9000/");
    }
}
