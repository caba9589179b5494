// The buyer's flow: pick a tier, type a prompt, mint paying the exact price, follow the progress,
// see the image.

import { useEffect, useReducer, useRef, useState } from "preact/hooks";
import type { Address } from "viem";
import { loadPaid, parseAgentLink, reportPaid, savePaid, type AgentLink, type AgentRequest, type PaidRecord } from "./agent";
import { BUILD_CODE } from "./build";
import { chainNow, readPaused, readTerms, readTiers, readToken, sendMint, waitMint, walletReader } from "./chain";
import { withChainTiers, type TierInfo } from "./config";
import { explainError, PageError, RelayError, type Explained } from "./errors";
import { describe, isBusy, isWatching, step, stepLabel, stepsOf, stepStates, type Progress } from "./flow";
import { approxUsd, checkPrompt, formatCount, formatDuration, formatEth, formatUsd, shortHex } from "./format";
import {
  clearPendingRelay,
  followRelay,
  getJob,
  KeeperUnreachable,
  loadPendingRelay,
  postRelay,
  RelayTimeout,
  savePendingRelay,
  type PendingRelay,
} from "./keeper";
import { onRightChain, type Session } from "./session";
import { TokenPanel } from "./token";
import { codeProblemText, keeperHost, readAgents, verifyContractCode } from "./trust";
import { canPayUsdc, readUsdcTerms, signUsdcMint, usdcOf, usdcPriceOf, validBeforeFor } from "./usdc";
import { chainIdOf } from "./wallet";

/** Where a USDC payment on its way is kept, so that a reload continues following it. */
function relayStorage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Where what was paid for an agent's request is remembered: a reload or a second visit never pays again. */
function paidStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

const DEFAULT_MAX_PROMPT_BYTES = 1000;

/** The page's payment for an agent's request, and whether the keeper has linked it yet. */
interface AgentPayment {
  request: AgentRequest;
  record: PaidRecord;
  report: { state: "mining" | "sending" | "ok" | "failed"; message?: string; retry?: boolean };
  /** Found paid on arrival (a reload, the link opened again). */
  earlier: boolean;
}

