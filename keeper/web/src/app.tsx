// The page's shell: loads the keeper's config, finds wallets, connects, offers to switch chain,
// and routes between the views (hash routes, so any static host works).

import { useEffect, useMemo, useState } from "preact/hooks";
import type { Address } from "viem";
import { buildDeployment } from "./build";
import { makeReader } from "./chain";
import { configFromBuild, keeperBaseUrl, loadConfig, type LoadedConfig } from "./config";
import { CreateView, noWalletText } from "./create";
import { explainError } from "./errors";
import { shortHex } from "./format";
import { MineView, RecentView } from "./lists";
import { onRightChain, type Session } from "./session";
import { TokenPanel } from "./token";
import { checkKeeperConfig } from "./trust";
import { chainIdOf, currentAccounts, discoverWallets, requestAccounts, switchChain, type DiscoveredWallet } from "./wallet";

type Route = { view: "create" } | { view: "mine" } | { view: "recent" } | { view: "token"; id: bigint };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, "");
  if (path === "mine") return { view: "mine" };
  if (path === "recent") return { view: "recent" };
  const token = /^token\/(\d{1,30})$/.exec(path);
  if (token) return { view: "token", id: BigInt(token[1]!) };
  return { view: "create" };
}

const WALLET_KEY = "genim.wallet";

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

