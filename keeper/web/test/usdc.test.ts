import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashDomain, hashTypedData, recoverTypedDataAddress, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { PublicConfig, TierInfo } from "../src/config";
import {
  authorizationTypedData,
  canPayUsdc,
  MAX_VALIDITY_SECS,
  mintNonce,
  randomSalt,
  readUsdcTerms,
  signUsdcMint,
  usdcOf,
  usdcPriceOf,
  validBeforeFor,
  VALIDITY_MARGIN_SECS,
  type MintRequest,
} from "../src/usdc";

// The fixture the Solidity (test/TestUSDC.t.sol) and Rust tests check against the contracts.
const fixture = JSON.parse(readFileSync(new URL("../../../test/fixtures/usdc-viem.json", import.meta.url), "utf8"));
// Anvil's account 1: the fixture's signer.
const signer = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const domain = { name: "USD Coin", version: "2", chainId: fixture.chainId, verifyingContract: fixture.usdc as Address };

function request(salt: Hex): MintRequest {
  return {
    chainId: fixture.chainId,
    nft: fixture.nft,
    tier: fixture.tier,
    prompt: fixture.prompt,
    terms: fixture.terms,
    validAfter: BigInt(fixture.validAfter),
    validBefore: BigInt(fixture.validBefore),
    salt,
  };
}

/** An EIP-1193 wallet that signs eth_signTypedData_v4 the way a browser wallet does: from the JSON it is given. */
function walletSigning(calls: unknown[][]) {
  return {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      calls.push([method, ...(params ?? [])]);
      if (method === "eth_chainId") return `0x${fixture.chainId.toString(16)}`;
      if (method !== "eth_signTypedData_v4") throw new Error(`unexpected ${method}`);
      const [address, json] = params as [string, string];
      expect(address.toLowerCase()).toBe(signer.address.toLowerCase());
      const typed = JSON.parse(json);
      delete typed.types.EIP712Domain;
      return signer.signTypedData(typed);
    },
  };
}

const config = {
  chain_id: fixture.chainId,
  chain_name: "Anvil",
  rpc_url: null,
  contract: fixture.nft,
  deployment_block: 0,
  log_range: 2000,
  max_prompt_bytes: 1000,
  tiers: [],
  explorer_tx_url: null,
  marketplace_token_url: null,
  ipfs_gateway: "https://ipfs.io/ipfs/",
} as PublicConfig;

