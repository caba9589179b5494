// Assembles what the page shows about tokens: the keeper's listing (fast, has prompts and
// progress) checked against the chain (status, holder, tokenURI, metadata hash), and the chain's
// logs alone when the keeper does not answer.

import type { Address, PublicClient } from "viem";
import {
  fetchMetadata,
  pendingMetadata,
  requestsFromLogs,
  readToken,
  recentDeliveredFromLogs,
  tokensOfFromLogs,
  type ChainToken,
  type VerifiedMetadata,
} from "./chain";
import type { PublicConfig } from "./config";
import { STATUS } from "./flow";
import type { Metadata } from "./metadata";
import { KeeperUnreachable, listJobs, type Job, type ListedJob } from "./keeper";

export interface TokenInfo {
  id: bigint;
  chain: ChainToken;
  job: Job | ListedJob | null;
  prompt: string | null;
  verified: VerifiedMetadata | null;
  placeholder: Metadata | null;
  /** Fetching the delivered metadata failed. */
  metadataError: boolean;
  mintTx: string | null;
  deliveredTx: string | null;
}

export interface TokenList {
  tokens: TokenInfo[];
  keeperAnswered: boolean;
  /** The chain's logs were scanned back to the deployment block (or the keeper listed them). */
  complete: boolean;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function tokenInfo(
  client: PublicClient,
  config: PublicConfig,
  id: bigint,
  job: Job | ListedJob | null,
  fromLogs: { prompt: string; txHash: string } | null,
): Promise<TokenInfo> {
  const chain = await readToken(client, config, id);
  let verified: VerifiedMetadata | null = null;
  let metadataError = false;
  if (chain.status === STATUS.Delivered) {
    verified = await fetchMetadata(chain, config.ipfs_gateway).catch(() => {
      metadataError = true;
      return null;
    });
  }
  const listed = job && "prompt" in job ? job : null;
  return {
    id,
    chain,
    job,
    prompt: listed?.prompt ?? fromLogs?.prompt ?? (verified?.matches ? verified.metadata.description : undefined) ?? null,
    verified,
    placeholder: chain.status === STATUS.Pending ? pendingMetadata(chain) : null,
    metadataError,
    mintTx: listed?.mint_tx_hash ?? fromLogs?.txHash ?? null,
    deliveredTx: job?.delivered_tx_hash ?? null,
  };
}

/** Every token `account` minted or holds, newest first. */
export async function myTokens(
  client: PublicClient,
  config: PublicConfig,
  keeper: string,
  account: Address,
): Promise<TokenList> {
  const jobs = new Map<bigint, ListedJob>();
  let keeperAnswered = true;
  try {
    for (const job of await listJobs(keeper, { requester: account, limit: 100 })) jobs.set(BigInt(job.token_id), job);
  } catch (error) {
    if (!(error instanceof KeeperUnreachable)) throw error;
    keeperAnswered = false;
  }
  // Holdings (and, without the keeper, mints) come from the chain's logs.
  const fromLogs = await tokensOfFromLogs(client, config, account);
  const ids = [...new Set([...jobs.keys(), ...fromLogs.ids])].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const missing = ids.filter((id) => !jobs.has(id) && !fromLogs.requests.has(id));
  const requests = new Map([...fromLogs.requests, ...(await requestsFromLogs(client, config, missing))]);
  const lower = account.toLowerCase();
  const tokens = (
    await mapLimit(ids, 6, (id) => tokenInfo(client, config, id, jobs.get(id) ?? null, requests.get(id) ?? null))
  ).filter((t) => t.chain.requester.toLowerCase() === lower || t.chain.owner?.toLowerCase() === lower);
  return { tokens, keeperAnswered, complete: fromLogs.complete };
}

/** The latest delivered tokens (public gallery). */
export async function recentTokens(
  client: PublicClient,
  config: PublicConfig,
  keeper: string,
  limit = 24,
): Promise<TokenList> {
  let keeperAnswered = true;
  let ids: bigint[] = [];
  const jobs = new Map<bigint, ListedJob>();
  try {
    for (const job of await listJobs(keeper, { state: "delivered", limit })) {
      jobs.set(BigInt(job.token_id), job);
      ids.push(BigInt(job.token_id));
    }
  } catch (error) {
    if (!(error instanceof KeeperUnreachable)) throw error;
    keeperAnswered = false;
    ids = await recentDeliveredFromLogs(client, config, limit);
  }
  const requests = keeperAnswered ? new Map() : await requestsFromLogs(client, config, ids);
  const tokens = (
    await mapLimit(ids, 6, (id) => tokenInfo(client, config, id, jobs.get(id) ?? null, requests.get(id) ?? null))
  ).filter(
    (t) => t.chain.status === STATUS.Delivered,
  );
  return { tokens, keeperAnswered, complete: true };
}
