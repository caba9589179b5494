// One token as a card: its image (or the on-chain placeholder), prompt, status, metadata with the
// hash check against the chain, links, and the refund button when one is due.

import { useEffect, useRef, useState } from "preact/hooks";
import { balanceOf, chainNow, requestsFromLogs, sendRefund } from "./chain";
import { explainError, givenUpMessage } from "./errors";
import { STATUS } from "./flow";
import { aspectRatio, fillTemplate, formatDate, formatEth, formatEthRounded, formatPaid, resolveUri, shortHex } from "./format";
import { tokenInfo, type TokenInfo } from "./gallery";
import { attribute } from "./metadata";
import { getJob, KeeperUnreachable } from "./keeper";
import { onRightChain, tierSize, type Session } from "./session";

/** IGenImNFT.Currency.USDC */
const USDC = 1;

export type StatusKind = "delivered" | "generating" | "given_up" | "refundable" | "refunded" | "unknown";

export function statusOf(info: TokenInfo, now: number): StatusKind {
  const { status, deadline } = info.chain;
  if (status === STATUS.Delivered) return "delivered";
  if (status === STATUS.Refunded) return "refunded";
  if (status === STATUS.Pending) {
    if (now > Number(deadline)) return "refundable";
    if (info.job?.state === "given_up") return "given_up";
    return "generating";
  }
  return "unknown";
}

/** What the image box says instead of the contract's "Generating..." placeholder. */
const noImage: Partial<Record<StatusKind, string>> = {
  given_up: "No image: the image service gave up",
  refundable: "No image arrived in time",
  refunded: "Refunded: no image",
};

const STATUS_TEXT: Record<StatusKind, string> = {
  delivered: "Delivered",
  generating: "In progress",
  given_up: "Image given up",
  refundable: "Refund due",
  refunded: "Refunded",
  unknown: "Unknown",
};

export function StatusBadge({ kind }: { kind: StatusKind }) {
  return (
    <span class={`badge badge-${kind}`} data-testid="status">
      {STATUS_TEXT[kind]}
    </span>
  );
}

function TxLink({ session, hash, label }: { session: Session; hash: string | null; label: string }) {
  if (!hash) return null;
  const url = fillTemplate(session.config.explorer_tx_url, { tx: hash });
  return (
    <li>
      {label}:{" "}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {shortHex(hash, 6)}
        </a>
      ) : (
        <code title={hash}>{shortHex(hash, 6)}</code>
      )}
    </li>
  );
}

/** Loads a token (chain first, keeper for the prompt and progress) and shows it; polls if asked. */
export function TokenPanel({
  session,
  id,
  watch = false,
  refreshKey,
  mintTx,
  prompt,
}: {
  session: Session;
  id: bigint;
  watch?: boolean;
  refreshKey?: unknown;
  mintTx?: string;
  prompt?: string;
}) {
  const [info, setInfo] = useState<TokenInfo | null>(null);
  const [now, setNow] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  // The prompt and mint transaction, from the page's own mint or the token's ImageRequested log.
  const request = useRef<{ id: bigint; prompt: string; txHash: string } | null>(null);
  if (request.current?.id !== id) request.current = prompt && mintTx ? { id, prompt, txHash: mintTx } : null;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const reader = session.reader;
      if (!reader) return;
      try {
        let job = null;
        try {
          job = await getJob(session.keeper, id);
          session.setKeeperDown(false);
        } catch (e) {
          if (!(e instanceof KeeperUnreachable)) throw e;
          session.setKeeperDown(true);
        }
        if (!request.current) {
          const found = (await requestsFromLogs(reader, session.config, [id])).get(id);
          if (found) request.current = { id, ...found };
        }
        const [loaded, chainTime] = await Promise.all([
          tokenInfo(reader, session.config, id, job, request.current),
          chainNow(reader),
        ]);
        if (cancelled) return;
        setInfo(loaded);
        setNow(chainTime);
        setError(null);
        if (watch && loaded.chain.status === STATUS.Pending) timer = setTimeout(load, 1500);
      } catch (e) {
        if (cancelled) return;
        setError(explainError(e).message);
        if (watch) timer = setTimeout(load, 3000);
      }
    };
    void load();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [session.reader, session.keeper, id, watch, refreshKey, tick]);

  if (!info) {
    return (
      <article class="token loading" aria-busy="true" data-testid="token-card" data-token-id={String(id)}>
        <div class="frame" style={{ aspectRatio: "1 / 1" }} />
        <div class="details">
          <h3>GenImNFT #{String(id)}</h3>
          <p class="muted">{error ?? "Reading the token from the chain…"}</p>
        </div>
      </article>
    );
  }
  return <TokenCard session={session} info={info} now={now} onChanged={() => setTick((t) => t + 1)} />;
}

