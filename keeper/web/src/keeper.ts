// The keeper's HTTP API: one token's job (`/tokens/{id}`) and the gallery listing (`/tokens`).
// Every call has a timeout; a failure means "the keeper is not answering", never a broken page.

import { RelayError } from "./errors";
import type { JobState } from "./flow";
import type { RelayBody } from "./usdc";

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

/** A relay as the keeper reports it (`GET /api/relays/{id}`, RELAY_API.md). */
export interface Relay {
  id: string;
  state: "accepted" | "sent" | "minted" | "failed";
  tx_hash: `0x${string}` | null;
  token_id: string | null;
  error: { code: string; message: string } | null;
}

function isRelay(value: unknown): value is Relay {
  const v = value as Relay;
  return !!v && typeof v === "object" && typeof v.id === "string" && /^(accepted|sent|minted|failed)$/.test(String(v.state));
}

function refusal(status: number, body: unknown, retryAfter: string | null): RelayError | null {
  const b = body as { error?: unknown };
  if (!b || typeof b !== "object" || typeof b.error !== "string") return null;
  const secs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) : null;
  return new RelayError(b.error, { ...(body as Record<string, unknown>), status }, secs);
}

/**
 * Hands the signed authorization to the keeper. The same authorization posted again gets the same
 * relay back, so a post whose answer was lost can be repeated safely. Refusals throw RelayError
 * (with the keeper's code), an unreachable keeper KeeperUnreachable.
 */
export async function postRelay(keeper: string, body: RelayBody, timeoutMs = 20_000): Promise<Relay> {
  let response: Response;
  try {
    response = await fetch(`${keeper}api/mint-with-authorization`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new KeeperUnreachable(error);
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok && isRelay(answer)) return answer;
  // 503 busy / relays_paused are answers, not an absent keeper.
  const refused = refusal(response.status, answer, response.headers.get("Retry-After"));
  if (refused) throw refused;
  throw new KeeperUnreachable(new Error(`HTTP ${response.status}`));
}

/** One relay's state; RelayError("not_found") when the keeper does not know it. */
export async function getRelay(keeper: string, id: string, timeoutMs = 5000): Promise<Relay> {
  const { status, body } = await getJson(`${keeper}api/relays/${encodeURIComponent(id)}`, timeoutMs);
  if (status === 404) throw new RelayError("not_found");
  if (status !== 200 || !isRelay(body)) throw new KeeperUnreachable(new Error(`HTTP ${status}`));
  return body;
}

export interface FollowOptions {
  /** Called with every state read (to show the transaction as soon as it is sent). */
  onUpdate?: (relay: Relay) => void;
  /** The keeper did not answer one poll (true), or answered again (false). */
  onReachable?: (reachable: boolean) => void;
  signal?: AbortSignal;
  /** Give up following after this long (the relay id stays in the session: a reload continues). */
  maxWaitMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** For tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class RelayTimeout extends Error {
  constructor(readonly relay: Relay | null) {
    super("The image service has not confirmed the USDC payment yet.");
    this.name = "RelayTimeout";
  }
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Polls a relay until it is minted (with a token id) or failed, backing off from `firstDelayMs` to
 * `maxDelayMs`; an unreachable keeper is retried until `maxWaitMs`, then RelayTimeout. A failed
 * relay throws RelayError with the keeper's error code.
 */
export async function followRelay(keeper: string, id: string, options: FollowOptions = {}): Promise<Relay & { token_id: string }> {
  const { onUpdate, onReachable, signal, maxWaitMs = 15 * 60_000, firstDelayMs = 500, maxDelayMs = 5000 } = options;
  const sleep = options.sleep ?? sleepFor;
  const started = Date.now();
  let delay = firstDelayMs;
  let last: Relay | null = null;
  for (;;) {
    signal?.throwIfAborted();
    try {
      last = await getRelay(keeper, id);
      onReachable?.(true);
      onUpdate?.(last);
      if (last.state === "minted" && last.token_id !== null && /^\d+$/.test(last.token_id)) {
        return last as Relay & { token_id: string };
      }
      if (last.state === "failed") {
        throw new RelayError(last.error?.code ?? "relay_failed", { message: last.error?.message ?? "", tx_hash: last.tx_hash });
      }
    } catch (error) {
      if (!(error instanceof KeeperUnreachable)) throw error;
      onReachable?.(false);
    }
    if (Date.now() - started + delay > maxWaitMs) throw new RelayTimeout(last);
    await sleep(delay, signal);
    delay = Math.min(maxDelayMs, Math.ceil(delay * 1.5));
  }
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A USDC payment on its way, kept in sessionStorage so that a reload continues following it. */
export interface PendingRelay {
  /** Known once the keeper accepted; before that, `body` is posted again (same authorization, same relay). */
  id: string | null;
  body: RelayBody;
}

const relayKey = (keeper: string) => `genim.relay:${keeper}`;

export function savePendingRelay(storage: StorageLike | null, keeper: string, pending: PendingRelay): void {
  try {
    storage?.setItem(relayKey(keeper), JSON.stringify(pending));
  } catch {
    // Private mode: the page still follows the relay, only a reload loses it.
  }
}

export function loadPendingRelay(storage: StorageLike | null, keeper: string): PendingRelay | null {
  try {
    const raw = storage?.getItem(relayKey(keeper));
    if (!raw) return null;
    const value = JSON.parse(raw) as PendingRelay;
    const ok =
      value &&
      (value.id === null || typeof value.id === "string") &&
      !!value.body &&
      typeof value.body.prompt === "string" &&
      typeof value.body.signature === "string" &&
      typeof value.body.from === "string";
    return ok ? value : null;
  } catch {
    return null;
  }
}

export function clearPendingRelay(storage: StorageLike | null, keeper: string): void {
  try {
    storage?.removeItem(relayKey(keeper));
  } catch {
    // nothing kept
  }
}
