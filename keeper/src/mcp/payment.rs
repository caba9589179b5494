//! Paying for a request: the exact `mint(prompt, tier, terms)` transaction, its EIP-681 link, the
//! web page's link, and the check that binds a shown mint to the request.

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider;
use alloy::sol_types::SolCall;
use genimnft_bindings::gen_im_nft::GenImNFT::{ImageRequested, mintCall};
use schemars::JsonSchema;
use serde::Serialize;
use url::form_urlencoded::byte_serialize;

use super::McpState;
use crate::jobs::StoreError;

/// Why a transaction cannot be bound to a request; the words go to the agent as they are.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    #[error("no such request: request ids come from generate_image")]
    UnknownRequest,
    #[error("{0:?} is not a transaction hash (0x and 64 hex digits)")]
    BadHash(String),
    #[error(
        "payment not found: transaction {0} is not mined (yet); send it, wait for it to be mined and ask again"
    )]
    NotMined(String),
    #[error("payment not found: transaction {0} reverted, nothing was paid")]
    Reverted(String),
    #[error("payment not found: transaction {0} minted no image request on this contract")]
    NoMint(String),
    #[error(
        "transaction {tx} paid for tier {tier} and prompt {prompt:?}, not for this request's tier {want_tier} and prompt {want_prompt:?}"
    )]
    Mismatch {
        tx: String,
        tier: u8,
        prompt: String,
        want_tier: u8,
        want_prompt: String,
    },
    #[error("token {0} is already bound to another request, or this request to another token")]
    AlreadyBound(u64),
    #[error("cannot read the chain now, try again: {0}")]
    Chain(String),
    #[error("job database: {0}")]
    Store(#[from] StoreError),
}

/// The transaction an ETH wallet sends as is.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EthTransaction {
    pub chain_id: u64,
    /// The GenImNFT contract.
    pub to: String,
    /// Exactly the tier's price, in wei, as a decimal string.
    pub value: String,
    /// `mint(prompt, tier, terms)` calldata, 0x-hex.
    pub data: String,
}

/// Every way to pay that applies; all for the same prompt and tier.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Payment {
    /// The ETH transaction; absent when the tier is not sold in ETH.
    pub transaction: Option<EthTransaction>,
    /// EIP-681 link of the same call (wallet apps and QR codes), naming the chain id.
    pub eip681: Option<String>,
    /// The web page with the prompt and tier filled in; a person pays there with a wallet.
    pub page_url: String,
    /// USDC without gas: the x402 requirement to sign (see `generate_image`'s `pay_with`),
    /// when the tier is sold in USDC and this keeper relays.
    pub usdc: Option<super::usdc::PaymentRequired>,
}

pub(super) fn payment(
    state: &McpState,
    page_base: &str,
    request_id: &str,
    prompt: &str,
    tier: u8,
    price: U256,
    terms: u32,
) -> Payment {
    let contract: Address = *state.nft.address();
    let data = mintCall {
        prompt: prompt.to_owned(),
        tier,
        expectedTerms: terms,
    }
    .abi_encode();
    let encoded = |text: &str| byte_serialize(text.as_bytes()).collect::<String>();
    let eth = !price.is_zero();
    Payment {
        transaction: eth.then(|| EthTransaction {
            chain_id: state.chain_id,
            to: contract.to_checksum(None),
            value: price.to_string(),
            data: format!("0x{}", hex::encode(data)),
        }),
        eip681: eth.then(|| {
            format!(
                "ethereum:{}@{}/mint?string={}&uint8={tier}&uint32={terms}&value={price}",
                contract.to_checksum(None),
                state.chain_id,
                encoded(prompt),
            )
        }),
        page_url: format!(
            "{page_base}/?prompt={}&tier={tier}&request={}",
            encoded(prompt),
            encoded(request_id)
        ),
        usdc: None,
    }
}

/// The `ImageRequested` log a mint transaction left on this contract.
pub(super) async fn minted_by(
    state: &McpState,
    tx_hash: &str,
) -> Result<(B256, ImageRequested), BindError> {
    let hash: B256 = tx_hash
        .parse()
        .map_err(|_| BindError::BadHash(tx_hash.to_owned()))?;
    let receipt = state
        .nft
        .provider()
        .get_transaction_receipt(hash)
        .await
        // Not the error text: a transport error may quote the RPC URL and its key.
        .map_err(|_| BindError::Chain("eth_getTransactionReceipt failed".into()))?
        .ok_or_else(|| BindError::NotMined(hash.to_string()))?;
    if !receipt.status() {
        return Err(BindError::Reverted(hash.to_string()));
    }
    receipt
        .inner
        .logs()
        .iter()
        .filter(|log| log.address() == *state.nft.address())
        .find_map(|log| log.log_decode::<ImageRequested>().ok())
        .map(|log| (hash, log.inner.data))
        .ok_or_else(|| BindError::NoMint(hash.to_string()))
}

/// Binds request `id` to the token its mint `tx_hash` created, after checking the mint is for
/// the request's prompt and tier. Safe to repeat.
pub(super) async fn bind_by_tx(
    state: &McpState,
    id: &str,
    tx_hash: &str,
) -> Result<u64, BindError> {
    let request = state
        .store
        .mcp_request(id)?
        .ok_or(BindError::UnknownRequest)?;
    let (hash, minted) = minted_by(state, tx_hash).await?;
    let token_id: u64 = minted
        .tokenId
        .try_into()
        .map_err(|_| BindError::NoMint(hash.to_string()))?;
    if minted.tier != request.tier || minted.prompt != request.prompt {
        return Err(BindError::Mismatch {
            tx: hash.to_string(),
            tier: minted.tier,
            prompt: minted.prompt,
            want_tier: request.tier,
            want_prompt: request.prompt,
        });
    }
    if state
        .store
        .bind_mcp_request(id, &hash.to_string(), token_id)?
    {
        Ok(token_id)
    } else {
        Err(BindError::AlreadyBound(token_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mint_calldata_round_trips() {
        let data = mintCall {
            prompt: "a fox & a hen".into(),
            tier: 2,
            expectedTerms: 5,
        }
        .abi_encode();
        let back = mintCall::abi_decode(&data).unwrap();
        assert_eq!(
            (back.prompt.as_str(), back.tier, back.expectedTerms),
            ("a fox & a hen", 2, 5)
        );
    }
}
