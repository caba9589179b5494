// The mint journey as a pure state machine: what the buyer sees at each step. Wallet and chain
// events drive the first steps; the keeper's job API reports the steps in between; the chain has
// the last word (delivered, refunded, past its deadline).

export type Phase =
  | "idle"
  | "wallet" // waiting for the wallet to confirm (or, paying in USDC, to sign)
  | "sent" // transaction sent, not mined yet
  | "relaying" // USDC: the signed authorization is with the keeper, which sends the mint
  | "mined" // mined: token id known, keeper has not seen it yet
  | "queued" // keeper recorded the request
  | "generating"
  | "stored" // image (and metadata) stored
  | "delivering" // fulfil transaction sent
  | "delivered" // chain says delivered
  | "given_up" // keeper gave up; refund after the deadline
  | "refundable" // chain: still pending and past the deadline
  | "refunded"
  | "failed"; // the mint did not happen (rejected, reverted, ...)

/** The steps shown as a progress list, in order. */
export const STEPS = ["wallet", "sent", "mined", "queued", "generating", "stored", "delivering", "delivered"] as const;
/** Paying in USDC: the buyer signs, the keeper relays; from "paid" on, the same journey. */
export const USDC_STEPS = ["wallet", "relaying", "mined", "queued", "generating", "stored", "delivering", "delivered"] as const;
export type Step = (typeof STEPS)[number] | (typeof USDC_STEPS)[number];

export function stepsOf(usdc: boolean | undefined): readonly Step[] {
  return usdc ? USDC_STEPS : STEPS;
}

export const STEP_LABELS: Record<Step, string> = {
  wallet: "Waiting for your wallet",
  sent: "Transaction sent",
  relaying: "Sending your signed payment",
  mined: "Mined",
  queued: "Queued",
  generating: "Generating the image",
  stored: "Image stored",
  delivering: "Delivering on chain",
  delivered: "Delivered",
};

/** Keeper job states (`GET /tokens/{id}`): every `JobState::as_str` of keeper/src/jobs/model.rs. */
export type JobState =
  | "seen"
  | "generating"
  | "image_spooled"
  | "image_stored"
  | "metadata_stored"
  | "submitted"
  | "delivered"
  | "given_up"
  | "skipped";

/** On-chain `IGenImNFT.Status`. */
export const STATUS = { None: 0, Pending: 1, Delivered: 2, Refunded: 3 } as const;

export interface Progress {
  phase: Phase;
  txHash?: `0x${string}`;
  tokenId?: bigint;
  deadline?: bigint;
  /** Why the keeper gave up, or what failed. */
  reason?: string;
  /** The furthest step of the journey reached, kept when it ends otherwise (given up, refunded). */
  reached?: Step;
  /** Paid in USDC through the keeper's relay. */
  usdc?: boolean;
  /** The keeper's relay id (USDC), kept so that a reload continues following it. */
  relayId?: string;
}

/** Labels that differ on the USDC path: nothing is "mined" by the buyer, the payment is made. */
export function stepLabel(s: Step, usdc: boolean | undefined): string {
  if (usdc && s === "wallet") return "Waiting for your signature";
  if (usdc && s === "mined") return "Paid";
  return STEP_LABELS[s];
}

export type FlowEvent =
  | { type: "submit"; usdc?: boolean }
  | { type: "sent"; hash: `0x${string}` }
  | { type: "relaying"; id: string; hash?: `0x${string}` | null }
  | { type: "mined"; tokenId: bigint; deadline: bigint }
  | { type: "job"; state: JobState; reason?: string | null }
  | { type: "chain"; status: number; deadline: bigint; now: number }
  | { type: "failed"; reason: string }
  | { type: "reset" };

export const JOB_PHASE: Record<JobState, Phase | null> = {
  seen: "queued",
  generating: "generating",
  // The image is made and saved on the keeper's disk; uploading it is what remains.
  image_spooled: "stored",
  image_stored: "stored",
  metadata_stored: "stored",
  submitted: "delivering",
  // The keeper saw its receipt; the page waits for the chain read to say so.
  delivered: "delivering",
  given_up: "given_up",
  // Not pending any more on chain: the chain read tells which way.
  skipped: null,
};

const ORDER: Phase[] = ["idle", "wallet", "sent", "relaying", "mined", "queued", "generating", "stored", "delivering"];
const FINAL: Phase[] = ["delivered", "refunded", "failed"];

export function isFinal(phase: Phase): boolean {
  return FINAL.includes(phase);
}

/** Whether the journey is still moving (the page keeps polling). */
export function isWatching(phase: Phase): boolean {
  return ["mined", "queued", "generating", "stored", "delivering", "given_up", "refundable"].includes(phase);
}

/** The next state. Never moves backwards through the keeper's steps (a late answer is ignored). */
export function step(progress: Progress, event: FlowEvent): Progress {
  const next = advance(progress, event);
  if (next === progress || event.type === "reset") return next;
  const reached = (stepsOf(next.usdc) as readonly string[]).includes(next.phase) ? (next.phase as Step) : progress.reached;
  return reached === next.reached ? next : { ...next, reached };
}