export function CreateView({ session }: { session: Session }) {
  const { config, reader } = session;
  const maxBytes = config.max_prompt_bytes ?? DEFAULT_MAX_PROMPT_BYTES;
  // An AI agent's link (`?prompt=…&tier=…&request=req_…`): read once, checked, only ever a prefill.
  const [agentLink] = useState<AgentLink>(() =>
    parseAgentLink(
      typeof location === "undefined" ? "" : location.search,
      config.tiers.filter((t) => t.enabled !== false).map((t) => t.tier),
      maxBytes,
    ),
  );
  const [agentPayment, setAgentPayment] = useState<AgentPayment | null>(() => {
    if (agentLink.kind !== "request") return null;
    const record = loadPaid(paidStorage(), session.keeper, agentLink.request.id);
    if (!record) return null;
    return { request: agentLink.request, record, report: record.reported ? { state: "ok" } : { state: "mining" }, earlier: true };
  });
  // The agent's request this form pays for: not when this browser has paid it already.
  const [forAgent, setForAgent] = useState<AgentRequest | null>(() =>
    agentLink.kind === "request" && agentPayment === null ? agentLink.request : null,
  );
  const [tiers, setTiers] = useState<TierInfo[]>(config.tiers);
  const [tier, setTier] = useState<number>(() => forAgent?.tier ?? config.tiers.find((t) => t.enabled !== false)?.tier ?? 0);
  const [paused, setPaused] = useState(false);
  const [prompt, setPrompt] = useState(() => forAgent?.prompt ?? "");
  const [error, setError] = useState<Explained | null>(null);
  const [progress, dispatch] = useReducer(step, { phase: "idle" } as Progress);
  const [mintedPrompt, setMintedPrompt] = useState<string>("");
  const [codeCheck, setCodeCheck] = useState<{ state: "unchecked" | "ok" | "bad"; text?: string }>({ state: "unchecked" });
  const check = checkPrompt(prompt, maxBytes);
  const selected = tiers.find((t) => t.tier === tier) ?? null;

  const refreshChainFacts = async () => {
    if (!reader) return;
    try {
      const [chainTiers, isPaused] = await Promise.all([readTiers(reader, config), readPaused(reader, config)]);
      setTiers(withChainTiers(config.tiers, chainTiers));
      setPaused(isPaused);
    } catch {
      // The keeper's copy of the tiers stays; minting re-reads the price anyway.
    }
  };
  useEffect(() => {
    void refreshChainFacts();
  }, [reader]);

  // The contract's code, through the wallet's provider, as soon as the wallet is on the right chain.
  const rightChain = session.account !== null && onRightChain(session);
  useEffect(() => {
    if (!session.wallet || !rightChain) return;
    let cancelled = false;
    verifyContractCode(walletReader(config, session.wallet.provider), config.contract, BUILD_CODE)
      .then((verdict) => {
        if (cancelled) return;
        const text = codeProblemText(verdict, config.contract);
        setCodeCheck(text ? { state: "bad", text } : { state: "ok" });
      })
      .catch(() => {
        // Checked again before paying.
      });
    return () => {
      cancelled = true;
    };
  }, [session.wallet, rightChain]);

  // The agents that may deliver (and so be paid): the buyer's protection, read from the chain.
  const [agents, setAgents] = useState<{ agents: Address[]; complete: boolean } | null>(null);
  useEffect(() => {
    // Through the wallet when it is on the chain (what the buyer's wallet sees), else the public reader.
    const source = session.wallet && rightChain ? walletReader(config, session.wallet.provider) : reader;
    if (!source) return;
    let cancelled = false;
    readAgents(source, config.contract, config.deployment_block, config.log_range)
      .then((found) => !cancelled && setAgents(found))
      .catch(() => !cancelled && setAgents(null));
    return () => {
      cancelled = true;
    };
  }, [reader, session.wallet, rightChain]);

  // Follow the token: the keeper's job for the steps in between, the chain for the truth.
  const watching = progress.tokenId !== undefined && isWatching(progress.phase);
  useEffect(() => {
    if (!watching || !reader || progress.tokenId === undefined) return;
    const id = progress.tokenId;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const job = await getJob(session.keeper, id);
        session.setKeeperDown(false);
        if (job && !cancelled) dispatch({ type: "job", state: job.state, reason: job.reason });
      } catch (e) {
        if (e instanceof KeeperUnreachable) session.setKeeperDown(true);
      }
      try {
        const [token, now] = await Promise.all([readToken(reader, config, id), chainNow(reader)]);
        if (!cancelled) dispatch({ type: "chain", status: token.status, deadline: token.deadline, now });
      } catch {
        // A missed read is retried on the next round.
      }
      if (!cancelled) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [watching, progress.tokenId, reader]);

  // One mint at a time, also during the checks that run before the wallet is asked.
  const inFlight = useRef(false);
  const mint = async (event: Event) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await mintOnce();
    } finally {
      inFlight.current = false;
    }
  };

  /** Everything checked before the wallet is asked, for either currency; null: refused (error shown). */
  const prepare = async (): Promise<{ account: Address; payer: ReturnType<typeof walletReader> } | null> => {
    setError(null);
    if (isBusy(progress.phase)) return null;
    // Everything that can be checked here is checked before anything is sent.
    const refuse = (explained: Explained) => (setError(explained), null);
    if (check.problem === "empty") return refuse(explainError(new PageError("empty_prompt", "Please describe the image you want first.")));
    if (check.problem === "too_long") {
      return refuse({
        kind: "prompt_too_long",
        message: `The prompt is too long: ${formatCount(check.bytes)} bytes, the limit is ${formatCount(maxBytes)}. Please shorten it.`,
      });
    }
    if (!session.wallet) return refuse(explainError(new PageError("no_wallet", noWalletText)));
    const account = session.account ?? (await session.connect());
    if (!account) return null;
    // Asked now, not taken from the page's state: connecting a moment ago may have changed it.
    const walletChain = await chainIdOf(session.wallet.provider).catch(() => null);
    if (walletChain !== config.chain_id) {
      return refuse({ kind: "wrong_chain", message: `Your wallet is on another network. Please switch to ${config.chain_name} first.` });
    }
    if (!reader) return refuse({ kind: "rpc_unreachable", message: "The page cannot read the chain right now." });
    // Through the wallet's own provider: the contract must run GenImNFT's code before anything is paid.
    const payer = walletReader(config, session.wallet.provider);
    const code = await verifyContractCode(payer, config.contract, BUILD_CODE).catch(() => null);
    if (!code) return refuse({ kind: "rpc_unreachable", message: "Your wallet could not read the contract's code. Nothing was paid; please try again." });
    const codeText = codeProblemText(code, config.contract);
    setCodeCheck(codeText ? { state: "bad", text: codeText } : { state: "ok" });
    if (codeText) return refuse({ kind: "code_mismatch", message: codeText });
    return { account, payer };
  };

  const mintOnce = async () => {
    const ready = await prepare();
    if (!ready || !session.wallet || !reader) return;
    const { account, payer } = ready;
    const request = { prompt, tier };
    // The form is locked to the agent's prompt and tier; checked again all the same.
    const agentRequest = forAgent && forAgent.prompt === prompt && forAgent.tier === tier ? forAgent : null;
    dispatch({ type: "reset" });
    dispatch({ type: "submit" });
    setMintedPrompt(prompt);
    let sent = false;
    try {
      // The exact price and the terms it is offered under, read through the wallet just before paying.
      const [chainTiers, terms] = await Promise.all([readTiers(payer, config), readTerms(payer, config)]);
      const price = chainTiers.get(tier)?.price ?? 0n;
      setTiers(withChainTiers(config.tiers, chainTiers));
      if (price === 0n) throw new PageError("tier_disabled", "This tier is not on offer any more. Please pick another one.");
      const hash = await sendMint(payer, session.wallet.provider, config, account, { ...request, terms }, price);
      // Paid: the form is cleared so the same button cannot pay for the same image again with one click.
      sent = true;
      setPrompt("");
      dispatch({ type: "sent", hash });
      let paidRecord: PaidRecord | null = null;
      if (agentRequest) {
        // Remembered before anything else: a reload from here on shows this payment, never the form.
        paidRecord = { txHash: hash, tokenId: null, reported: false };
        savePaid(paidStorage(), session.keeper, agentRequest.id, paidRecord);
        setForAgent(null);
        setAgentPayment({ request: agentRequest, record: paidRecord, report: { state: "mining" }, earlier: false });
      }
      const { tokenId, deadline } = await waitMint(reader, hash);
      dispatch({ type: "mined", tokenId, deadline });
      if (agentRequest && paidRecord) void tellKeeper(agentRequest, { ...paidRecord, tokenId: tokenId.toString() });
    } catch (e) {
      // Nothing was sent: the buyer gets the prompt back to try again.
      if (!sent) setPrompt((current) => current || request.prompt);
      const explained = explainError(e);
      dispatch({ type: "failed", reason: explained.message });
      setError(explained);
      if (explained.kind === "paused" || explained.kind === "wrong_payment" || explained.kind === "tier_disabled") {
        void refreshChainFacts();
      }
    }
  };

  /** Tells the keeper which mint paid for the agent's request; a failure is said, the mint stays. */
  const tellKeeper = async (request: AgentRequest, record: PaidRecord) => {
    savePaid(paidStorage(), session.keeper, request.id, record);
    const update = (report: AgentPayment["report"], saved: PaidRecord) =>
      setAgentPayment((current) => (current && current.request.id === request.id ? { ...current, record: saved, report } : current));
    update({ state: "sending" }, record);
    const result = await reportPaid(session.keeper, request.id, record.txHash);
    if (result.ok) {
      const done = { ...record, tokenId: result.tokenId, reported: true };
      savePaid(paidStorage(), session.keeper, request.id, done);
      update({ state: "ok" }, done);
    } else {
      update({ state: "failed", message: result.message, retry: result.retry }, record);
    }
  };

  // Paid earlier and not confirmed by the keeper yet (a reload mid-way): the mint is waited for
  // on chain, then reported again (the keeper links a request to one token only, so this is safe).
  const agentResumed = useRef(false);
  useEffect(() => {
    if (agentResumed.current || !agentPayment?.earlier || agentPayment.record.reported || !reader) return;
    agentResumed.current = true;
    const { request, record } = agentPayment;
    void (async () => {
      let tokenId = record.tokenId;
      if (tokenId === null) {
        try {
          tokenId = (await waitMint(reader, record.txHash)).tokenId.toString();
        } catch (e) {
          setAgentPayment((current) => current && { ...current, report: { state: "failed", message: explainError(e).message, retry: true } });
          return;
        }
      }
      await tellKeeper(request, { ...record, tokenId });
    })();
  }, [reader]);

  /** The buyer chose to make an image of their own: the agent's link is dropped from the page. */
  const dropAgentRequest = () => {
    setForAgent(null);
    setPrompt("");
    try {
      const url = new URL(location.href);
      for (const name of ["prompt", "tier", "request"]) url.searchParams.delete(name);
      history.replaceState(history.state, "", url.toString());
    } catch {
      // The form is freed either way.
    }
  };

  // Paying in USDC: the wallet signs, the keeper relays; then the same journey as an ETH mint.
  const payUsdc = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await payUsdcOnce();
    } finally {
      inFlight.current = false;
    }
  };

  const payUsdcOnce = async () => {
    const usdc = usdcOf(config);
    if (!usdc) return;
    const ready = await prepare();
    if (!ready || !session.wallet || !reader) return;
    const { account, payer } = ready;
    const request = { prompt, tier };
    dispatch({ type: "reset" });
    dispatch({ type: "submit", usdc: true });
    setMintedPrompt(prompt);
    let accepted = false;
    try {
      // Price, terms and the token's signing domain, read through the wallet right before signing.
      const [read, chainTiers, now] = await Promise.all([
        readUsdcTerms(payer, config, usdc, tier),
        readTiers(payer, config).catch(() => null),
        chainNow(payer),
      ]);
      if (chainTiers) setTiers(withChainTiers(config.tiers, chainTiers));
      // Never before the chain's time nor the browser's: the token and the keeper both check it.
      const start = Math.max(now, Math.floor(Date.now() / 1000));
      const body = await signUsdcMint(session.wallet.provider, config, account, read, {
        prompt: request.prompt,
        tier: request.tier,
        validBefore: validBeforeFor(start, read.window, usdc.min_window_secs),
      });
      savePendingRelay(relayStorage(), session.keeper, { id: null, body });
      const relay = await postRelay(session.keeper, body);
      accepted = true;
      // Signed and accepted: the form is cleared so the same button cannot pay for the same image again.
      setPrompt("");
      savePendingRelay(relayStorage(), session.keeper, { id: relay.id, body });
      dispatch({ type: "relaying", id: relay.id, hash: relay.tx_hash });
      await follow(relay.id);
    } catch (e) {
      // A relay that failed paid nothing either: the prompt comes back for another try.
      onRelayError(e, accepted && !(e instanceof RelayError) ? null : request.prompt);
    }
  };

  /** Follows an accepted relay to its token, then hands over to the token's progress. */
  const follow = async (id: string) => {
    const done = await followRelay(session.keeper, id, {
      onUpdate: (relay) => dispatch({ type: "relaying", id: relay.id, hash: relay.tx_hash }),
      onReachable: (reachable) => session.setKeeperDown(!reachable),
    });
    const tokenId = BigInt(done.token_id);
    clearPendingRelay(relayStorage(), session.keeper);
    const token = reader ? await readToken(reader, config, tokenId).catch(() => null) : null;
    dispatch({ type: "mined", tokenId, deadline: token?.deadline ?? 0n });
  };

  const onRelayError = (e: unknown, promptBack: string | null) => {
    // Nothing was accepted: the buyer gets the prompt back to try again.
    if (promptBack !== null) setPrompt((current) => current || promptBack);
    if (e instanceof RelayTimeout) {
      // Kept in the session: a reload continues following it. The form is freed meanwhile.
      const explained = {
        kind: "relay_lost" as const,
        message: "The image service has not confirmed your USDC payment yet. Reload this page later to keep following it; nothing is paid twice.",
      };
      dispatch({ type: "failed", reason: explained.message });
      setError(explained);
      return;
    }
    // Refused or failed for good: a reload must not post it again.
    if (e instanceof RelayError || !(e instanceof KeeperUnreachable)) clearPendingRelay(relayStorage(), session.keeper);
    const explained = e instanceof KeeperUnreachable
      ? { kind: "keeper_unreachable" as const, message: "The image service is not answering. Your signed payment is kept: reload this page to send it again (it cannot pay twice)." }
      : explainError(e);
    dispatch({ type: "failed", reason: explained.message });
    setError(explained);
    if (["paused", "price_changed", "terms_changed", "tier_not_in_usdc"].includes(explained.kind)) void refreshChainFacts();
  };

  // A USDC payment left on its way (a reload): continue following it, or send it again (same
  // authorization, same relay: it cannot pay twice).
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !usdcOf(config)) return;
    resumed.current = true;
    const pending: PendingRelay | null = loadPendingRelay(relayStorage(), session.keeper);
    if (!pending) return;
    inFlight.current = true;
    dispatch({ type: "submit", usdc: true });
    setMintedPrompt(pending.body.prompt);
    void (async () => {
      try {
        let id = pending.id;
        if (id === null) {
          const relay = await postRelay(session.keeper, pending.body);
          id = relay.id;
          savePendingRelay(relayStorage(), session.keeper, { id, body: pending.body });
        }
        dispatch({ type: "relaying", id });
        await follow(id);
      } catch (e) {
        onRelayError(e, e instanceof RelayError ? pending.body.prompt : null);
      } finally {
        inFlight.current = false;
      }
    })();
  }, []);

  const busy = isBusy(progress.phase);
  const wrongChain = session.account !== null && !onRightChain(session);
  const disabledReason = codeCheck.state === "bad"
    ? "Not a GenImNFT contract"
    : paused
    ? "Minting is paused"
    : selected?.enabled === false
      ? "This tier is not on offer"
      : check.problem === "too_long"
        ? "Prompt too long"
        : wrongChain
          ? `Switch to ${config.chain_name} to mint`
          : null;
  const price = selected?.price_wei ? BigInt(selected.price_wei) : null;
  const usdcPrice = usdcPriceOf(selected);
  // An agent's request is matched to an ETH mint's transaction: the USDC path is not offered for it.
  const offersUsdc = canPayUsdc(config, selected) && forAgent === null;
  // A tier offered in USDC only: the ETH button says so instead of minting for nothing.
  const ethDisabled = disabledReason ?? (price === 0n && usdcPrice !== null ? "Not payable in ETH" : null);
  const buttonText = busy
    ? progress.phase === "wallet"
      ? progress.usdc
        ? "Sign in your wallet…"
        : "Confirm in your wallet…"
      : progress.usdc
        ? "Paying…"
        : "Minting…"
    : !session.account && session.wallet
      ? "Connect wallet and mint"
      : price !== null
        ? `Mint for ${formatEth(price)}`
        : "Mint";

  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title">Create an image</h2>
      <p class="lead">
        Describe an image, pay a few cents in ETH{usdcOf(config)?.relay ? " or USDC" : ""}, and get it as an NFT. No account needed. If the image does not arrive in
        time, you take your money back.
      </p>
      {agentLink.kind === "invalid" && (
        <p class="notice warn" role="alert" data-testid="agent-link-invalid">
          This link was meant to pay for an AI agent&apos;s image, but it does not hold up: {agentLink.problems.join("; ")}. Nothing
          from it was filled in. You can still create an image of your own below.
        </p>
      )}
      {forAgent && <AgentRequestNotice request={forAgent} onDrop={dropAgentRequest} />}
      {agentPayment && (
        <AgentPaymentNotice payment={agentPayment} onRetry={() => void tellKeeper(agentPayment.request, agentPayment.record)} />
      )}
      {paused && (
        <p class="notice warn" role="status" data-testid="paused">
          Minting is paused by the operator right now. Your existing tokens and refunds still work.
        </p>
      )}
      <form class="mint" onSubmit={mint} noValidate>
        <fieldset class="tiers">
          <legend>Tier</legend>
          {tiers.map((t) => (
            <label key={t.tier} class={`tier${t.tier === tier ? " selected" : ""}${t.enabled === false ? " off" : ""}`}>
              <input
                type="radio"
                name="tier"
                value={t.tier}
                checked={t.tier === tier}
                disabled={t.enabled === false || busy || (forAgent !== null && t.tier !== forAgent.tier)}
                onChange={() => setTier(t.tier)}
              />
              <span class="tier-body">
                <TierPrice tier={t} usdPerEth={config.usd_per_eth} />
                <span>
                  {t.size.replace("x", " × ")} · {t.model}
                </span>
                <span class="muted">
                  {t.enabled === false
                    ? "not on offer"
                    : t.window_secs !== null
                      ? `image within ${formatDuration(t.window_secs)}, or your money back`
                      : ""}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <label for="prompt" class="field-label">
          Prompt
        </label>
        <textarea
          id="prompt"
          name="prompt"
          rows={4}
          value={prompt}
          placeholder="a lighthouse on a basalt cliff at dusk, oil painting"
          aria-describedby="prompt-count prompt-help"
          aria-invalid={check.problem === "too_long"}
          disabled={busy}
          readOnly={forAgent !== null}
          onInput={(e) => {
            setPrompt((e.target as HTMLTextAreaElement).value);
            if (error?.kind === "prompt_too_long" || error?.kind === "empty_prompt") setError(null);
          }}
        />
        <div class="prompt-meta">
          <span id="prompt-help" class="muted">
            Public: the prompt is stored on chain.
          </span>
          <span id="prompt-count" class={check.problem === "too_long" ? "count over" : "count"} data-testid="byte-count" aria-live="polite">
            {formatCount(check.bytes)} / {formatCount(maxBytes)} bytes
            {check.problem === "too_long" ? ` (${formatCount(check.bytes - maxBytes)} too many)` : ""}
          </span>
        </div>
        <PaymentFacts session={session} codeCheck={codeCheck} agents={agents} />
        <button type="submit" class="primary wide" disabled={busy || ethDisabled !== null} data-testid="mint">
          {ethDisabled ?? (busy && progress.usdc ? "Mint with ETH" : buttonText)}
        </button>
        {offersUsdc && (
          <button
            type="button"
            class="primary wide usdc"
            disabled={busy || disabledReason !== null}
            onClick={() => void payUsdc()}
            data-testid="pay-usdc"
          >
            {busy && progress.usdc
              ? buttonText
              : `Pay with USDC — no ETH needed${usdcPrice !== null ? ` (${formatUsd(usdcPrice)})` : ""}`}
          </button>
        )}
        <div class="error-slot" aria-live="assertive">
          {error && (
            <p class="notice error" role="alert" data-testid="error" data-kind={error.kind}>
              {error.message}
            </p>
          )}
        </div>
      </form>
      {progress.phase !== "idle" && progress.phase !== "failed" && <ProgressList progress={progress} />}
      {progress.tokenId !== undefined && (
        <TokenPanel
          session={session}
          id={progress.tokenId}
          refreshKey={progress.phase}
          mintTx={progress.txHash}
          prompt={mintedPrompt}
        />
      )}
    </section>
  );
}

/** The page pays for an AI agent's request: whose, what, and what happens after. */
function AgentRequestNotice({ request, onDrop }: { request: AgentRequest; onDrop: () => void }) {
  return (
    <div class="notice" role="status" data-testid="agent-request">
      <p>
        <strong>You are paying for an image an AI agent asked for.</strong> Its request number is{" "}
        <code data-testid="agent-request-id">{request.id}</code>. The prompt and tier below are the agent&apos;s and stay as they are,
        so that the agent receives this image. You pay with your wallet and the token is yours. Once your payment is on chain,
        this page tells the image service, and the agent collects the image with this request number.
      </p>
      <button type="button" class="secondary" onClick={onDrop} data-testid="agent-drop">
        Make a different image instead
      </button>
    </div>
  );
}

/** After paying for an agent's request: whether the image service has linked the payment to it. */
function AgentPaymentNotice({ payment, onRetry }: { payment: AgentPayment; onRetry: () => void }) {
  const { request, record, report } = payment;
  const id = <code data-testid="agent-request-id">{request.id}</code>;
  const token = record.tokenId !== null ? <a href={`#/token/${record.tokenId}`}>token #{record.tokenId}</a> : null;
  const earlier = payment.earlier ? (
    <>
      This browser already paid for this request (transaction <code>{record.txHash}</code>); it is not paid again.{" "}
    </>
  ) : null;
  return (
    <div class={`notice${report.state === "failed" ? " warn" : ""}`} role="status" data-testid="agent-report" data-state={report.state}>
      <p>
        {earlier}
        {report.state === "mining" && <>Paid for the agent&apos;s request {id}. Waiting for your payment to be mined…</>}
        {report.state === "sending" && <>Telling the image service that your payment is for the agent&apos;s request {id}…</>}
        {report.state === "ok" && (
          <>
            The image service linked your payment to the agent&apos;s request {id}
            {token ? <> ({token})</> : null}. The agent collects the image with it; nothing more to do here.
          </>
        )}
        {report.state === "failed" && (
          <>
            Your payment is safe{token ? <> and {token} is yours</> : null}, but the image service has not linked it to the agent&apos;s
            request {id}. {report.message} You can give the agent your transaction hash instead, it collects the image with that:{" "}
            <code data-testid="agent-tx">{record.txHash}</code>
          </>
        )}
      </p>
      {report.state === "failed" && report.retry && (
        <button type="button" class="secondary" onClick={onRetry} data-testid="agent-retry">
          Try again
        </button>
      )}
    </div>
  );
}

/** Who is paid, shown before paying: the contract, the image service and the agents. */
function PaymentFacts({
  session,
  codeCheck,
  agents,
}: {
  session: Session;
  codeCheck: { state: "unchecked" | "ok" | "bad"; text?: string };
  agents: { agents: Address[]; complete: boolean } | null;
}) {
  const { config } = session;
  return (
    <div class="pay-facts" data-testid="pay-facts">
      <p>
        You pay the GenImNFT contract{" "}
        <code title={config.contract} data-testid="pay-contract">
          {config.contract}
        </code>{" "}
        on {config.chain_name} (chain id {config.chain_id}).{" "}
        <span data-testid="code-check" data-state={codeCheck.state} class={codeCheck.state === "bad" ? "bad" : undefined}>
          {codeCheck.state === "ok"
            ? "✓ Its code is GenImNFT's (checked through your wallet)."
            : codeCheck.state === "bad"
              ? `✗ ${codeCheck.text}`
              : "Its code is checked through your wallet before you pay."}
        </span>
      </p>
      <p>
        Image service: <strong data-testid="pay-keeper">{keeperHost(session.keeper)}</strong>.{" "}
        <span data-testid="pay-agents">
          {agents === null
            ? "The agents allowed to deliver could not be read yet."
            : agents.agents.length === 0
              ? "No agent may deliver right now: the contract will refund you after the deadline."
              : `Only ${agents.agents.map((a) => shortHex(a)).join(", ")} may deliver and be paid; if none delivers in time, you take your money back${agents.complete ? "" : " (recent blocks searched)"}.`}
        </span>
      </p>
    </div>
  );
}

export const noWalletText =
  "No browser wallet found. Install a wallet extension (for example MetaMask or Rabby), then reload this page.";

function ProgressList({ progress }: { progress: Progress }) {
  const states = stepStates(progress.phase, progress.reached, progress.usdc);
  const failed = progress.phase === "failed";
  return (
    <div class="progress" data-testid="progress" data-phase={progress.phase} data-usdc={progress.usdc ? "true" : undefined}>
      <ol>
        {stepsOf(progress.usdc).map((s) => (
          <li key={s} class={failed ? "todo" : states[s]} aria-current={states[s] === "current" ? "step" : undefined}>
            <span class="dot" aria-hidden="true" />
            {stepLabel(s, progress.usdc)}
            {s === "mined" && progress.tokenId !== undefined ? ` (token #${progress.tokenId})` : ""}
          </li>
        ))}
      </ol>
      <p class="progress-text" role="status" aria-live="polite" data-testid="progress-text">
        {describe(progress)}
      </p>
    </div>
  );
}

/** A tier's prices: ETH (with an approximate dollar value from the keeper's feed) and/or USDC in dollars. */
function TierPrice({ tier, usdPerEth }: { tier: TierInfo; usdPerEth: number | null | undefined }) {
  if (tier.enabled === false) return <strong>Tier {tier.tier}</strong>;
  const wei = tier.price_wei !== null ? BigInt(tier.price_wei) : null;
  const usdc = usdcPriceOf(tier);
  const approx = wei !== null && wei > 0n ? approxUsd(wei, usdPerEth) : null;
  return (
    <>
      {wei !== null && wei > 0n ? (
        <strong data-testid="tier-eth">
          {formatEth(wei)}
          {approx && (
            <span class="muted approx" title="approximate, at the current ETH price">
              {" "}
              ({approx})
            </span>
          )}
        </strong>
      ) : wei === null && usdc === null ? (
        <strong>price unknown</strong>
      ) : null}
      {usdc !== null && (
        <strong data-testid="tier-usdc" class={wei !== null && wei > 0n ? "usdc-alt" : undefined}>
          {wei !== null && wei > 0n ? "or " : ""}
          {formatUsd(usdc)} in USDC
        </strong>
      )}
    </>
  );
}
