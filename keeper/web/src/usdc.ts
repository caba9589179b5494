// Paying in USDC without ETH: the buyer's wallet signs an EIP-3009 `ReceiveWithAuthorization` to the
// GenImNFT contract (eth_signTypedData_v4), and the keeper relays it (`mintWithAuthorization`).
// Nothing the keeper says is trusted for what is signed: the price, the terms, the token's address and
// its EIP-712 domain are read from the chain through the wallet's own provider, `to` is the build's
// contract, and the nonce binds the exact request (tier, prompt, terms, window, salt), as the
// contract recomputes it (IGenImNFT.mintWithAuthorization).

import {
  createWalletClient,
  custom,
  encodeAbiParameters,
  hashDomain,
  isAddressEqual,
  keccak256,
  toBytes,
  toHex,
  type Address,
  type Hex,
  type PublicClient,
} from "viem";
import { genImNftAbi } from "./abi";
import { chainOf } from "./chain";
import type { PublicConfig, TierInfo } from "./config";
import { PageError } from "./errors";
import type { Eip1193Provider } from "./wallet";

/** The keeper's `usdc` block of `/api/config` (RELAY_API.md). */
export interface UsdcConfig {
  address: Address;
  /** False when the keeper has no relayer key: USDC prices are shown, not payable here. */
  relay: boolean;
  domain: { name: string; version: string; chainId: number; verifyingContract: Address };
  primaryType?: string;
  types?: unknown;
  nonce?: string;
  min_window_secs: number;
}

/** The EIP-3009 type the wallet signs; fixed here, whatever the keeper publishes. */
export const RECEIVE_TYPES = {
  ReceiveWithAuthorization: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "validAfter", type: "uint256" },
    { name: "validBefore", type: "uint256" },
    { name: "nonce", type: "bytes32" },
  ],
} as const;

const EIP712_DOMAIN = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "chainId", type: "uint256" },
  { name: "verifyingContract", type: "address" },
] as const;

const domainSeparatorAbi = [
  { type: "function", name: "DOMAIN_SEPARATOR", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "bytes32" }] },
] as const;

/** Longest an authorization stays valid: a signature should not lie around for days. */
export const MAX_VALIDITY_SECS = 3600;
/** Added to the keeper's minimum: the time to sign and to reach the keeper. */
export const VALIDITY_MARGIN_SECS = 60;

export function isUsdcConfig(value: unknown): value is UsdcConfig {
  const v = value as UsdcConfig;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.address === "string" &&
    /^0x[0-9a-fA-F]{40}$/.test(v.address) &&
    typeof v.relay === "boolean" &&
    !!v.domain &&
    typeof v.domain.name === "string" &&
    typeof v.domain.version === "string" &&
    typeof v.domain.chainId === "number" &&
    typeof v.domain.verifyingContract === "string" &&
    /^0x[0-9a-fA-F]{40}$/.test(v.domain.verifyingContract) &&
    typeof v.min_window_secs === "number"
  );
}

/** The keeper's usdc block when well formed, else null (the page then offers ETH only). */
export function usdcOf(config: PublicConfig): UsdcConfig | null {
  return isUsdcConfig(config.usdc) ? config.usdc : null;
}

/** The tier's USDC price (6 decimals) as the keeper publishes it; null when not offered in USDC. */
export function usdcPriceOf(tier: TierInfo | null | undefined): bigint | null {
  const raw = tier?.usdc_price;
  if (typeof raw !== "string" || !/^\d+$/.test(raw)) return null;
  const price = BigInt(raw);
  return price > 0n ? price : null;
}

/** The "Pay with USDC" button is offered: the keeper relays and the tier has a USDC price. */
export function canPayUsdc(config: PublicConfig, tier: TierInfo | null | undefined): boolean {
  const usdc = usdcOf(config);
  return !!usdc && usdc.relay && tier?.enabled !== false && usdcPriceOf(tier) !== null;
}

export interface MintRequest {
  chainId: number;
  /** The GenImNFT contract: the nonce's `address` and the authorization's `to`. */
  nft: Address;
  tier: number;
  prompt: string;
  terms: number;
  validAfter: bigint;
  validBefore: bigint;
  salt: Hex;
}

/** The nonce exactly as `mintWithAuthorization` recomputes it (every field one 32-byte ABI word). */
export function mintNonce(request: MintRequest): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        { type: "uint256" },
        { type: "address" },
        { type: "uint8" },
        { type: "bytes32" },
        { type: "uint32" },
        { type: "uint256" },
        { type: "uint256" },
        { type: "bytes32" },
      ],
      [
        BigInt(request.chainId),
        request.nft,
        request.tier,
        keccak256(toBytes(request.prompt)),
        request.terms,
        request.validAfter,
        request.validBefore,
        request.salt,
      ],
    ),
  );
}

export interface UsdcDomain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: Address;
}

