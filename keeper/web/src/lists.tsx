// "My images" (every token the wallet minted or holds) and "Recent images" (public gallery).

import { useEffect, useState } from "preact/hooks";
import { chainNow } from "./chain";
import { explainError } from "./errors";
import { myTokens, recentTokens, type TokenList } from "./gallery";
import type { Session } from "./session";
import { TokenCard } from "./token";

function useList(session: Session, load: () => Promise<TokenList> | null, deps: unknown[]) {
  const [list, setList] = useState<TokenList | null>(null);
  const [now, setNow] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const pending = load();
    if (!pending || !session.reader) return;
    setError(null);
    Promise.all([pending, chainNow(session.reader)])
      .then(([loaded, chainTime]) => {
        if (cancelled) return;
        setList(loaded);
        setNow(chainTime);
        session.setKeeperDown(!loaded.keeperAnswered);
      })
      .catch((e) => !cancelled && setError(explainError(e).message));
    return () => {
      cancelled = true;
    };
  }, [...deps, tick]);
  return { list, now, error, reload: () => setTick((t) => t + 1) };
}

function Grid({ session, list, now, reload, empty }: { session: Session; list: TokenList; now: number; reload: () => void; empty: string }) {
  if (list.tokens.length === 0) return <p class="muted" data-testid="empty">{empty}</p>;
  return (
    <div class="grid">
      {list.tokens.map((info) => (
        <TokenCard key={String(info.id)} session={session} info={info} now={now} onChanged={reload} compact />
      ))}
    </div>
  );
}

export function MineView({ session }: { session: Session }) {
  const { list, now, error, reload } = useList(
    session,
    () => (session.account && session.reader ? myTokens(session.reader, session.config, session.keeper, session.account) : null),
    [session.account, session.reader],
  );
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">My images</h2>
      {!session.account ? (
        <p class="muted">Connect your wallet to see the images you minted or hold.</p>
      ) : error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : !list ? (
        <p class="muted" aria-busy="true">
          Reading your tokens from the chain…
        </p>
      ) : (
        <>
          {!list.complete && (
            <p class="muted">Only recent blocks were searched for tokens you received; minted ones are all listed.</p>
          )}
          <Grid session={session} list={list} now={now} reload={reload} empty="No images yet: create your first one." />
        </>
      )}
    </section>
  );
}

export function RecentView({ session }: { session: Session }) {
  const { list, now, error, reload } = useList(
    session,
    () => (session.reader ? recentTokens(session.reader, session.config, session.keeper) : null),
    [session.reader],
  );
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Recent images</h2>
      {!session.reader ? (
        <p class="muted">Connect your wallet to read the chain.</p>
      ) : error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : !list ? (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      ) : (
        <Grid session={session} list={list} now={now} reload={reload} empty="No images delivered yet." />
      )}
    </section>
  );
}
