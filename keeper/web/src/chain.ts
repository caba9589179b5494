// Reading and writing the contract with viem. Reads go to the public RPC URL (the build's, else the
// keeper's), or through the wallet when there is none; everything read right before paying (code,
// price, simulation) and every write go through the wallet's own provider.

import {
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  getAbiItem,
  http,
  parseEventLogs,
  type Address,
  type Chain,
  type Hash,
  type PublicClient,
} from "viem";
import { genImNftAbi } from "./abi";
import type { PublicConfig } from "./config";
import { decodeDataJson, resolveUri, sha256Hex } from "./format";
import { parseMetadata, parseMetadataBytes, type Metadata } from "./metadata";
import { STATUS } from "./flow";
import type { Eip1193Provider } from "./wallet";

export function chainOf(config: PublicConfig): Chain {
  return defineChain({
    id: config.chain_id,
    name: config.chain_name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: config.rpc_url ? [config.rpc_url] : [] } },
  });
}

/** Reads through the wallet's own provider: what the buyer's wallet sees is what is checked. */
export function walletReader(config: PublicConfig, wallet: Eip1193Provider): PublicClient {
  return createPublicClient({ chain: chainOf(config), transport: custom(wallet), pollingInterval: 500 }) as PublicClient;
}

/** A reader: the public RPC when configured, else the wallet's provider, else none. */
export function makeReader(config: PublicConfig, wallet: Eip1193Provider | null): PublicClient | null {
  const transport = config.rpc_url
    ? http(config.rpc_url, { batch: { wait: 5 }, timeout: 10_000, retryCount: 1 })
    : wallet
      ? custom(wallet)
      : null;
  if (!transport) return null;
  return createPublicClient({ chain: chainOf(config), transport, pollingInterval: 500 }) as PublicClient;
}

export interface ChainToken {
  id: bigint;
  status: number;
  requester: Address;
  tier: number;
  paid: bigint;
  deadline: bigint;
  metadataHash: Hash;
  /** IGenImNFT.Currency: 0 ETH (wei), 1 USDC (6 decimals). */
  currency: number;
  /** Current holder; null once burned (refunded). */
  owner: Address | null;
  tokenUri: string | null;
}

export interface VerifiedMetadata {
  url: string;
  metadata: Metadata;
  /** sha256 of the fetched bytes equals the hash stored on chain. */
  matches: boolean;
  sha256: Hash;
  /** What was malformed in the document (dropped fields), in words. */
  problems: string[];
}

export async function readToken(client: PublicClient, config: PublicConfig, id: bigint): Promise<ChainToken> {
  const address = config.contract;
  const [record, owner, tokenUri] = await Promise.all([
    client.readContract({ address, abi: genImNftAbi, functionName: "request", args: [id] }),
    client.readContract({ address, abi: genImNftAbi, functionName: "ownerOf", args: [id] }).catch(() => null),
    client.readContract({ address, abi: genImNftAbi, functionName: "tokenURI", args: [id] }).catch(() => null),
  ]);
  return {
    id,
    status: record.status,
    requester: record.requester,
    tier: record.tier,
    paid: record.paid,
    deadline: record.deadline,
    metadataHash: record.metadataHash,
    currency: record.currency,
    owner,
    tokenUri,
  };
}

