// Turns wallet, RPC, contract and keeper failures into words a person understands. Never shows a
// raw hex dump: contract errors are decoded by name (viem does that with the generated ABI), and
// anything unknown is reduced to a short message with long hex strings cut out.

import { BaseError, ContractFunctionRevertedError } from "viem";
import { formatDate, formatEth, formatUsd } from "./format";

export type ErrorKind =
  | "no_wallet"
  | "wallet_locked"
  | "wallet_busy"
  | "rejected"
  | "wrong_chain"
  | "unknown_chain"
  | "insufficient_funds"
  | "paused"
  | "tier_disabled"
  | "wrong_payment"
  | "prompt_too_long"
  | "empty_prompt"
  | "not_pending"
  | "deadline_not_reached"
  | "terms_changed"
  | "nonexistent_token"
  | "keeper_unreachable"
  | "rpc_unreachable"
  | "code_mismatch"
  // The USDC path (RELAY_API.md error codes, and the page's own checks before signing).
  | "usdc_mismatch"
  | "bad_request"
  | "prompt_not_utf8"
  | "tier_not_in_usdc"
  | "price_changed"
  | "window_too_short"
  | "expired"
  | "not_yet_valid"
  | "authorization_used"
  | "bad_signature"
  | "simulation_failed"
  | "insufficient_usdc"
  | "rate_limited"
  | "relay_busy"
  | "relays_paused"
  | "usdc_not_configured"
  | "relay_failed"
  | "relay_lost"
  | "unknown";

export interface Explained {
  kind: ErrorKind;
  message: string;
}

/** Errors the page raises itself. */
export class PageError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "PageError";
  }
}

const STATUS_NAMES = ["never minted", "waiting for its image", "already delivered", "already refunded"];

function revertOf(error: unknown): ContractFunctionRevertedError | null {
  if (error instanceof BaseError) {
    const found = error.walk((e) => e instanceof ContractFunctionRevertedError);
    return found instanceof ContractFunctionRevertedError ? found : null;
  }
  return null;
}

/** The numeric EIP-1193 / JSON-RPC code anywhere in the cause chain. */
function codeOf(error: unknown): number | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "number") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === "string") names.push(name);
    current = (current as { cause?: unknown }).cause;
  }
  return names;
}