function advance(progress: Progress, event: FlowEvent): Progress {
  switch (event.type) {
    case "reset":
      return { phase: "idle" };
    case "submit":
      return isBusy(progress.phase) ? progress : event.usdc ? { phase: "wallet", usdc: true } : { phase: "wallet" };
    case "sent":
      return progress.phase === "wallet" && !progress.usdc ? { ...progress, phase: "sent", txHash: event.hash } : progress;
    case "relaying": {
      // The keeper accepted the signature (or, later, sent its transaction): same phase, more facts.
      if (progress.phase !== "wallet" && progress.phase !== "relaying") return progress;
      const txHash = event.hash ?? progress.txHash;
      return { ...progress, phase: "relaying", usdc: true, relayId: event.id, ...(txHash ? { txHash } : {}) };
    }
    case "mined":
      if (progress.phase !== "sent" && progress.phase !== "wallet" && progress.phase !== "relaying") return progress;
      return { ...progress, phase: "mined", tokenId: event.tokenId, deadline: event.deadline };
    case "failed":
      return isBusy(progress.phase) && !progress.tokenId
        ? { phase: "failed", reason: event.reason, ...(progress.usdc ? { usdc: true } : {}) }
        : progress;
    case "job": {
      if (isFinal(progress.phase) || progress.phase === "refundable" || progress.tokenId === undefined) return progress;
      // A state this page does not know (a newer keeper) moves nothing.
      const next = Object.hasOwn(JOB_PHASE, event.state) ? JOB_PHASE[event.state] : null;
      if (next === null) return progress;
      if (next === "given_up") return { ...progress, phase: "given_up", reason: event.reason ?? undefined };
      if (progress.phase === "given_up") return progress;
      return ORDER.indexOf(next) > ORDER.indexOf(progress.phase) ? { ...progress, phase: next } : progress;
    }
    case "chain": {
      if (progress.tokenId === undefined) return progress;
      if (event.status === STATUS.Delivered) return { ...progress, phase: "delivered" };
      if (event.status === STATUS.Refunded) return { ...progress, phase: "refunded" };
      if (event.status === STATUS.Pending && event.now > Number(event.deadline) && !isFinal(progress.phase)) {
        return { ...progress, phase: "refundable", deadline: event.deadline };
      }
      return progress;
    }
  }
}

/** A mint is in flight: the button stays disabled. */
export function isBusy(phase: Phase): boolean {
  return phase === "wallet" || phase === "sent" || phase === "relaying";
}

/** For the progress list: which steps are done, which one is current. A journey that ended
 * otherwise (given up, refunded) shows the steps it reached as done. */
export function stepStates(phase: Phase, reached?: Step, usdc?: boolean): Partial<Record<Step, "done" | "current" | "todo">> {
  const steps = stepsOf(usdc);
  const out: Partial<Record<Step, "done" | "current" | "todo">> = {};
  const at = steps.indexOf(phase as Step);
  const current = phase === "idle" ? -1 : phase === "delivered" ? steps.length : at >= 0 ? at : undefined;
  const last = reached ? steps.indexOf(reached) : -1;
  steps.forEach((s, i) => {
    out[s] =
      current === undefined ? (i <= last ? "done" : "todo") : i < current ? "done" : i === current ? "current" : "todo";
  });
  return out;
}

/** A sentence for screen readers and the status line. */
export function describe(progress: Progress): string {
  const id = progress.tokenId !== undefined ? ` #${progress.tokenId}` : "";
  switch (progress.phase) {
    case "idle":
      return "";
    case "wallet":
      return progress.usdc
        ? "Please sign the USDC payment in your wallet (no gas, no ETH needed)…"
        : "Please confirm the payment in your wallet…";
    case "relaying":
      return progress.txHash
        ? "Your signed payment was sent to the chain. Waiting for it to be mined…"
        : "Your signed payment is with the image service, which sends it to the chain…";
    case "sent":
      return "Transaction sent. Waiting for it to be mined…";
    case "mined":
      return `${progress.usdc ? "Paid" : "Mined"}: token${id} is yours. Waiting for the image service to pick it up…`;
    case "queued":
      return `Token${id} is queued for its image.`;
    case "generating":
      return `Generating the image for token${id}…`;
    case "stored":
      return `The image for token${id} is made and stored. Delivering it…`;
    case "delivering":
      return `Delivering token${id} on chain…`;
    case "delivered":
      return `Delivered: token${id} has its image.`;
    case "given_up":
      return progress.usdc
        ? `The image service gave up on token${id}. Your USDC comes back automatically after the deadline: no gas needed.`
        : `The image service gave up on token${id}.`;
    case "refundable":
      return `No image arrived in time for token${id}. You can take your money back.`;
    case "refunded":
      return `Token${id} was refunded.`;
    case "failed":
      return progress.reason ?? "The mint did not happen.";
  }
}
