// Where the keeper is, and its public configuration (`GET /api/config`). The page works served by
// the keeper itself (same origin) or hosted anywhere else, pointed at a keeper by `?keeper=URL`
// or by `VITE_KEEPER_URL` at build time. Whatever keeper is chosen, its config must agree with the
// build's deployment (trust.ts) before the page uses it. The last good configuration is kept in localStorage so
// the page can still show what the chain says when the keeper does not answer.

import type { Deployment } from "./deployment";

export interface TierInfo {
  tier: number;
  /** What buyers call the tier ("premium"); absent from older keepers: "tier N". */
  name?: string;
  price_wei: string | null;
  window_secs: number | null;
  enabled: boolean | null;
  model: string;
  size: string;
  /** The tier's USDC price (6 decimals); null or absent: not offered in USDC. */
  usdc_price?: string | null;
}

export interface PublicConfig {
  chain_id: number;
  chain_name: string;
  rpc_url: string | null;
  contract: `0x${string}`;
  deployment_block: number;
  log_range: number;
  max_prompt_bytes: number | null;
  tiers: TierInfo[];
  explorer_tx_url: string | null;
  marketplace_token_url: string | null;
  ipfs_gateway: string;
  keeper_version?: string;
  /** The USDC payment path (usdc.ts checks its shape); null: ETH only. */
  usdc?: unknown;
  /** Dollars per ETH from the chain's feed, for approximate dollar values next to ETH prices. */
  usd_per_eth?: number | null;
}

export interface LoadedConfig {
  config: PublicConfig;
  /** The keeper did not answer; this is the copy saved on an earlier visit. */
  stale: boolean;
}

/** The keeper's base URL, ending in `/`. */
export function keeperBaseUrl(href: string, buildDefault?: string): string {
  const page = new URL(href);
  const fromQuery = page.searchParams.get("keeper");
  const chosen = fromQuery || buildDefault || new URL(".", page).toString();
  const url = new URL(chosen, page);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url.toString();
}

export function isPublicConfig(value: unknown): value is PublicConfig {
  const v = value as PublicConfig;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.chain_id === "number" &&
    typeof v.contract === "string" &&
    /^0x[0-9a-fA-F]{40}$/.test(v.contract) &&
    Array.isArray(v.tiers) &&
    typeof v.ipfs_gateway === "string"
  );
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const cacheKey = (keeper: string) => `genim.config:${keeper}`;

/** Fetches the keeper's config with a timeout; falls back to the saved copy (then `stale`). */
export async function loadConfig(
  keeper: string,
  fetchFn: typeof fetch,
  storage: StorageLike | null,
  timeoutMs = 8000,
): Promise<LoadedConfig> {
  try {
    // Never from the HTTP cache: this call is also the page's check that the keeper is alive.
    const response = await fetchFn(`${keeper}api/config`, { signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config: unknown = await response.json();
    if (!isPublicConfig(config)) throw new Error("not a GenImNFT keeper configuration");
    try {
      storage?.setItem(cacheKey(keeper), JSON.stringify(config));
    } catch {
      // Private mode or a full storage: the page works without the saved copy.
    }
    return { config, stale: false };
  } catch (error) {
    const saved = storage?.getItem(cacheKey(keeper));
    if (saved) {
      try {
        const config: unknown = JSON.parse(saved);
        if (isPublicConfig(config)) return { config, stale: true };
      } catch {
        // fall through
      }
    }
    throw error;
  }
}

/** The keeper's default `chain.max_log_range`: what a page without the keeper's config asks for. */
const DEFAULT_LOG_RANGE = 2000;

/**
 * The page's settings from its build alone, for when the keeper does not answer and this browser
 * has no saved copy (a fresh visit to the copy published on IPFS, typically to claim a refund):
 * the build's chain, contract and RPC, no tiers (nothing is sold without the keeper), images
 * read through the gateway serving the page if it is one (`/ipfs/<cid>/...`).
 */
export function configFromBuild(deployment: Deployment, href: string): PublicConfig {
  const page = new URL(href);
  const servedByGateway = page.pathname.startsWith("/ipfs/");
  return {
    chain_id: deployment.chainId,
    chain_name: deployment.chainName ?? `chain ${deployment.chainId}`,
    rpc_url: deployment.rpcUrl,
    contract: deployment.contract,
    deployment_block: deployment.deploymentBlock ?? 0,
    log_range: DEFAULT_LOG_RANGE,
    max_prompt_bytes: null,
    tiers: [],
    explorer_tx_url: null,
    marketplace_token_url: null,
    ipfs_gateway: deployment.ipfsGateway ?? (servedByGateway ? `${page.origin}/ipfs/` : "https://ipfs.io/ipfs/"),
    usdc: null,
    usd_per_eth: null,
  };
}

/** Replaces keeper-reported tier prices (ETH and USDC) by what the chain says, if it answered. */
export function withChainTiers(
  tiers: TierInfo[],
  chain: Map<number, { price: bigint; usdcPrice?: bigint; window: number }>,
): TierInfo[] {
  return tiers.map((tier) => {
    const read = chain.get(tier.tier);
    if (!read) return tier;
    // A tier may be offered in USDC only (no ETH price): it stays on offer.
    const usdc = read.usdcPrice === undefined ? {} : { usdc_price: read.usdcPrice > 0n ? read.usdcPrice.toString() : null };
    return { ...tier, price_wei: read.price.toString(), window_secs: read.window, enabled: read.price > 0n || (read.usdcPrice ?? 0n) > 0n, ...usdc };
  });
}
