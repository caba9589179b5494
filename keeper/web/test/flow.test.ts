import { describe, expect, it } from "vitest";
import { describe as describeProgress, isBusy, isWatching, step, stepLabel, stepStates, type FlowEvent, type Progress } from "../src/flow";

const run = (events: FlowEvent[], start: Progress = { phase: "idle" }) => events.reduce(step, start);
const hash = "0x1111111111111111111111111111111111111111111111111111111111111111" as const;

describe("the mint journey", () => {
  it("walks through every step to delivered", () => {
    const phases: string[] = [];
    let p: Progress = { phase: "idle" };
    const events: FlowEvent[] = [
      { type: "submit" },
      { type: "sent", hash },
      { type: "mined", tokenId: 7n, deadline: 2000n },
      { type: "job", state: "seen" },
      { type: "job", state: "generating" },
      { type: "job", state: "image_stored" },
      { type: "job", state: "metadata_stored" },
      { type: "job", state: "submitted" },
      { type: "job", state: "delivered" },
      { type: "chain", status: 2, deadline: 2000n, now: 1500 },
    ];
    for (const e of events) {
      p = step(p, e);
      phases.push(p.phase);
    }
    expect(phases).toEqual(["wallet", "sent", "mined", "queued", "generating", "stored", "stored", "delivering", "delivering", "delivered"]);
    expect(p.tokenId).toBe(7n);
    expect(p.txHash).toBe(hash);
    expect(describeProgress(p)).toBe("Delivered: token #7 has its image.");
  });

  it("never moves backwards on a late keeper answer", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 1n, deadline: 9n }, { type: "job", state: "submitted" }]);
    expect(step(p, { type: "job", state: "generating" }).phase).toBe("delivering");
  });

  it("lets the chain skip steps the keeper never reported", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 1n, deadline: 9n }]);
    expect(step(p, { type: "chain", status: 2, deadline: 9n, now: 5 }).phase).toBe("delivered");
  });

  it("ignores keeper and chain events before the token exists", () => {
    const p = run([{ type: "submit" }]);
    expect(step(p, { type: "job", state: "generating" })).toBe(p);
    expect(step(p, { type: "chain", status: 2, deadline: 9n, now: 5 })).toBe(p);
  });

  it("a rejected wallet request fails without a token and frees the button", () => {
    const p = run([{ type: "submit" }, { type: "failed", reason: "You declined" }]);
    expect(p).toMatchObject({ phase: "failed", reason: "You declined" });
    expect(p.tokenId).toBeUndefined();
    expect(isBusy(p.phase)).toBe(false);
    expect(run([{ type: "submit" }], p).phase).toBe("wallet");
  });

  it("does not start a second mint while one waits for the wallet", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }]);
    expect(step(p, { type: "submit" })).toBe(p);
  });

  it("given up, then past the deadline, then refunded", () => {
    let p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 3n, deadline: 100n }]);
    p = step(p, { type: "job", state: "given_up", reason: "less than 120 s left" });
    expect(p.phase).toBe("given_up");
    expect(p.reason).toBe("less than 120 s left");
    expect(step(p, { type: "job", state: "seen" }).phase).toBe("given_up");
    expect(step(p, { type: "chain", status: 1, deadline: 100n, now: 100 }).phase).toBe("given_up");
    p = step(p, { type: "chain", status: 1, deadline: 100n, now: 101 });
    expect(p.phase).toBe("refundable");
    expect(isWatching(p.phase)).toBe(true);
    p = step(p, { type: "chain", status: 3, deadline: 100n, now: 200 });
    expect(p.phase).toBe("refunded");
    expect(isWatching(p.phase)).toBe(false);
  });

  it("marks steps done, current and to do", () => {
    const states = stepStates("generating");
    expect(states.wallet).toBe("done");
    expect(states.queued).toBe("done");
    expect(states.generating).toBe("current");
    expect(states.delivered).toBe("todo");
    expect(Object.values(stepStates("delivered")).every((s) => s === "done")).toBe(true);
  });

  it("a journey that ended otherwise keeps the steps it reached", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 3n, deadline: 100n }, { type: "job", state: "seen" }, { type: "job", state: "given_up" }]);
    expect(p.reached).toBe("queued");
    const states = stepStates(p.phase, p.reached);
    expect(states.queued).toBe("done");
    expect(states.generating).toBe("todo");
    expect(run([{ type: "reset" }], p)).toEqual({ phase: "idle" });
  });
});

