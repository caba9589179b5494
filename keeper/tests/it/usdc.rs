//! USDC mint authorizations signed with alloy's signer (as a Rust client or the keeper would sign
//! them): the typed data of `ReceiveWithAuthorization` in USDC's EIP-712 domain, with the nonce
//! `GenImNFT.mintWithAuthorization` recomputes. Byte for byte what viem signs
//! (`test/fixtures/usdc-viem.json`, which `test/TestUSDC.t.sol` checks against the contracts), and
//! accepted on a real Anvil by the test USDC through both of GenImNFT's relay functions.

use crate::common;

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use alloy::signers::{Signature, SignerSync as _};
use alloy::sol;
use alloy::sol_types::{SolStruct as _, SolValue as _, eip712_domain};
use eyre::{Context as _, ContextCompat as _, ensure};
use genimnft_bindings::gen_im_nft::GenImNFT;

use common::chain::{AGENTS, DEPLOYER, MINTERS};
use common::{DeployParams, TestChain, TestCtx, deploy, deploy_test_usdc, repo_root};

sol! {
    /// EIP-3009's message, as USDC's FiatTokenV2 types it.
    struct ReceiveWithAuthorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
    }

    /// The test USDC's calls the test needs.
    #[sol(rpc)]
    contract TestUSDC {
        function mint(address to, uint256 amount) external;
        function balanceOf(address account) external view returns (uint256);
        function authorizationState(address authorizer, bytes32 nonce) external view returns (bool);
    }
}

/// Anvil's account 1, the key the viem fixture was signed with (a well-known test key).
const FIXTURE_KEY: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

/// A USDC mint request, as a client builds it.
struct Request<'a> {
    chain_id: u64,
    usdc: Address,
    nft: Address,
    prompt: &'a str,
    tier: u8,
    terms: u32,
    value: U256,
    valid_after: U256,
    valid_before: U256,
    salt: B256,
}

impl Request<'_> {
    /// The preimage documented on `IGenImNFT.mintWithAuthorization` (every field one 32-byte word, so
    /// the uint8 tier and uint32 terms encode as uint256 do).
    fn nonce(&self) -> B256 {
        keccak256(
            (
                U256::from(self.chain_id),
                self.nft,
                U256::from(self.tier),
                keccak256(self.prompt.as_bytes()),
                U256::from(self.terms),
                self.valid_after,
                self.valid_before,
                self.salt,
            )
                .abi_encode(),
        )
    }

    /// `from`'s signature of the typed data a wallet shows for this request.
    fn sign(&self, signer: &PrivateKeySigner) -> eyre::Result<Signature> {
        let domain = eip712_domain! {
            name: "USD Coin",
            version: "2",
            chain_id: self.chain_id,
            verifying_contract: self.usdc,
        };
        let message = ReceiveWithAuthorization {
            from: signer.address(),
            to: self.nft,
            value: self.value,
            validAfter: self.valid_after,
            validBefore: self.valid_before,
            nonce: self.nonce(),
        };
        Ok(signer.sign_hash_sync(&message.eip712_signing_hash(&domain))?)
    }
}

fn json_str<'a>(value: &'a serde_json::Value, path: &[&str]) -> eyre::Result<&'a str> {
    path.iter()
        .try_fold(value, |v, key| v.get(key))
        .and_then(serde_json::Value::as_str)
        .wrap_err_with(|| format!("fixture has no string at {path:?}"))
}

fn json_u64(value: &serde_json::Value, key: &str) -> eyre::Result<u64> {
    value
        .get(key)
        .and_then(serde_json::Value::as_u64)
        .wrap_err_with(|| format!("fixture has no number at {key}"))
}

