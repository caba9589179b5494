import { describe, expect, it } from "vitest";
import {
  BaseError,
  ChainMismatchError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  defineChain,
  encodeErrorResult,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
} from "viem";
import { genImNftAbi } from "../src/abi";
import { explainError, givenUpMessage, PageError, RelayError, withoutHex } from "../src/errors";

type ErrorName = Extract<(typeof genImNftAbi)[number], { type: "error" }>["name"];

function reverted(errorName: ErrorName, args: readonly unknown[] = [], functionName: "mint" | "refund" = "mint") {
  const data = encodeErrorResult({ abi: genImNftAbi, errorName, args } as never);
  const cause = new ContractFunctionRevertedError({ abi: genImNftAbi, data, functionName });
  return new ContractFunctionExecutionError(cause, { abi: genImNftAbi, functionName, args: [] });
}

describe("contract errors in words", () => {
  it.each([
    ["MintingPaused", [], "paused", /paused/],
    ["TierDisabled", [1], "tier_disabled", /not on offer/],
    ["WrongPayment", [30_000_000_000_000n, 1n], "wrong_payment", /0\.00003 ETH/],
    ["PromptTooLong", [1001n, 1000n], "prompt_too_long", /at most 1000 bytes/],
    ["EmptyPrompt", [], "empty_prompt", /describe/],
    ["NotPending", [1n, 2], "not_pending", /already delivered/],
    ["DeadlineNotReached", [1n, 1_700_000_000n], "deadline_not_reached", /refund is possible after/],
    ["TermsChanged", [3, 4], "terms_changed", /changed a tier or the agents/],
    ["NonexistentToken", [9n], "nonexistent_token", /does not exist/],
  ] as const)("%s", (name, args, kind, text) => {
    const explained = explainError(reverted(name, args));
    expect(explained.kind).toBe(kind);
    expect(explained.message).toMatch(text);
    expect(explained.message).not.toMatch(/0x[0-9a-f]{8}/i);
  });

  it("names an unmapped contract error instead of dumping hex", () => {
    const explained = explainError(reverted("NoSurplus"));
    expect(explained).toEqual({ kind: "unknown", message: "The contract refused the transaction (NoSurplus)." });
  });
});

describe("wallet and network errors in words", () => {
  it("rejected in the wallet (viem's error and a bare EIP-1193 error)", () => {
    expect(explainError(new UserRejectedRequestError(new Error("User rejected the request."))).kind).toBe("rejected");
    expect(explainError({ code: 4001, message: "User denied transaction signature" }).kind).toBe("rejected");
  });
  it("locked wallet and a request already pending", () => {
    expect(explainError({ code: 4100, message: "Unauthorized" }).kind).toBe("wallet_locked");
    expect(explainError({ code: -32002, message: "Request of type eth_requestAccounts already pending" }).kind).toBe("wallet_busy");
  });
  it("wrong chain and unknown chain", () => {
    const anvil = defineChain({ id: 31337, name: "Anvil", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [] } } });
    expect(explainError(new ChainMismatchError({ chain: anvil, currentChainId: 1 })).kind).toBe("wrong_chain");
    expect(explainError({ code: 4902, message: "Unrecognized chain ID" }).kind).toBe("unknown_chain");
  });
  it("insufficient funds", () => {
    expect(explainError(new InsufficientFundsError()).kind).toBe("insufficient_funds");
    expect(explainError(new BaseError("Insufficient funds for gas * price + value")).kind).toBe("insufficient_funds");
  });
  it("RPC down", () => {
    expect(explainError(new HttpRequestError({ url: "http://127.0.0.1:8545", status: 502 })).kind).toBe("rpc_unreachable");
    expect(explainError(new TypeError("Failed to fetch")).kind).toBe("rpc_unreachable");
  });
  it("errors the page raises keep their words", () => {
    expect(explainError(new PageError("no_wallet", "No browser wallet found."))).toEqual({ kind: "no_wallet", message: "No browser wallet found." });
  });
  it("anything else is short and without hex dumps", () => {
    const explained = explainError(new Error(`execution reverted: 0x${"ab".repeat(100)} oops`));
    expect(explained.kind).toBe("unknown");
    expect(explained.message).not.toMatch(/abab/);
    expect(withoutHex(`data 0x${"12".repeat(40)} end`)).toBe("data … end");
  });
});

