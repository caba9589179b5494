// The keeper's HTTP API: one token's job (`/tokens/{id}`) and the gallery listing (`/tokens`).
// Every call has a timeout; a failure means "the keeper is not answering", never a broken page.

import type { JobState } from "./flow";

export interface Job {
  token_id: number;
  state: JobState;
  reason?: string | null;
  deadline?: number;
  image_uri?: string | null;
  metadata_uri?: string | null;
  metadata_sha256?: string | null;
  delivered_tx_hash?: string | null;
}

export interface ListedJob extends Job {
  requester: string;
  tier: number;
  prompt: string;
  mint_tx_hash: string;
  delivered_tx_hash: string | null;
  model: string | null;
  size: string | null;
}

export class KeeperUnreachable extends Error {
  constructor(cause: unknown) {
    super("The image service is not answering.", { cause });
    this.name = "KeeperUnreachable";
  }
}

async function getJson(url: string, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new KeeperUnreachable(error);
  }
  if (response.status >= 500) throw new KeeperUnreachable(new Error(`HTTP ${response.status}`));
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

/** The job of a token; null while the keeper has not seen it (404). */
export async function getJob(keeper: string, id: bigint, timeoutMs = 5000): Promise<Job | null> {
  const { status, body } = await getJson(`${keeper}tokens/${id}`, timeoutMs);
  if (status === 404) return null;
  if (status !== 200) throw new KeeperUnreachable(new Error(`HTTP ${status}`));
  return body as Job;
}

export async function listJobs(
  keeper: string,
  query: { requester?: string; state?: JobState; limit?: number },
  timeoutMs = 8000,
): Promise<ListedJob[]> {
  const params = new URLSearchParams();
  if (query.requester) params.set("requester", query.requester);
  if (query.state) params.set("state", query.state);
  params.set("limit", String(query.limit ?? 50));
  const { status, body } = await getJson(`${keeper}tokens?${params}`, timeoutMs);
  if (status !== 200) throw new KeeperUnreachable(new Error(`HTTP ${status}`));
  return ((body as { tokens?: ListedJob[] })?.tokens ?? []) as ListedJob[];
}