#[test]
fn alloy_signs_byte_for_byte_what_viem_signs() -> eyre::Result<()> {
    let path = repo_root().join("test/fixtures/usdc-viem.json");
    let text =
        std::fs::read_to_string(&path).wrap_err_with(|| format!("read {}", path.display()))?;
    let fixture: serde_json::Value = serde_json::from_str(&text)?;
    let signer: PrivateKeySigner = FIXTURE_KEY.parse()?;
    ensure!(signer.address() == json_str(&fixture, &["from"])?.parse::<Address>()?);
    for which in ["first", "second", "cancelled"] {
        let request = Request {
            chain_id: json_u64(&fixture, "chainId")?,
            usdc: json_str(&fixture, &["usdc"])?.parse()?,
            nft: json_str(&fixture, &["nft"])?.parse()?,
            prompt: json_str(&fixture, &["prompt"])?,
            tier: u8::try_from(json_u64(&fixture, "tier")?)?,
            terms: u32::try_from(json_u64(&fixture, "terms")?)?,
            value: U256::from(json_u64(&fixture, "value")?),
            valid_after: U256::from(json_u64(&fixture, "validAfter")?),
            valid_before: U256::from(json_u64(&fixture, "validBefore")?),
            salt: json_str(&fixture, &[which, "salt"])?.parse()?,
        };
        let nonce: B256 = json_str(&fixture, &[which, "nonce"])?.parse()?;
        assert_eq!(
            request.nonce(),
            nonce,
            "{which}: the nonce differs from viem's"
        );
        let signature: Bytes = json_str(&fixture, &[which, "signature"])?.parse()?;
        assert_eq!(
            Bytes::from(request.sign(&signer)?.as_bytes().to_vec()),
            signature,
            "{which}: alloy's signature differs from viem's"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn alloy_signed_authorizations_mint_on_anvil() -> eyre::Result<()> {
    let ctx = TestCtx::new("usdc_alloy_signed_mint");
    let chain = TestChain::start(&ctx).await?;
    let usdc = deploy_test_usdc(&ctx, &chain).await?;
    let mut params =
        DeployParams::one_tier(vec![chain.address(AGENTS[0])], 3600, "ipfs://".to_owned());
    params.usdc = Some(usdc);
    params.tier_usdc_prices = vec![100_000];
    let deployment = deploy(&ctx, &chain, &params).await?;

    let buyer = chain.signer(MINTERS[0]);
    let token = TestUSDC::new(usdc, chain.wallet_provider(DEPLOYER));
    token
        .mint(buyer.address(), U256::from(1_000_000u64))
        .send()
        .await?
        .get_receipt()
        .await?;
    // Anyone relays: here another minter, who pays the gas and gets nothing.
    let relayer = GenImNFT::new(deployment.address, chain.wallet_provider(MINTERS[1]));
    let tiers = relayer.tiers(0).call().await?;
    let now = chain.latest_timestamp().await?;
    let mut request = Request {
        chain_id: chain.chain_id,
        usdc,
        nft: deployment.address,
        prompt: "a lighthouse in the fog, signed with alloy",
        tier: 0,
        terms: relayer.terms().call().await?,
        value: tiers.usdcPrice,
        valid_after: U256::ZERO,
        valid_before: U256::from(now + 3600),
        salt: B256::with_last_byte(1),
    };

    // The (v, r, s) form.
    let signature = request.sign(&buyer)?;
    let receipt = relayer
        .mintWithAuthorization(
            request.prompt.to_owned(),
            request.tier,
            request.terms,
            buyer.address(),
            request.value,
            request.valid_after,
            request.valid_before,
            request.salt,
            27 + u8::from(signature.v()),
            B256::from(signature.r()),
            B256::from(signature.s()),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(
        receipt.status(),
        "mintWithAuthorization reverted: {receipt:?}"
    );
    ensure!(relayer.ownerOf(U256::from(1)).call().await? == buyer.address());
    ensure!(
        token
            .authorizationState(buyer.address(), request.nonce())
            .call()
            .await?
    );

    // The bytes form, for a second image of the same request (another salt).
    request.salt = B256::with_last_byte(2);
    let signature = request.sign(&buyer)?;
    let receipt = relayer
        .mintWithAuthorizationSig(
            request.prompt.to_owned(),
            request.tier,
            request.terms,
            buyer.address(),
            request.value,
            request.valid_after,
            request.valid_before,
            request.salt,
            Bytes::from(signature.as_bytes().to_vec()),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(
        receipt.status(),
        "mintWithAuthorizationSig reverted: {receipt:?}"
    );
    ensure!(relayer.ownerOf(U256::from(2)).call().await? == buyer.address());

    let price = tiers.usdcPrice;
    ensure!(
        token.balanceOf(buyer.address()).call().await?
            == U256::from(1_000_000u64) - price * U256::from(2)
    );
    ensure!(token.balanceOf(deployment.address).call().await? == price * U256::from(2));
    ensure!(relayer.pendingUsdcEscrow().call().await? == price * U256::from(2));
    // The same authorization again is refused.
    ensure!(
        relayer
            .mintWithAuthorizationSig(
                request.prompt.to_owned(),
                request.tier,
                request.terms,
                buyer.address(),
                request.value,
                request.valid_after,
                request.valid_before,
                request.salt,
                Bytes::from(signature.as_bytes().to_vec()),
            )
            .call()
            .await
            .is_err(),
        "a replayed authorization was accepted"
    );
    Ok(())
}
