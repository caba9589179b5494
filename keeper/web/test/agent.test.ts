// An agent's link (`?prompt=…&tier=…&request=req_…`): what the page takes from it, what it refuses,
// what it remembers, and how it reports the mint to a real HTTP server standing for the keeper.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadPaid, parseAgentLink, reportPaid, savePaid } from "../src/agent";

const ID = "req_0123456789abcdef0123456789abcdef";
const link = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe("parseAgentLink", () => {
  it("takes the keeper's own link (as payment.rs writes it, spaces as '+')", () => {
    const search = `?prompt=a+fox+%26+a+hen%2C+%C3%A9t%C3%A9&tier=1&request=${ID}`;
    expect(parseAgentLink(search, [0, 1], 1000)).toEqual({
      kind: "request",
      request: { id: ID, prompt: "a fox & a hen, été", tier: 1 },
    });
  });

  it("is no agent's link without any of its parameters (other ones such as keeper= are ignored)", () => {
    expect(parseAgentLink("", [0], 1000)).toEqual({ kind: "none" });
    expect(parseAgentLink("?keeper=http%3A%2F%2Fx%2F", [0], 1000)).toEqual({ kind: "none" });
  });

  it("refuses a malformed request id, and uses nothing of the link", () => {
    for (const bad of ["req_123", "req_0123456789ABCDEF0123456789ABCDEF", "42", `${ID}0`, `x${ID}`, "req_<script>alert(1)</script>"]) {
      const parsed = parseAgentLink(link({ prompt: "a cat", tier: "0", request: bad }), [0], 1000);
      expect(parsed.kind, bad).toBe("invalid");
      if (parsed.kind === "invalid") expect(parsed.problems.join("; ")).toMatch(/request id .* is not one the image service makes/);
    }
  });

  it("refuses a tier that is not on offer, or not a number, naming the offered ones", () => {
    const unknown = parseAgentLink(link({ prompt: "a cat", tier: "7", request: ID }), [0, 1], 1000);
    expect(unknown).toEqual({ kind: "invalid", problems: ["tier 7 is not on offer (tiers on offer: 0, 1)"] });
    for (const bad of ["-1", "1.5", "0x1", "", " 1", "1e1", "9999"]) {
      expect(parseAgentLink(link({ prompt: "a cat", tier: bad, request: ID }), [0, 1], 1000).kind, bad).toBe("invalid");
    }
  });

  it("refuses an empty prompt and one over the byte limit (UTF-8 bytes, not characters)", () => {
    expect(parseAgentLink(link({ prompt: "  ", tier: "0", request: ID }), [0], 1000)).toEqual({
      kind: "invalid",
      problems: ["its prompt is empty"],
    });
    // 500 two-byte characters: 1,000 bytes, at the limit; one more byte is over.
    expect(parseAgentLink(link({ prompt: "é".repeat(500), tier: "0", request: ID }), [0], 1000).kind).toBe("request");
    expect(parseAgentLink(link({ prompt: `${"é".repeat(500)}x`, tier: "0", request: ID }), [0], 1000)).toEqual({
      kind: "invalid",
      problems: ["its prompt is 1,001 bytes, over the limit of 1,000"],
    });
  });

  it("needs all three parameters, each once", () => {
    expect(parseAgentLink(link({ prompt: "a cat", tier: "0" }), [0], 1000)).toEqual({ kind: "invalid", problems: ["it names no request id"] });
    expect(parseAgentLink(`?request=${ID}`, [0], 1000)).toEqual({
      kind: "invalid",
      problems: ["it has no prompt", "it names no tier"],
    });
    const twice = parseAgentLink(`?prompt=a&prompt=b&tier=0&request=${ID}`, [0], 1000);
    expect(twice).toEqual({ kind: "invalid", problems: ["it names the prompt 2 times"] });
  });

  it("lists every problem at once, and shortens a long hostile value", () => {
    const parsed = parseAgentLink(link({ prompt: "", tier: "x", request: "req_".padEnd(200, "z") }), [2], 1000);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind !== "invalid") return;
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems[0]).toContain("…");
    expect(parsed.problems[0]!.length).toBeLessThan(120);
    expect(parsed.problems[1]).toBe('the tier "x" is not a number (tiers on offer: 2)');
  });
});