/** Fetches delivered metadata and checks its sha256 against the chain. */
export async function fetchMetadata(token: ChainToken, gateway: string): Promise<VerifiedMetadata | null> {
  if (token.status !== STATUS.Delivered || !token.tokenUri) return null;
  const url = resolveUri(token.tokenUri, gateway);
  if (!url) return null;
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`metadata: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  const { metadata, problems } = parseMetadataBytes(bytes);
  return { url, metadata, matches: sha256 === token.metadataHash.toLowerCase(), sha256, problems };
}

/** The on-chain placeholder document of a pending token. */
export function pendingMetadata(token: ChainToken): Metadata | null {
  const decoded = token.tokenUri ? decodeDataJson(token.tokenUri) : null;
  return decoded ? parseMetadata(decoded).metadata : null;
}

/** A tier as the contract has it: ETH price (wei), USDC price (6 decimals, 0 = not in USDC), window. */
export interface ChainTier {
  price: bigint;
  usdcPrice: bigint;
  window: number;
}

export async function readTiers(
  client: PublicClient,
  config: PublicConfig,
): Promise<Map<number, ChainTier>> {
  const out = new Map<number, ChainTier>();
  await Promise.all(
    config.tiers.map(async ({ tier }) => {
      const [price, usdcPrice, window] = await client.readContract({
        address: config.contract,
        abi: genImNftAbi,
        functionName: "tiers",
        args: [tier],
      });
      out.set(tier, { price, usdcPrice, window });
    }),
  );
  return out;
}

/**
 * The contract's terms version: a mint names the one read with the price it pays, so that a tier or
 * agent change slipped in before it (even in the same block) makes it revert instead of binding the
 * buyer to terms they did not see.
 */
export async function readTerms(client: PublicClient, config: PublicConfig): Promise<number> {
  return client.readContract({ address: config.contract, abi: genImNftAbi, functionName: "terms" });
}

export async function readPaused(client: PublicClient, config: PublicConfig): Promise<boolean> {
  return client.readContract({ address: config.contract, abi: genImNftAbi, functionName: "paused" });
}

export async function chainNow(client: PublicClient): Promise<number> {
  const block = await client.getBlock({ blockTag: "latest" });
  return Number(block.timestamp);
}

/** What the buyer orders. */
export interface MintOrder {
  prompt: string;
  tier: number;
  /** The terms version read with the price (`readTerms`). */
  terms: number;
}

/** The arguments of the contract's `mint`: the one place that knows its signature. */
export function mintArgs(order: MintOrder): readonly [string, number, number] {
  return [order.prompt, order.tier, order.terms] as const;
}

/**
 * Simulates, then sends `mint` through the wallet paying `price`; returns the hash. `payer` reads
 * through the wallet's provider (see walletReader).
 */
export async function sendMint(
  payer: PublicClient,
  wallet: Eip1193Provider,
  config: PublicConfig,
  account: Address,
  order: MintOrder,
  price: bigint,
): Promise<Hash> {
  const { request } = await payer.simulateContract({
    address: config.contract,
    abi: genImNftAbi,
    functionName: "mint",
    args: mintArgs(order),
    value: price,
    account,
  });
  const walletClient = createWalletClient({ account, chain: chainOf(config), transport: custom(wallet) });
  return walletClient.writeContract(request);
}

export async function waitMint(reader: PublicClient, hash: Hash): Promise<{ tokenId: bigint; deadline: bigint }> {
  const receipt = await reader.waitForTransactionReceipt({ hash, timeout: 600_000 });
  if (receipt.status !== "success") throw new Error("The mint transaction failed on chain.");
  const [requested] = parseEventLogs({ abi: genImNftAbi, logs: receipt.logs, eventName: "ImageRequested" });
  if (!requested) throw new Error("The mint transaction has no ImageRequested event.");
  return { tokenId: requested.args.tokenId, deadline: requested.args.deadline };
}

/** Sends `refund`, waits for it, and returns what the `Refunded` event says came back. */
export async function sendRefund(
  reader: PublicClient,
  wallet: Eip1193Provider,
  config: PublicConfig,
  account: Address,
  id: bigint,
): Promise<{ hash: Hash; amount: bigint; holder: Address }> {
  const { request } = await reader.simulateContract({
    address: config.contract,
    abi: genImNftAbi,
    functionName: "refund",
    args: [id],
    account,
  });
  const walletClient = createWalletClient({ account, chain: chainOf(config), transport: custom(wallet) });
  const hash = await walletClient.writeContract(request);
  const receipt = await reader.waitForTransactionReceipt({ hash, timeout: 600_000 });
  const [refunded] = parseEventLogs({ abi: genImNftAbi, logs: receipt.logs, eventName: "Refunded" });
  if (receipt.status !== "success" || !refunded) throw new Error("The refund transaction failed on chain.");
  return { hash, amount: refunded.args.amount, holder: refunded.args.holder };
}

const transferEvent = getAbiItem({ abi: genImNftAbi, name: "Transfer" });
const requestedEvent = getAbiItem({ abi: genImNftAbi, name: "ImageRequested" });
const deliveredEvent = getAbiItem({ abi: genImNftAbi, name: "ImageDelivered" });

/** Most block ranges the chain fallback scans (newest first), so it never runs for ever. */
export const MAX_LOG_CHUNKS = 40;

/** Block ranges from the head back to the deployment block, newest first, at most MAX_LOG_CHUNKS. */
export function logChunks(from: bigint, head: bigint, range: bigint): [bigint, bigint][] {
  const chunks: [bigint, bigint][] = [];
  const size = range > 0n ? range : 2000n;
  for (let end = head; end >= from && chunks.length < MAX_LOG_CHUNKS; end -= size) {
    const start = end - size + 1n > from ? end - size + 1n : from;
    chunks.push([start, end]);
    if (start === from) break;
  }
  return chunks;
}

/** Token ids minted by or transferred to `account`, read from the chain's logs alone. */
export async function tokensOfFromLogs(
  client: PublicClient,
  config: PublicConfig,
  account: Address,
): Promise<{ ids: bigint[]; requests: Map<bigint, { prompt: string; txHash: Hash }>; complete: boolean }> {
  const head = await client.getBlockNumber();
  const chunks = logChunks(BigInt(config.deployment_block), head, BigInt(config.log_range));
  const ids = new Set<bigint>();
  const requests = new Map<bigint, { prompt: string; txHash: Hash }>();
  for (const [fromBlock, toBlock] of chunks) {
    const [received, requested] = await Promise.all([
      client.getLogs({ address: config.contract, event: transferEvent, args: { to: account }, fromBlock, toBlock }),
      client.getLogs({ address: config.contract, event: requestedEvent, args: { requester: account }, fromBlock, toBlock }),
    ]);
    for (const log of received) if (log.args.id !== undefined) ids.add(log.args.id);
    for (const log of requested) {
      if (log.args.tokenId === undefined) continue;
      ids.add(log.args.tokenId);
      if (log.args.prompt !== undefined) requests.set(log.args.tokenId, { prompt: log.args.prompt, txHash: log.transactionHash });
    }
  }
  const complete = chunks.length === 0 || chunks[chunks.length - 1]![0] === BigInt(config.deployment_block);
  return { ids: [...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)), requests, complete };
}

/** The latest delivered token ids, from the chain's logs alone. */
export async function recentDeliveredFromLogs(client: PublicClient, config: PublicConfig, limit: number): Promise<bigint[]> {
  const head = await client.getBlockNumber();
  const out: bigint[] = [];
  for (const [fromBlock, toBlock] of logChunks(BigInt(config.deployment_block), head, BigInt(config.log_range))) {
    const logs = await client.getLogs({ address: config.contract, event: deliveredEvent, fromBlock, toBlock });
    for (const log of logs.reverse()) {
      if (log.args.tokenId !== undefined && !out.includes(log.args.tokenId)) out.push(log.args.tokenId);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Prompts and mint transactions of tokens, from their `ImageRequested` logs. */
export async function requestsFromLogs(
  client: PublicClient,
  config: PublicConfig,
  ids: bigint[],
): Promise<Map<bigint, { prompt: string; txHash: Hash }>> {
  const found = new Map<bigint, { prompt: string; txHash: Hash }>();
  if (ids.length === 0) return found;
  const head = await client.getBlockNumber();
  for (const [fromBlock, toBlock] of logChunks(BigInt(config.deployment_block), head, BigInt(config.log_range))) {
    const logs = await client.getLogs({ address: config.contract, event: requestedEvent, args: { tokenId: ids }, fromBlock, toBlock });
    for (const log of logs) {
      if (log.args.tokenId !== undefined && log.args.prompt !== undefined) {
        found.set(log.args.tokenId, { prompt: log.args.prompt, txHash: log.transactionHash });
      }
    }
    if (found.size === ids.length) break;
  }
  return found;
}

export async function balanceOf(client: PublicClient, account: Address): Promise<bigint> {
  return client.getBalance({ address: account });
}
