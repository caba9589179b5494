// The keeper's relay API against a real HTTP server in the test process.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RelayError } from "../src/errors";
import {
  clearPendingRelay,
  followRelay,
  getRelay,
  KeeperUnreachable,
  loadPendingRelay,
  postRelay,
  RelayTimeout,
  savePendingRelay,
  type Relay,
} from "../src/keeper";
import type { RelayBody } from "../src/usdc";

type Handler = (req: IncomingMessage, body: string) => { status: number; json?: unknown; headers?: Record<string, string>; raw?: string };
let handler: Handler;
const seen: { method: string; url: string; body: string; type: string | undefined }[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ method: req.method!, url: req.url!, body, type: req.headers["content-type"] });
    const out = handler(req, body);
    res.writeHead(out.status, { "Content-Type": "application/json", ...out.headers });
    res.end(out.raw ?? JSON.stringify(out.json ?? null));
  });
});
let keeper = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  keeper = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (seen.length = 0));

const body: RelayBody = {
  prompt: "a red fox",
  tier: 0,
  terms: 3,
  from: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  value: "100000",
  validAfter: "0",
  validBefore: "1767225600",
  salt: `0x${"11".repeat(32)}`,
  signature: `0x${"22".repeat(65)}`,
};
const relay = (state: Relay["state"], extra: Partial<Relay> = {}): Relay => ({ id: "r_ab", state, tx_hash: null, token_id: null, error: null, ...extra });
const noSleep = async () => {};

describe("postRelay", () => {
  it("posts the signed authorization as JSON and returns the relay", async () => {
    handler = () => ({ status: 202, json: relay("accepted") });
    expect(await postRelay(keeper, body)).toEqual(relay("accepted"));
    expect(seen[0]).toMatchObject({ method: "POST", url: "/api/mint-with-authorization", type: "application/json" });
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it("turns a refusal into a RelayError with the keeper's code and details", async () => {
    handler = () => ({ status: 409, json: { error: "price_changed", message: "price changed", signed: "100000", current: "150000" } });
    const error = await postRelay(keeper, body).catch((e) => e);
    expect(error).toBeInstanceOf(RelayError);
    expect(error).toMatchObject({ code: "price_changed", body: { current: "150000" } });
  });

  it("reads Retry-After of a 429, and a 503 with a code is an answer, not a dead keeper", async () => {
    handler = () => ({ status: 429, json: { error: "rate_limited", message: "slow down" }, headers: { "Retry-After": "17" } });
    expect(await postRelay(keeper, body).catch((e) => e)).toMatchObject({ code: "rate_limited", retryAfterSecs: 17 });
    handler = () => ({ status: 503, json: { error: "relays_paused", message: "paused", reason: "gas" } });
    expect(await postRelay(keeper, body).catch((e) => e)).toMatchObject({ code: "relays_paused", body: { reason: "gas" } });
  });

  it("a 502 without a code, or a closed port, is an unreachable keeper", async () => {
    handler = () => ({ status: 502, raw: "<html>bad gateway</html>" });
    expect(await postRelay(keeper, body).catch((e) => e)).toBeInstanceOf(KeeperUnreachable);
    expect(await postRelay("http://127.0.0.1:9/", body, 2000).catch((e) => e)).toBeInstanceOf(KeeperUnreachable);
  });
});

describe("getRelay and followRelay", () => {
  it("getRelay: 404 is not_found", async () => {
    handler = () => ({ status: 404, json: { error: "not_found" } });
    expect(await getRelay(keeper, "r_zz").catch((e) => e)).toMatchObject({ code: "not_found" });
    expect(seen[0]!.url).toBe("/api/relays/r_zz");
  });

  it("follows accepted → sent → minted, reporting each state and riding out a keeper hiccup", async () => {
    const answers = [
      { status: 200, json: relay("accepted") },
      { status: 500, raw: "oops" },
      { status: 200, json: relay("sent", { tx_hash: "0xaa" }) },
      { status: 200, json: relay("minted", { tx_hash: "0xaa", token_id: "12" }) },
    ];
    handler = () => answers.shift()!;
    const states: string[] = [];
    const reachable: boolean[] = [];
    const delays: number[] = [];
    const done = await followRelay(keeper, "r_ab", {
      onUpdate: (r) => states.push(r.state),
      onReachable: (r) => reachable.push(r),
      sleep: async (ms) => void delays.push(ms),
      firstDelayMs: 100,
      maxDelayMs: 200,
    });
    expect(done).toMatchObject({ state: "minted", token_id: "12", tx_hash: "0xaa" });
    expect(states).toEqual(["accepted", "sent", "minted"]);
    expect(reachable).toEqual([true, false, true, true]);
    // Backs off, bounded.
    expect(delays).toEqual([100, 150, 200]);
  });

  it("a failed relay throws its error code", async () => {
    handler = () => ({ status: 200, json: relay("failed", { error: { code: "expired", message: "too late" } }) });
    expect(await followRelay(keeper, "r_ab", { sleep: noSleep }).catch((e) => e)).toMatchObject({ code: "expired" });
  });

  it("stops after maxWaitMs with the last state known", async () => {
    handler = () => ({ status: 200, json: relay("sent", { tx_hash: "0xbb" }) });
    const error = await followRelay(keeper, "r_ab", { maxWaitMs: 150, firstDelayMs: 50, maxDelayMs: 50 }).catch((e) => e);
    expect(error).toBeInstanceOf(RelayTimeout);
    expect(error.relay).toMatchObject({ state: "sent", tx_hash: "0xbb" });
  });

  it("can be cancelled", async () => {
    handler = () => ({ status: 200, json: relay("accepted") });
    const controller = new AbortController();
    const following = followRelay(keeper, "r_ab", { signal: controller.signal, firstDelayMs: 10_000 });
    setTimeout(() => controller.abort(new Error("left the page")), 50);
    await expect(following).rejects.toThrow("left the page");
  });
});

describe("the pending relay survives a reload", () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
  };
  it("is saved per keeper, loaded, and cleared; garbage is ignored", () => {
    const s = storage();
    savePendingRelay(s, "http://k/", { id: "r_1", body });
    expect(loadPendingRelay(s, "http://k/")).toEqual({ id: "r_1", body });
    expect(loadPendingRelay(s, "http://other/")).toBeNull();
    clearPendingRelay(s, "http://k/");
    expect(loadPendingRelay(s, "http://k/")).toBeNull();
    s.setItem("genim.relay:http://k/", "{not json");
    expect(loadPendingRelay(s, "http://k/")).toBeNull();
    s.setItem("genim.relay:http://k/", JSON.stringify({ id: 5, body }));
    expect(loadPendingRelay(s, "http://k/")).toBeNull();
  });
});