describe("what this browser paid", () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
  };
  const hash = `0x${"ab".repeat(32)}` as const;

  it("is kept per keeper and request", () => {
    const storage = memory();
    expect(loadPaid(storage, "http://k/", ID)).toBeNull();
    savePaid(storage, "http://k/", ID, { txHash: hash, tokenId: null, reported: false });
    expect(loadPaid(storage, "http://k/", ID)).toEqual({ txHash: hash, tokenId: null, reported: false });
    expect(loadPaid(storage, "http://other/", ID)).toBeNull();
    savePaid(storage, "http://k/", ID, { txHash: hash, tokenId: "7", reported: true });
    expect(loadPaid(storage, "http://k/", ID)).toEqual({ txHash: hash, tokenId: "7", reported: true });
  });

  it("ignores a damaged record, and a storage that throws", () => {
    const storage = memory();
    storage.setItem(`genim.agentPaid:http://k/:${ID}`, "{not json");
    expect(loadPaid(storage, "http://k/", ID)).toBeNull();
    storage.setItem(`genim.agentPaid:http://k/:${ID}`, JSON.stringify({ txHash: "0x12" }));
    expect(loadPaid(storage, "http://k/", ID)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(loadPaid(throwing, "http://k/", ID)).toBeNull();
    expect(() => savePaid(throwing, "http://k/", ID, { txHash: hash, tokenId: null, reported: false })).not.toThrow();
  });
});

describe("reportPaid against an HTTP server", () => {
  type Answer = { status: number; json?: unknown };
  let answers: Answer[] = [];
  const seen: { method: string; url: string; body: string; type: string | undefined }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, body, type: req.headers["content-type"] });
      const answer = answers.shift() ?? { status: 500, json: { error: "no answer scripted" } };
      res.writeHead(answer.status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(answer.json ?? null));
    });
  });
  let keeper = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    keeper = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    answers = [];
  });
  const hash = `0x${"cd".repeat(32)}` as const;
  const fast = { tries: 3, delayMs: 10, timeoutMs: 2000 };

  it("posts the transaction hash as JSON and returns the bound token", async () => {
    answers = [{ status: 200, json: { request: ID, token_id: 12 } }];
    expect(await reportPaid(keeper, ID, hash, fast)).toEqual({ ok: true, tokenId: "12" });
    expect(seen).toEqual([{ method: "POST", url: `/api/requests/${ID}/paid`, body: JSON.stringify({ tx_hash: hash }), type: "application/json" }]);
  });

  it("asks again while the keeper cannot check (503), then succeeds", async () => {
    answers = [{ status: 503, json: { error: "cannot read the chain now, try again" } }, { status: 200, json: { token_id: 3 } }];
    expect(await reportPaid(keeper, ID, hash, fast)).toEqual({ ok: true, tokenId: "3" });
    expect(seen).toHaveLength(2);
  });

  it("gives up after its tries, saying the keeper could not check", async () => {
    answers = [503, 503, 503, 200].map((status) => ({ status, json: status === 200 ? { token_id: 1 } : { error: "busy" } }));
    expect(await reportPaid(keeper, ID, hash, fast)).toEqual({ ok: false, retry: true, message: "The image service could not check it now: busy." });
    expect(seen).toHaveLength(3);
  });

  it("asks again while the keeper's node has not seen the mint yet (422 \"not mined\")", async () => {
    answers = [{ status: 422, json: { error: "payment not found: transaction 0xcd… is not mined (yet); send it" } }, { status: 200, json: { token_id: 4 } }];
    expect(await reportPaid(keeper, ID, hash, fast)).toEqual({ ok: true, tokenId: "4" });
    expect(seen).toHaveLength(2);
  });

  it("takes a refusal as final, in the keeper's words", async () => {
    answers = [{ status: 422, json: { error: "transaction 0x… paid for tier 1 and prompt \"b\", not for this request's tier 0 and prompt \"a\"" } }];
    const result = await reportPaid(keeper, ID, hash, fast);
    expect(result).toEqual({
      ok: false,
      retry: false,
      message: "The image service refused to link it: transaction 0x… paid for tier 1 and prompt \"b\", not for this request's tier 0 and prompt \"a\".",
    });
    expect(seen).toHaveLength(1);
    answers = [{ status: 404, json: { error: "no such request" } }];
    expect(await reportPaid(keeper, ID, hash, fast)).toEqual({ ok: false, retry: false, message: "The image service does not know this request (no such request)." });
  });

  it("reports an unreachable keeper as retryable", async () => {
    const result = await reportPaid("http://127.0.0.1:9/", ID, hash, { tries: 2, delayMs: 10, timeoutMs: 1000 });
    expect(result).toEqual({ ok: false, retry: true, message: "The image service did not answer." });
  });
});