function textOf(error: unknown): string {
  if (error instanceof BaseError) return `${error.shortMessage} ${error.details ?? ""}`;
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** A short message with anything that looks like calldata or a long hash removed. */
export function withoutHex(text: string): string {
  return text
    .replace(/0x[0-9a-fA-F]{24,}/g, "…")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}

function contractError(name: string, args: readonly unknown[] | undefined): Explained | null {
  const arg = (i: number) => args?.[i];
  switch (name) {
    case "MintingPaused":
      return { kind: "paused", message: "Minting is paused by the operator right now. Please try again later." };
    case "TierDisabled":
      return { kind: "tier_disabled", message: `This tier is not on offer any more. Please pick another one.` };
    case "WrongPayment": {
      const expected = arg(0);
      return {
        kind: "wrong_payment",
        message:
          typeof expected === "bigint"
            ? `The price has just changed to ${formatEth(expected)}. The tiers were reloaded: please check and mint again.`
            : "The price has just changed. Please check the tiers and mint again.",
      };
    }
    case "PromptTooLong":
      return {
        kind: "prompt_too_long",
        message: `The prompt is too long: at most ${String(arg(1) ?? 1000)} bytes (it has ${String(arg(0) ?? "more")}).`,
      };
    case "EmptyPrompt":
      return { kind: "empty_prompt", message: "Please describe the image you want first." };
    case "NotPending": {
      const status = Number(arg(1) ?? 0);
      return { kind: "not_pending", message: `This token can't be refunded: it is ${STATUS_NAMES[status] ?? "not pending"}.` };
    }
    case "DeadlineNotReached": {
      const deadline = arg(1);
      return {
        kind: "deadline_not_reached",
        message: `The image can still arrive until ${typeof deadline === "bigint" ? formatDate(deadline) : "its deadline"}; a refund is possible after that.`,
      };
    }
    case "TermsChanged":
      return {
        kind: "terms_changed",
        message:
          "The operator changed a tier or the agents that may deliver just before your mint. Nothing was paid: please check the offer and mint again.",
      };
    case "PriceChanged": {
      const current = arg(1);
      return {
        kind: "price_changed",
        message:
          typeof current === "bigint"
            ? `The USDC price changed to ${formatUsd(current)} after you signed. Nothing was paid: please sign again at the new price.`
            : "The USDC price changed after you signed. Nothing was paid: please sign again at the new price.",
      };
    }
    case "NotOfferedInUsdc":
      return { kind: "tier_not_in_usdc", message: "This tier cannot be paid in USDC. Please pick another tier or pay in ETH." };
    case "UsdcNotConfigured":
      return { kind: "usdc_not_configured", message: "This contract does not accept USDC. Please pay in ETH." };
    case "NonexistentToken":
      return { kind: "nonexistent_token", message: "This token does not exist (it was never minted, or it was refunded and burned)." };
    default:
      return null;
  }
}

/** What went wrong, in words. */
export function explainError(error: unknown): Explained {
  if (error instanceof PageError) return { kind: error.kind, message: error.message };

  const revert = revertOf(error);
  if (revert?.data?.errorName) {
    const known = contractError(revert.data.errorName, revert.data.args as readonly unknown[] | undefined);
    if (known) return known;
    return { kind: "unknown", message: `The contract refused the transaction (${revert.data.errorName}).` };
  }

  const code = codeOf(error);
  const names = namesInChain(error);
  const text = textOf(error);
  if (error instanceof RelayError) return explainRelay(error.code, error.body, error.retryAfterSecs);
  if (code === 4001 || names.includes("UserRejectedRequestError") || /user (rejected|denied)|rejected by user|denied (message )?signature/i.test(text)) {
    return { kind: "rejected", message: "You declined the request in your wallet. Nothing was sent and nothing was paid." };
  }
  if (code === -32002 || /already pending/i.test(text)) {
    return { kind: "wallet_busy", message: "Your wallet already has a request waiting. Please open your wallet and answer it." };
  }
  if (code === 4100 || names.includes("UnauthorizedProviderError") || /locked|unauthori[sz]ed/i.test(text)) {
    return { kind: "wallet_locked", message: "Your wallet is locked or has not allowed this page. Please unlock it and connect again." };
  }
  if (code === 4902 || /unrecognized chain|unknown chain/i.test(text)) {
    return { kind: "unknown_chain", message: "Your wallet does not know this network yet." };
  }
  if (names.includes("ChainMismatchError") || /does not match the target chain|chain mismatch/i.test(text)) {
    return { kind: "wrong_chain", message: "Your wallet is on another network. Please switch network and try again." };
  }
  if (names.includes("InsufficientFundsError") || /insufficient funds|exceeds the balance/i.test(text)) {
    return { kind: "insufficient_funds", message: "Your wallet does not have enough ETH for the price plus the network fee." };
  }
  if (names.includes("HttpRequestError") || names.includes("TimeoutError") || /failed to fetch|fetch failed|networkerror/i.test(text)) {
    return { kind: "rpc_unreachable", message: "The network node is not answering. Please check your connection and try again." };
  }
  return { kind: "unknown", message: `Something went wrong: ${withoutHex(text) || "unknown error"}.` };
}

/** The keeper gave up on an image: when the holder can take the money back. */
export function givenUpMessage(deadline: bigint, now: number, usdc = false): string {
  const when = formatDate(deadline + 1n);
  // USDC tokens are refunded by the keeper (the buyer may have no ETH for gas).
  if (usdc) {
    return Number(deadline) < now
      ? "The image service gave up on this image. Your USDC is being refunded automatically: no gas needed."
      : `The image service gave up on this image. Your USDC comes back automatically after ${when}: no gas needed.`;
  }
  return Number(deadline) < now
    ? "The image service gave up on this image. You can take your money back now."
    : `The image service gave up on this image. You can take your money back after ${when}.`;
}

/** A refusal from the keeper's relay API (`{"error": code, "message", ...extra}`), or a relay that failed. */
export class RelayError extends Error {
  constructor(
    readonly code: string,
    readonly body: Record<string, unknown> = {},
    readonly retryAfterSecs: number | null = null,
  ) {
    super(typeof body.message === "string" ? body.message : code);
    this.name = "RelayError";
  }
}

function usdcAmount(value: unknown): string | null {
  return typeof value === "string" && /^\d+$/.test(value) ? formatUsd(BigInt(value)) : typeof value === "number" ? formatUsd(BigInt(Math.trunc(value))) : null;
}

/** Every error code of RELAY_API.md in words; "Nothing was paid" whenever that is certain. */
export function explainRelay(code: string, body: Record<string, unknown> = {}, retryAfterSecs: number | null = null): Explained {
  const nothing = "Nothing was paid.";
  switch (code) {
    case "bad_request":
      return { kind: "bad_request", message: `The image service could not read the payment request. ${nothing} Please reload the page and try again.` };
    case "prompt_empty":
      return { kind: "empty_prompt", message: "Please describe the image you want first." };
    case "prompt_too_long":
      return { kind: "prompt_too_long", message: `The prompt is too long for the image service. ${nothing} Please shorten it.` };
    case "prompt_not_utf8":
      return { kind: "prompt_not_utf8", message: `The prompt contains characters that cannot be stored. ${nothing} Please retype it.` };
    case "tier_not_in_usdc":
      return { kind: "tier_not_in_usdc", message: `This tier cannot be paid in USDC any more. ${nothing} Please pick another tier or pay in ETH.` };
    case "price_changed": {
      const current = usdcAmount(body.current);
      return {
        kind: "price_changed",
        message: `The USDC price changed${current ? ` to ${current}` : ""} after you signed. ${nothing} The tiers were reloaded: please check and sign again.`,
      };
    }
    case "terms_changed":
      return {
        kind: "terms_changed",
        message: `The operator changed a tier or the agents that may deliver just after you signed. ${nothing} Please check the offer and sign again.`,
      };
    case "window_too_short":
      return { kind: "window_too_short", message: `Your signature would expire too soon to be sent. ${nothing} Please check your computer's clock and sign again.` };
    case "expired":
      return { kind: "expired", message: `Your signature expired before it could be sent. ${nothing} Please sign again.` };
    case "not_yet_valid":
      return { kind: "not_yet_valid", message: `Your signature is not valid yet. ${nothing} Please check your computer's clock and sign again.` };
    case "authorization_used":
      return { kind: "authorization_used", message: "This signature was already used or cancelled; it cannot pay twice. Please sign a new one." };
    case "bad_signature":
      return {
        kind: "bad_signature",
        message: `Your signature does not match this payment (it was made for another prompt, price or account). ${nothing} Please sign again.`,
      };
    case "simulation_failed": {
      const reason = typeof body.reason === "string" ? body.reason : "";
      if (/exceeds balance|insufficient|balance too low/i.test(reason)) {
        return { kind: "insufficient_usdc", message: `Your wallet does not have enough USDC for this tier. ${nothing}` };
      }
      if (/paused/i.test(reason)) return { kind: "paused", message: `Minting is paused by the operator right now. ${nothing} Please try again later.` };
      return {
        kind: "simulation_failed",
        message: `The payment would fail on chain${reason ? ` (${withoutHex(reason)})` : ""}, so it was not sent. ${nothing}`,
      };
    }
    case "rate_limited":
      return {
        kind: "rate_limited",
        message: `Too many requests from here just now. ${nothing} Please try again in ${retryAfterSecs !== null && retryAfterSecs > 0 ? `${retryAfterSecs} second${retryAfterSecs === 1 ? "" : "s"}` : "a minute"}.`,
      };
    case "busy":
      return { kind: "relay_busy", message: `The image service has too many USDC payments waiting. ${nothing} Please try again in a few minutes, or pay in ETH.` };
    case "relays_paused": {
      const reason = typeof body.reason === "string" && body.reason ? ` (${withoutHex(body.reason)})` : "";
      return { kind: "relays_paused", message: `The image service is not sending USDC payments right now${reason}. ${nothing} Please try later, or pay in ETH.` };
    }
    case "usdc_not_configured":
      return { kind: "usdc_not_configured", message: `This image service does not take USDC. ${nothing} Please pay in ETH.` };
    case "not_found":
      return { kind: "relay_lost", message: "The image service no longer knows this payment. Check \"My images\": if no token arrived, nothing was paid." };
    default: {
      const text = typeof body.message === "string" ? withoutHex(body.message) : "";
      return { kind: "relay_failed", message: `The USDC payment did not go through${text ? `: ${text}` : ""}. ${nothing}` };
    }
  }
}