export function TokenCard({
  session,
  info,
  now,
  onChanged,
  compact = false,
}: {
  session: Session;
  info: TokenInfo;
  now: number;
  onChanged: () => void;
  compact?: boolean;
}) {
  const kind = statusOf(info, now);
  const { config } = session;
  // Metadata whose hash does not match the chain is not the delivered image: never shown as such.
  const forged = info.verified !== null && !info.verified.matches;
  const metadata = forged ? null : (info.verified?.metadata ?? info.placeholder);
  const image = forged ? null : resolveUri(metadata?.image, config.ipfs_gateway);
  const size = (info.job && "size" in info.job ? info.job.size : null) ?? tierSize(session, info.chain.tier);
  const marketplace = fillTemplate(config.marketplace_token_url, { contract: config.contract, id: String(info.id) });
  const created = attribute(metadata, "date", "Created");
  const model = attribute(metadata, "model", "Model") ?? (info.job && "model" in info.job ? info.job.model : null);
  const holder = info.chain.owner?.toLowerCase() === session.account?.toLowerCase();
  const alt = info.prompt ? `Image for token #${info.id}: ${info.prompt}` : `Image for token #${info.id}`;
  // Kept here, not in the button: the button goes away once the refund is on chain, the message stays.
  const [refundMessage, setRefundMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <article class={`token${compact ? " compact" : ""}`} data-testid="token-card" data-token-id={String(info.id)} data-status={kind}>
      <div class="frame" style={{ aspectRatio: aspectRatio(size) }}>
        {forged ? (
          <span class="muted no-image" data-testid="image-withheld">
            Image not shown: its metadata does not match the hash on chain
          </span>
        ) : image && !noImage[kind] ? (
          <img src={image} alt={alt} loading="lazy" />
        ) : (
          <span class="muted no-image">{noImage[kind] ?? "No image"}</span>
        )}
      </div>
      <div class="details">
        <h3>
          {compact ? (
            <a href={`#/token/${info.id}`}>GenImNFT #{String(info.id)}</a>
          ) : (
            <>GenImNFT #{String(info.id)}</>
          )}{" "}
          <StatusBadge kind={kind} />
        </h3>
        {info.prompt !== null && (
          <p class="prompt" data-testid="prompt">
            {info.prompt}
          </p>
        )}
        {!compact && (
          <dl class="facts">
            <dt>Tier</dt>
            <dd>{info.chain.tier}</dd>
            <dt>Paid</dt>
            <dd data-testid="paid">{formatPaid(info.chain.paid, info.chain.currency)}</dd>
            {model != null && (
              <>
                <dt>Model</dt>
                <dd>{String(model)}</dd>
              </>
            )}
            {size && (
              <>
                <dt>Size</dt>
                <dd>{size.replace("x", " × ")}</dd>
              </>
            )}
            {typeof created === "number" && (
              <>
                <dt>Created</dt>
                <dd>{formatDate(created)}</dd>
              </>
            )}
            {info.chain.status === STATUS.Pending && (
              <>
                <dt>Deadline</dt>
                <dd>{formatDate(info.chain.deadline)}</dd>
              </>
            )}
          </dl>
        )}
        {info.verified && !compact && (
          <p
            class={info.verified.matches ? "verify ok" : "verify bad"}
            data-testid="metadata-hash"
            data-sha256={info.verified.sha256}
            data-matches={String(info.verified.matches)}
          >
            {info.verified.matches
              ? `✓ Metadata sha256 ${shortHex(info.verified.sha256, 6)} matches the hash stored on chain.`
              : `✗ The metadata does not match the hash stored on chain (${shortHex(info.chain.metadataHash, 6)}): it is not what was delivered, so its image is not shown.`}
          </p>
        )}
        {info.verified && info.verified.matches && info.verified.problems.length > 0 && !compact && (
          <p class="verify bad" data-testid="metadata-problems">
            Part of the metadata is malformed and is not shown: {info.verified.problems.join("; ")}.
          </p>
        )}
        {info.metadataError && <p class="verify bad">The metadata could not be fetched right now.</p>}
        {!compact && (
          <ul class="links">
            {info.verified && (
              <li>
                <a href={info.verified.url} target="_blank" rel="noopener noreferrer">
                  Metadata
                </a>
              </li>
            )}
            <TxLink session={session} hash={info.mintTx} label="Mint transaction" />
            <TxLink session={session} hash={info.deliveredTx} label="Delivery transaction" />
            {marketplace && info.chain.status === STATUS.Delivered && (
              <li>
                <a href={marketplace} target="_blank" rel="noopener noreferrer">
                  View on marketplace
                </a>
              </li>
            )}
          </ul>
        )}
        {kind === "given_up" && (
          <div class="notice warn" role="status">
            <p>{givenUpMessage(info.chain.deadline, now, info.chain.currency === USDC)}</p>
            {info.job?.reason && !compact && <p class="reason">Reason given: {info.job.reason}.</p>}
          </div>
        )}
        {kind === "refundable" && (
          <RefundButton session={session} info={info} holder={holder} onDone={onChanged} setMessage={setRefundMessage} />
        )}
        {kind === "refunded" && <RefundedNote info={info} />}
        {refundMessage && (
          <p
            class={refundMessage.ok ? "notice ok" : "notice error"}
            role={refundMessage.ok ? "status" : "alert"}
            data-testid="refund-message"
          >
            {refundMessage.text}
          </p>
        )}
      </div>
    </article>
  );
}