describe("the USDC authorization matches the contracts' fixture byte for byte", () => {
  it("computes the nonce exactly as mintWithAuthorization does", () => {
    expect(mintNonce(request(fixture.first.salt))).toBe(fixture.first.nonce);
    expect(mintNonce(request(fixture.second.salt))).toBe(fixture.second.nonce);
    expect(mintNonce(request(fixture.cancelled.salt))).toBe(fixture.cancelled.nonce);
  });

  it("binds every field of the request into the nonce", () => {
    const base = request(fixture.first.salt);
    const variants: Partial<MintRequest>[] = [
      { chainId: 1 },
      { nft: fixture.usdc },
      { tier: 1 },
      { prompt: `${fixture.prompt} ` },
      { terms: fixture.terms + 1 },
      { validAfter: 1n },
      { validBefore: base.validBefore + 1n },
      { salt: fixture.second.salt },
    ];
    for (const change of variants) expect(mintNonce({ ...base, ...change })).not.toBe(fixture.first.nonce);
  });

  it("signs the typed data the contracts accept (domain separator, hash, signature)", async () => {
    expect(hashDomain({ domain, types: { EIP712Domain: [
      { name: "name", type: "string" },
      { name: "version", type: "string" },
      { name: "chainId", type: "uint256" },
      { name: "verifyingContract", type: "address" },
    ] } })).toBe(fixture.domainSeparator);
    const typed = authorizationTypedData(domain, request(fixture.first.salt), signer.address, BigInt(fixture.value));
    expect(typed.message.to).toBe(fixture.nft);
    expect(await signer.signTypedData(typed)).toBe(fixture.first.signature);
    const recovered = await recoverTypedDataAddress({ ...typed, signature: fixture.first.signature });
    expect(recovered).toBe(fixture.from);
    expect(hashTypedData(typed)).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("asks the wallet with eth_signTypedData_v4 and posts exactly what the fixture signed", async () => {
    const calls: unknown[][] = [];
    const body = await signUsdcMint(
      walletSigning(calls),
      config,
      signer.address,
      { terms: fixture.terms, price: BigInt(fixture.value), window: 3600, domain },
      { prompt: fixture.prompt, tier: fixture.tier, validBefore: BigInt(fixture.validBefore), salt: fixture.second.salt },
    );
    expect(calls.map((c) => c[0])).toContain("eth_signTypedData_v4");
    expect(body).toEqual({
      prompt: fixture.prompt,
      tier: fixture.tier,
      terms: fixture.terms,
      from: signer.address,
      value: "100000",
      validAfter: "0",
      validBefore: String(fixture.validBefore),
      salt: fixture.second.salt,
      signature: fixture.second.signature,
    });
  });
});

describe("the authorization's window and salt", () => {
  it("uses the tier's window, at least the keeper's minimum plus a margin, at most an hour", () => {
    expect(validBeforeFor(1000, 600, 120)).toBe(1600n);
    expect(validBeforeFor(1000, 30, 120)).toBe(BigInt(1000 + 120 + VALIDITY_MARGIN_SECS));
    expect(validBeforeFor(1000, 86_400, 120)).toBe(BigInt(1000 + MAX_VALIDITY_SECS));
    expect(validBeforeFor(1000, null, 120)).toBe(BigInt(1000 + MAX_VALIDITY_SECS));
    // A keeper demanding more than an hour still gets its minimum.
    expect(validBeforeFor(1000, 600, 7200)).toBe(BigInt(1000 + 7200 + VALIDITY_MARGIN_SECS));
  });

  it("draws a fresh 32-byte salt each time", () => {
    const a = randomSalt();
    expect(a).toMatch(/^0x[0-9a-f]{64}$/);
    expect(randomSalt()).not.toBe(a);
  });
});

describe("when the page offers USDC", () => {
  const usdc = {
    address: fixture.usdc,
    relay: true,
    domain,
    primaryType: "ReceiveWithAuthorization",
    min_window_secs: 120,
  };
  const tier = (usdc_price: string | null, enabled: boolean | null = true) =>
    ({ tier: 0, price_wei: "1", window_secs: 60, enabled, model: "m", size: "1x1", usdc_price }) as TierInfo;

  it("only with a relaying keeper and a tier priced in USDC", () => {
    expect(canPayUsdc({ ...config, usdc }, tier("100000"))).toBe(true);
    expect(canPayUsdc({ ...config, usdc: { ...usdc, relay: false } }, tier("100000"))).toBe(false);
    expect(canPayUsdc({ ...config, usdc: null }, tier("100000"))).toBe(false);
    expect(canPayUsdc(config, tier("100000"))).toBe(false);
    expect(canPayUsdc({ ...config, usdc }, tier(null))).toBe(false);
    expect(canPayUsdc({ ...config, usdc }, tier("0"))).toBe(false);
    expect(canPayUsdc({ ...config, usdc }, tier("100000", false))).toBe(false);
  });

  it("ignores a malformed usdc block and price", () => {
    expect(usdcOf({ ...config, usdc: { ...usdc, address: "nope" } })).toBeNull();
    expect(usdcOf({ ...config, usdc: { relay: true } })).toBeNull();
    expect(usdcPriceOf(tier("1e5"))).toBeNull();
    expect(usdcPriceOf(tier("100000"))).toBe(100000n);
  });
});

describe("readUsdcTerms checks the keeper's USDC block against the chain before anything is signed", () => {
  const usdc = { address: fixture.usdc as Address, relay: true, domain, min_window_secs: 120 };
  /** A chain reader answering the contract's and the token's reads (what the wallet's provider would). */
  function chain({ token = fixture.usdc as Address, separator = fixture.domainSeparator as Hex, usdcPrice = 100_000n } = {}) {
    return {
      async readContract({ functionName }: { functionName: string }) {
        switch (functionName) {
          case "terms":
            return fixture.terms;
          case "tiers":
            return [1n, usdcPrice, 3600];
          case "usdc":
            return token;
          case "DOMAIN_SEPARATOR":
            return separator;
          default:
            throw new Error(functionName);
        }
      },
    } as unknown as Parameters<typeof readUsdcTerms>[0];
  }

  it("returns the chain's terms, price, window and the domain to sign", async () => {
    expect(await readUsdcTerms(chain(), config, usdc, 0)).toEqual({ terms: fixture.terms, price: 100_000n, window: 3600, domain });
  });

  it("refuses a token the contract does not take, a domain of another chain, or a domain the token does not have", async () => {
    const other = "0x00000000000000000000000000000000000Dc009" as Address;
    await expect(readUsdcTerms(chain({ token: other }), config, usdc, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
    await expect(readUsdcTerms(chain(), config, { ...usdc, address: other, domain: { ...domain, verifyingContract: other } }, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
    await expect(readUsdcTerms(chain(), config, { ...usdc, domain: { ...domain, chainId: 1 } }, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
    await expect(readUsdcTerms(chain(), config, { ...usdc, domain: { ...domain, name: "USDC" } }, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
    await expect(readUsdcTerms(chain({ separator: `0x${"00".repeat(32)}` }), config, usdc, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
    await expect(readUsdcTerms(chain({ token: "0x0000000000000000000000000000000000000000" }), config, usdc, 0)).rejects.toMatchObject({ kind: "usdc_mismatch" });
  });

  it("refuses a tier the chain no longer offers in USDC", async () => {
    await expect(readUsdcTerms(chain({ usdcPrice: 0n }), config, usdc, 0)).rejects.toMatchObject({ kind: "tier_not_in_usdc" });
  });
});