/** The typed data the wallet signs for `request`, paying `value` from `from`. */
export function authorizationTypedData(domain: UsdcDomain, request: MintRequest, from: Address, value: bigint) {
  return {
    domain,
    types: RECEIVE_TYPES,
    primaryType: "ReceiveWithAuthorization" as const,
    message: {
      from,
      to: request.nft,
      value,
      validAfter: request.validAfter,
      validBefore: request.validBefore,
      nonce: mintNonce(request),
    },
  };
}

/** 32 random bytes, so that the same prompt can be bought twice. */
export function randomSalt(): Hex {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Until when the authorization is valid: now plus the tier's window, but at least the keeper's
 * minimum plus a margin (time to sign and send), and at most MAX_VALIDITY_SECS.
 */
export function validBeforeFor(now: number, tierWindowSecs: number | null, minWindowSecs: number): bigint {
  const floor = Math.max(0, minWindowSecs) + VALIDITY_MARGIN_SECS;
  const span = Math.max(floor, Math.min(tierWindowSecs ?? MAX_VALIDITY_SECS, MAX_VALIDITY_SECS));
  return BigInt(Math.floor(now) + span);
}

/** What the page posts to `POST /api/mint-with-authorization` (RELAY_API.md). */
export interface RelayBody {
  prompt: string;
  tier: number;
  terms: number;
  from: Address;
  value: string;
  validAfter: string;
  validBefore: string;
  salt: Hex;
  signature: Hex;
}

/** What was read from the chain, through the wallet, right before signing. */
export interface UsdcTerms {
  terms: number;
  price: bigint;
  window: number;
  domain: UsdcDomain;
}

/**
 * Reads the terms version, the tier's USDC price and window, and checks the keeper's USDC block
 * against the chain: the contract's `usdc()` is the token, the chain id is the build's, and the
 * token's DOMAIN_SEPARATOR is the hash of the domain that will be signed.
 */
export async function readUsdcTerms(payer: PublicClient, config: PublicConfig, usdc: UsdcConfig, tier: number): Promise<UsdcTerms> {
  const [terms, [, price, window], token] = await Promise.all([
    payer.readContract({ address: config.contract, abi: genImNftAbi, functionName: "terms" }),
    payer.readContract({ address: config.contract, abi: genImNftAbi, functionName: "tiers", args: [tier] }),
    payer.readContract({ address: config.contract, abi: genImNftAbi, functionName: "usdc" }),
  ]);
  const domain: UsdcDomain = {
    name: usdc.domain.name,
    version: usdc.domain.version,
    chainId: config.chain_id,
    verifyingContract: token,
  };
  const misnamed =
    isAddressEqual(token, "0x0000000000000000000000000000000000000000") ||
    !isAddressEqual(token, usdc.address) ||
    !isAddressEqual(token, usdc.domain.verifyingContract) ||
    usdc.domain.chainId !== config.chain_id;
  if (misnamed) {
    throw new PageError("usdc_mismatch", "The image service names a USDC token this contract does not accept. Nothing was signed.");
  }
  const separator = await payer.readContract({ address: token, abi: domainSeparatorAbi, functionName: "DOMAIN_SEPARATOR" });
  if (separator.toLowerCase() !== hashDomain({ domain: { ...domain, chainId: BigInt(domain.chainId) }, types: { EIP712Domain: EIP712_DOMAIN } }).toLowerCase()) {
    throw new PageError("usdc_mismatch", "The USDC token's signing domain is not the one the image service describes. Nothing was signed.");
  }
  if (price === 0n) throw new PageError("tier_not_in_usdc", "This tier cannot be paid in USDC any more. Please pick another tier or pay in ETH.");
  return { terms, price, window, domain };
}

/** Signs with the wallet (eth_signTypedData_v4) and returns the body for the keeper. */
export async function signUsdcMint(
  wallet: Eip1193Provider,
  config: PublicConfig,
  account: Address,
  read: UsdcTerms,
  order: { prompt: string; tier: number; validBefore: bigint; salt?: Hex },
): Promise<RelayBody> {
  const request: MintRequest = {
    chainId: config.chain_id,
    nft: config.contract,
    tier: order.tier,
    prompt: order.prompt,
    terms: read.terms,
    validAfter: 0n,
    validBefore: order.validBefore,
    salt: order.salt ?? randomSalt(),
  };
  const typed = authorizationTypedData(read.domain, request, account, read.price);
  const walletClient = createWalletClient({ account, chain: chainOf(config), transport: custom(wallet) });
  const signature = await walletClient.signTypedData(typed);
  return {
    prompt: request.prompt,
    tier: request.tier,
    terms: request.terms,
    from: account,
    value: read.price.toString(),
    validAfter: request.validAfter.toString(),
    validBefore: request.validBefore.toString(),
    salt: request.salt,
    signature,
  };
}