describe("given up", () => {
  it("says when the refund becomes possible", () => {
    expect(givenUpMessage(2_000_000_000n, 1_000)).toMatch(/after /);
    expect(givenUpMessage(1_000n, 2_000)).toMatch(/now/);
    expect(givenUpMessage(2_000_000_000n, 1_000, true)).toMatch(/USDC comes back automatically after .*no gas needed/);
    expect(givenUpMessage(1_000n, 2_000, true)).toMatch(/being refunded automatically: no gas needed/);
  });
});

describe("relay errors in words (every code of RELAY_API.md)", () => {
  it.each([
    ["bad_request", {}, "bad_request", /could not read the payment request/],
    ["prompt_empty", {}, "empty_prompt", /describe/],
    ["prompt_too_long", {}, "prompt_too_long", /too long/],
    ["prompt_not_utf8", {}, "prompt_not_utf8", /characters/],
    ["tier_not_in_usdc", {}, "tier_not_in_usdc", /cannot be paid in USDC/],
    ["price_changed", { signed: "100000", current: "150000" }, "price_changed", /changed to \$0\.15 after you signed/],
    ["terms_changed", { signed: 3, current: 4 }, "terms_changed", /sign again/],
    ["window_too_short", {}, "window_too_short", /clock/],
    ["expired", {}, "expired", /expired/],
    ["not_yet_valid", {}, "not_yet_valid", /not valid yet.*clock/],
    ["authorization_used", {}, "authorization_used", /already used/],
    ["bad_signature", {}, "bad_signature", /does not match this payment.*Nothing was paid/],
    ["simulation_failed", { reason: "ERC20: transfer amount exceeds balance" }, "insufficient_usdc", /enough USDC/],
    ["simulation_failed", { reason: "MintingPaused()" }, "paused", /paused/],
    ["simulation_failed", { reason: "TokenPredatesAgent" }, "simulation_failed", /would fail on chain \(TokenPredatesAgent\)/],
    ["rate_limited", {}, "rate_limited", /try again in a minute/],
    ["busy", {}, "relay_busy", /too many USDC payments/],
    ["relays_paused", { reason: "gas price too high" }, "relays_paused", /not sending USDC payments right now \(gas price too high\)/],
    ["usdc_not_configured", {}, "usdc_not_configured", /does not take USDC/],
    ["not_found", {}, "relay_lost", /no longer knows/],
    ["something_new", { message: "the node said no" }, "relay_failed", /did not go through: the node said no/],
  ] as const)("%s", (code, body, kind, text) => {
    const explained = explainError(new RelayError(code, body as Record<string, unknown>));
    expect(explained.kind).toBe(kind);
    expect(explained.message).toMatch(text);
    expect(explained.message).not.toMatch(/0x[0-9a-f]{24,}/i);
  });

  it("says nothing was paid whenever the relay refused", () => {
    for (const code of ["bad_request", "price_changed", "expired", "busy", "relays_paused", "simulation_failed"]) {
      expect(explainError(new RelayError(code)).message).toMatch(/Nothing was paid/);
    }
  });

  it("names the wait after a 429", () => {
    expect(explainError(new RelayError("rate_limited", {}, 30)).message).toMatch(/in 30 seconds/);
  });

  it("explains a declined signature like a declined transaction", () => {
    const declined = new UserRejectedRequestError(new Error("User denied message signature."));
    expect(explainError(declined)).toMatchObject({ kind: "rejected", message: expect.stringMatching(/Nothing was sent and nothing was paid/) });
    expect(explainError({ code: 4001, message: "MetaMask Typed Message Signature: User denied message signature." }).kind).toBe("rejected");
  });

  it("decodes the contract's USDC errors", () => {
    expect(explainError(reverted("PriceChanged", [100_000n, 150_000n]))).toMatchObject({
      kind: "price_changed",
      message: expect.stringMatching(/\$0\.15/),
    });
    expect(explainError(reverted("NotOfferedInUsdc", [1])).kind).toBe("tier_not_in_usdc");
    expect(explainError(reverted("UsdcNotConfigured")).kind).toBe("usdc_not_configured");
  });
});