describe("the keeper's job states", () => {
  it("maps every state the keeper emits (JobState::as_str in keeper/src/jobs/model.rs)", async () => {
    const { readFileSync } = await import("node:fs");
    const { JOB_PHASE } = await import("../src/flow");
    const model = readFileSync(new URL("../../src/jobs/model.rs", import.meta.url), "utf8");
    const emitted = [...model.matchAll(/JobState::\w+ => "(\w+)"/g)].map((m) => m[1]!);
    expect(emitted.length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(JOB_PHASE).sort()).toEqual([...new Set(emitted)].sort());
  });
  it("shows a spooled image as made and stored, not as still generating", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 3n, deadline: 9n }, { type: "job", state: "generating" }]);
    const spooled = step(p, { type: "job", state: "image_spooled" });
    expect(spooled.phase).toBe("stored");
    expect(describeProgress(spooled)).toBe("The image for token #3 is made and stored. Delivering it…");
  });
  it("ignores a state it does not know", () => {
    const p = run([{ type: "submit" }, { type: "sent", hash }, { type: "mined", tokenId: 3n, deadline: 9n }]);
    expect(step(p, { type: "job", state: "teleported" as never }).phase).toBe("mined");
    expect(step(p, { type: "job", state: "constructor" as never }).phase).toBe("mined");
  });
});

describe("paying in USDC: signed, relayed, then the same journey", () => {
  const run = (events: FlowEvent[], from: Progress = { phase: "idle" }) => events.reduce(step, from);

  it("goes wallet (signature) → relaying → paid → queued … delivered", () => {
    let p = run([{ type: "submit", usdc: true }]);
    expect(p).toMatchObject({ phase: "wallet", usdc: true });
    expect(describeProgress(p)).toMatch(/sign/);
    p = step(p, { type: "relaying", id: "r_01" });
    expect(p).toMatchObject({ phase: "relaying", relayId: "r_01" });
    expect(isBusy(p.phase)).toBe(true);
    p = step(p, { type: "relaying", id: "r_01", hash: "0xabc" });
    expect(p).toMatchObject({ phase: "relaying", txHash: "0xabc" });
    // A later poll without a hash keeps the hash.
    p = step(p, { type: "relaying", id: "r_01", hash: null });
    expect(p.txHash).toBe("0xabc");
    p = step(p, { type: "mined", tokenId: 7n, deadline: 100n });
    expect(p).toMatchObject({ phase: "mined", tokenId: 7n, usdc: true });
    expect(describeProgress(p)).toMatch(/^Paid: token #7/);
    p = run([{ type: "job", state: "generating" }, { type: "chain", status: 2, deadline: 100n, now: 50 }], p);
    expect(p.phase).toBe("delivered");
    expect(Object.values(stepStates(p.phase, p.reached, true)).every((s) => s === "done")).toBe(true);
  });

  it("shows the relaying step current, and the steps in the USDC order", () => {
    const states = stepStates("relaying", undefined, true);
    expect(Object.keys(states)).toEqual(["wallet", "relaying", "mined", "queued", "generating", "stored", "delivering", "delivered"]);
    expect(states.wallet).toBe("done");
    expect(states.relaying).toBe("current");
    expect(states.mined).toBe("todo");
    expect(stepLabel("mined", true)).toBe("Paid");
    expect(stepLabel("mined", false)).toBe("Mined");
  });

  it("a refused relay fails the journey, keeping it a USDC one; an ETH transaction hash does not apply", () => {
    const p = run([{ type: "submit", usdc: true }, { type: "relaying", id: "r_1" }, { type: "failed", reason: "price changed" }]);
    expect(p).toMatchObject({ phase: "failed", reason: "price changed", usdc: true });
    expect(run([{ type: "submit", usdc: true }, { type: "sent", hash: "0x1" }]).phase).toBe("wallet");
    // A relay update after the token is known moves nothing back.
    const paid = run([{ type: "submit", usdc: true }, { type: "relaying", id: "r_1" }, { type: "mined", tokenId: 1n, deadline: 9n }]);
    expect(step(paid, { type: "relaying", id: "r_1", hash: "0x2" })).toBe(paid);
  });

  it("a USDC token given up says the money comes back without gas; a reset forgets the path", () => {
    const p = run([
      { type: "submit", usdc: true },
      { type: "relaying", id: "r_1" },
      { type: "mined", tokenId: 3n, deadline: 9n },
      { type: "job", state: "given_up", reason: "moderation" },
    ]);
    expect(p).toMatchObject({ phase: "given_up", reached: "mined" });
    expect(describeProgress(p)).toMatch(/automatically.*no gas/);
    expect(step(p, { type: "reset" })).toEqual({ phase: "idle" });
  });
});