function RefundButton({
  session,
  info,
  holder,
  onDone,
  setMessage,
}: {
  session: Session;
  info: TokenInfo;
  holder: boolean;
  onDone: () => void;
  setMessage: (message: { ok: boolean; text: string } | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  const usdc = info.chain.currency === USDC;
  if (!holder) {
    return <p class="muted">No image arrived in time: the holder of this token can take the money back.</p>;
  }
  const refund = async () => {
    const { reader, wallet, account } = session;
    if (!reader || !wallet || !account) return;
    if (!onRightChain(session)) {
      setMessage({ ok: false, text: "Your wallet is on another network. Please switch network first." });
      return;
    }
    setBusy(true);
    setMessage({ ok: true, text: "Please confirm the refund in your wallet…" });
    try {
      const before = await balanceOf(reader, account);
      const result = await sendRefund(reader, wallet.provider, session.config, account, info.id);
      const after = await balanceOf(reader, account);
      if (usdc) {
        setMessage({ ok: true, text: `Refunded: ${formatPaid(result.amount, USDC)} came back to your wallet.` });
        onDone();
        return;
      }
      setMessage({
        ok: true,
        text: `Refunded: ${formatEth(result.amount)} came back to your wallet. Your balance went from ${formatEthRounded(before)} to ${formatEthRounded(after)} (after the network fee).`,
      });
      onDone();
    } catch (e) {
      setMessage({ ok: false, text: explainError(e).message });
    } finally {
      setBusy(false);
    }
  };
  if (usdc) {
    // The keeper refunds USDC tokens itself; a buyer with ETH may still do it now.
    return (
      <div class="refund" data-testid="usdc-refund-note">
        <p>
          No image arrived before the deadline ({formatDate(info.chain.deadline)}). The image service refunds USDC payments
          automatically: {formatPaid(info.chain.paid, USDC)} comes back to your wallet, no gas needed.
        </p>
        <button type="button" class="secondary" onClick={refund} disabled={busy} data-testid="refund">
          {busy ? "Refunding…" : "Refund it yourself now (needs ETH for gas)"}
        </button>
      </div>
    );
  }
  return (
    <div class="refund">
      <p>No image arrived before the deadline ({formatDate(info.chain.deadline)}). You can take your money back.</p>
      <button type="button" class="primary" onClick={refund} disabled={busy} data-testid="refund">
        {busy ? "Refunding…" : `Refund ${formatEth(info.chain.paid)}`}
      </button>
    </div>
  );
}

/** A refund that already happened, as shown in lists. */
export function RefundedNote({ info }: { info: TokenInfo }) {
  return info.chain.status === STATUS.Refunded ? (
    <p class="muted">The payment of {formatPaid(info.chain.paid, info.chain.currency)} was returned and the token burned.</p>
  ) : null;
}
