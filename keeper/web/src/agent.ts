// A person paying for an AI agent's image: the keeper's MCP tool `generate_image` answers with a
// link to this page, `?prompt=…&tier=…&request=req_…`. The page fills in that prompt and tier,
// says whose request it pays, and after the mint reports its transaction to the keeper
// (`POST /api/requests/{id}/paid`), which checks the mint's `ImageRequested` log against the
// request before the agent can collect the image. A link is only ever a prefill: it is checked
// here (a hostile one fills in nothing), and the buyer still presses the button and confirms in
// the wallet. What was paid is remembered in this browser, so a reload never pays twice.

import { formatCount, utf8Bytes } from "./format";

/** The keeper's request ids: `req_` and 32 lowercase hex digits (keeper/src/mcp/requests.rs). */
export const REQUEST_ID = /^req_[0-9a-f]{32}$/;

export interface AgentRequest {
  id: string;
  prompt: string;
  tier: number;
}

export type AgentLink =
  | { kind: "none" }
  | { kind: "request"; request: AgentRequest }
  /** A link meant as an agent's request that does not hold up: nothing of it is used. */
  | { kind: "invalid"; problems: string[] };

const PARAMS = ["request", "prompt", "tier"] as const;

/** Quoted for a message, shortened: a hostile value is shown, never used. */
function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

/**
 * Reads an agent's link from the page's query. `offered`: the tiers on offer now;
 * `maxPromptBytes`: the keeper's limit. A link without any of the three parameters is no
 * agent's link; one with any of them must have all three, once each, valid, or none is used.
 */
export function parseAgentLink(search: string, offered: readonly number[], maxPromptBytes: number): AgentLink {
  const params = new URLSearchParams(search);
  if (PARAMS.every((name) => !params.has(name))) return { kind: "none" };
  const problems: string[] = [];
  const one = (name: (typeof PARAMS)[number], missing: string): string | null => {
    const values = params.getAll(name);
    if (values.length === 0) {
      problems.push(missing);
      return null;
    }
    if (values.length > 1) {
      problems.push(`it names the ${name} ${values.length} times`);
      return null;
    }
    return values[0]!;
  };
  const id = one("request", "it names no request id");
  const prompt = one("prompt", "it has no prompt");
  const tierText = one("tier", "it names no tier");

  if (id !== null && !REQUEST_ID.test(id)) {
    problems.push(`the request id ${quoted(id)} is not one the image service makes (req_ and 32 hex digits)`);
  }
  let tier: number | null = null;
  if (tierText !== null) {
    const offeredText = offered.length > 0 ? `tiers on offer: ${offered.join(", ")}` : "no tier is on offer now";
    if (!/^\d{1,3}$/.test(tierText)) {
      problems.push(`the tier ${quoted(tierText)} is not a number (${offeredText})`);
    } else if (!offered.includes(Number(tierText))) {
      problems.push(`tier ${Number(tierText)} is not on offer (${offeredText})`);
    } else {
      tier = Number(tierText);
    }
  }
  if (prompt !== null) {
    const bytes = utf8Bytes(prompt);
    if (prompt.trim().length === 0) problems.push("its prompt is empty");
    else if (bytes > maxPromptBytes) {
      problems.push(`its prompt is ${formatCount(bytes)} bytes, over the limit of ${formatCount(maxPromptBytes)}`);
    }
  }
  if (problems.length > 0 || id === null || prompt === null || tier === null) return { kind: "invalid", problems };
  return { kind: "request", request: { id, prompt, tier } };
}

/** What this browser paid for an agent's request. */
export interface PaidRecord {
  txHash: `0x${string}`;
  /** Known once the mint is mined. */
  tokenId: string | null;
  /** The keeper confirmed the link between the request and the token. */
  reported: boolean;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const paidKey = (keeper: string, id: string) => `genim.agentPaid:${keeper}:${id}`;

export function loadPaid(storage: StorageLike | null, keeper: string, id: string): PaidRecord | null {
  try {
    const raw = storage?.getItem(paidKey(keeper, id));
    if (!raw) return null;
    const value = JSON.parse(raw) as PaidRecord;
    if (typeof value?.txHash !== "string" || !/^0x[0-9a-fA-F]{64}$/.test(value.txHash)) return null;
    return { txHash: value.txHash, tokenId: typeof value.tokenId === "string" ? value.tokenId : null, reported: value.reported === true };
  } catch {
    return null;
  }
}

export function savePaid(storage: StorageLike | null, keeper: string, id: string, record: PaidRecord): void {
  try {
    storage?.setItem(paidKey(keeper, id), JSON.stringify(record));
  } catch {
    // Private mode or a full storage: the mint itself is on chain either way.
  }
}

export type ReportResult =
  | { ok: true; tokenId: string }
  /** `retry`: the keeper could not answer now (unreachable, busy); asking again may work. */
  | { ok: false; retry: boolean; message: string };

/**
 * Tells the keeper which transaction paid for the request. Retries (a few times, `delayMs` apart)
 * while the keeper is unreachable or not ready; a refusal (404, 422) is final and comes back in
 * the keeper's words.
 */
export async function reportPaid(
  keeper: string,
  id: string,
  txHash: `0x${string}`,
  { tries = 4, delayMs = 1500, timeoutMs = 10_000 }: { tries?: number; delayMs?: number; timeoutMs?: number } = {},
): Promise<ReportResult> {
  let last: ReportResult = { ok: false, retry: true, message: "The image service did not answer." };
  for (let attempt = 0; attempt < tries; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    let response: Response;
    try {
      response = await fetch(`${keeper}api/requests/${encodeURIComponent(id)}/paid`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tx_hash: txHash }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      last = { ok: false, retry: true, message: "The image service did not answer." };
      continue;
    }
    const body = (await response.json().catch(() => null)) as { token_id?: unknown; error?: unknown } | null;
    if (response.ok && (typeof body?.token_id === "number" || typeof body?.token_id === "string")) {
      return { ok: true, tokenId: String(body.token_id) };
    }
    const said = typeof body?.error === "string" ? body.error : `HTTP ${response.status}`;
    if (response.status === 404) {
      return { ok: false, retry: false, message: `The image service does not know this request (${said}).` };
    }
    // The keeper's node may be a block behind the page's: "not mined (yet)" is asked again.
    if (response.status === 422 && /not mined/.test(said)) {
      last = { ok: false, retry: true, message: `The image service does not see your transaction yet: ${said}.` };
      continue;
    }
    if (response.status >= 400 && response.status < 500) {
      return { ok: false, retry: false, message: `The image service refused to link it: ${said}.` };
    }
    // 5xx (the chain or its database not answering now): asked again.
    last = { ok: false, retry: true, message: `The image service could not check it now: ${said}.` };
  }
  return last;
}