export function App() {
  const keeper = useMemo(() => keeperBaseUrl(location.href, import.meta.env.VITE_KEEPER_URL as string | undefined), []);
  const [loaded, setLoaded] = useState<LoadedConfig | null>(null);
  const [wallets, setWallets] = useState<DiscoveredWallet[]>([]);
  const [discovered, setDiscovered] = useState(false);
  const [wallet, setWallet] = useState<DiscoveredWallet | null>(null);
  const [account, setAccount] = useState<Address | null>(null);
  const [walletChain, setWalletChain] = useState<number | null>(null);
  const [walletError, setWalletError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [keeperDown, setKeeperDown] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const binding = useMemo(() => buildDeployment(), []);
  const deployment = binding.deployment;
  const route = useRoute();

  useEffect(() => {
    if (!deployment) return;
    loadConfig(keeper, fetch.bind(window), window.localStorage)
      .then((result) => {
        // The keeper may describe tiers and links; the chain and contract are the build's.
        const verdict = checkKeeperConfig(deployment, result.config, keeper);
        if (!verdict.ok) {
          setRefused(verdict.message);
          return;
        }
        setLoaded({ config: verdict.config, stale: result.stale });
        setNotices(verdict.notices);
        // Not answering at load (only the saved copy): said now, not after a first mint.
        setKeeperDown(result.stale);
      })
      .catch(() => {
        // No keeper and no saved copy (e.g. a first visit to the copy on IPFS): the build's own
        // settings still list the wallet's tokens from the chain and offer their refunds.
        setLoaded({ config: configFromBuild(deployment, location.href), stale: true });
        setKeeperDown(true);
      });
  }, [keeper]);

  useEffect(() => {
    const stop = discoverWallets(setWallets);
    // Announcements arrive synchronously for injected wallets; give late ones a moment before
    // saying there is no wallet.
    const timer = setTimeout(() => setDiscovered(true), 400);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);

  // Reconnect silently to the wallet used last time (no prompt: eth_accounts only).
  useEffect(() => {
    if (wallet || wallets.length === 0) return;
    const remembered = localStorage.getItem(WALLET_KEY);
    const match = wallets.find((w) => w.info.rdns === remembered || w.info.uuid === remembered);
    if (!match) return;
    void currentAccounts(match.provider).then(async (accounts) => {
      if (accounts.length === 0) return;
      await attach(match, accounts);
    });
  }, [wallets]);

  const attach = async (chosen: DiscoveredWallet, accounts: Address[]) => {
    setWallet(chosen);
    setAccount(accounts[0] ?? null);
    setWalletChain(await chainIdOf(chosen.provider).catch(() => null));
    localStorage.setItem(WALLET_KEY, chosen.info.rdns || chosen.info.uuid);
  };

  // Follow the wallet's account and chain.
  useEffect(() => {
    const provider = wallet?.provider;
    if (!provider?.on) return;
    const onAccounts = (accounts: Address[]) => setAccount(accounts[0] ?? null);
    const onChain = (id: string) => setWalletChain(Number.parseInt(id, 16));
    provider.on("accountsChanged", onAccounts);
    provider.on("chainChanged", onChain);
    return () => {
      provider.removeListener?.("accountsChanged", onAccounts);
      provider.removeListener?.("chainChanged", onChain);
    };
  }, [wallet]);

  const connectWith = async (chosen: DiscoveredWallet): Promise<Address | null> => {
    setWalletError(null);
    setChoosing(false);
    try {
      const accounts = await requestAccounts(chosen.provider);
      await attach(chosen, accounts);
      return accounts[0] ?? null;
    } catch (e) {
      setWalletError(explainError(e).message);
      return null;
    }
  };

  const connect = async (): Promise<Address | null> => {
    if (wallets.length === 0) {
      setWalletError(noWalletText);
      return null;
    }
    if (wallets.length === 1) return connectWith(wallets[0]!);
    setChoosing(true);
    return null;
  };

  const config = loaded?.config ?? null;
  const reader = useMemo(
    () => (config ? makeReader(config, config.rpc_url ? null : (wallet?.provider ?? null)) : null),
    [config, wallet],
  );

  const doSwitch = async () => {
    if (!wallet || !config) return;
    setWalletError(null);
    try {
      await switchChain(wallet.provider, config, deployment?.rpcUrl ?? null);
      setWalletChain(await chainIdOf(wallet.provider));
    } catch (e) {
      setWalletError(explainError(e).message);
    }
  };

  if (binding.problem || !deployment) {
    return (
      <Shell route={route}>
        <p class="notice error" role="alert" data-testid="build-error">
          {binding.problem}
        </p>
      </Shell>
    );
  }
  if (refused) {
    return (
      <Shell route={route}>
        <p class="notice error" role="alert" data-testid="keeper-refused">
          {refused}
        </p>
      </Shell>
    );
  }
  if (!config) {
    return (
      <Shell route={route}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Shell>
    );
  }

  const session: Session = {
    config,
    deployment,
    keeper,
    reader,
    wallet,
    account,
    walletChain,
    connect,
    keeperDown,
    setKeeperDown,
  };
  const wrongChain = account !== null && !onRightChain(session);

  const walletArea = account ? (
    <span class="account" data-testid="account" title={account}>
      <span class="dot-ok" aria-hidden="true" /> {shortHex(account)}
    </span>
  ) : (
    <button type="button" class="secondary" onClick={() => void connect()} disabled={discovered && wallets.length === 0} data-testid="connect">
      Connect wallet
    </button>
  );

  return (
    <Shell route={route} walletArea={walletArea}>
      <div class="notices">
        {choosing && (
          <div class="notice" role="dialog" aria-label="Choose a wallet">
            <p>Choose a wallet:</p>
            <ul class="wallet-list">
              {wallets.map((w) => (
                <li key={w.info.uuid}>
                  <button type="button" class="secondary" onClick={() => void connectWith(w)}>
                    {w.info.icon && <img src={w.info.icon} alt="" width={20} height={20} />} {w.info.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {discovered && wallets.length === 0 && (
          <p class="notice warn" data-testid="no-wallet">
            {noWalletText}
          </p>
        )}
        {walletError && (
          <p class="notice error" role="alert" data-testid="wallet-error">
            {walletError}
          </p>
        )}
        {wrongChain && (
          <div class="notice warn" role="alert" data-testid="wrong-chain">
            <p>
              Your wallet is on another network (chain id {walletChain}). This app runs on <strong>{config.chain_name}</strong>{" "}
              (chain id {config.chain_id}).
            </p>
            <button type="button" class="primary" onClick={() => void doSwitch()} data-testid="switch-chain">
              Switch to {config.chain_name}
            </button>
          </div>
        )}
        {notices.map((text) => (
          <p key={text} class="notice warn" role="status" data-testid="config-notice">
            {text}
          </p>
        ))}
        {keeperDown && (
          <p class="notice warn" role="status" data-testid="keeper-down">
            The image service is not answering right now. What you see comes from the chain alone; images in progress may be
            late.
          </p>
        )}
        {!reader && (
          <p class="notice" data-testid="no-reader">
            Connect your wallet to read the chain.
          </p>
        )}
      </div>
      {route.view === "create" &&
        (config.tiers.length > 0 ? (
          <CreateView session={session} />
        ) : (
          // Only the build's own settings (keeper down, nothing saved): nothing is sold, refunds work.
          <p class="notice" data-testid="no-tiers">
            New images cannot be ordered while the image service is not answering. Your tokens, and the refund of any image
            that did not arrive in time, are under <a href="#/mine">My images</a>.
          </p>
        ))}
      {route.view === "mine" && <MineView session={session} />}
      {route.view === "recent" && <RecentView session={session} />}
      {route.view === "token" && (
        <section aria-label={`Token ${route.id}`}>
          <TokenPanel session={session} id={route.id} watch />
        </section>
      )}
    </Shell>
  );
}

function Shell({ route, walletArea, children }: { route: Route; walletArea?: preact.ComponentChildren; children: preact.ComponentChildren }) {
  const link = (view: Route["view"], href: string, label: string) => (
    <a href={href} aria-current={route.view === view ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">
          GenImNFT
        </a>
        <nav aria-label="Main">
          {link("create", "#/", "Create")}
          {link("mine", "#/mine", "My images")}
          {link("recent", "#/recent", "Recent")}
        </nav>
        <div class="wallet">{walletArea}</div>
      </header>
      <main>{children}</main>
      <footer class="muted">Anonymous pay-per-image: no account, no personal data. The contract holds your payment until your image is delivered, or refunds it.</footer>
    </>
  );
}
