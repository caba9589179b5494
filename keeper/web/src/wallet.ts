// Browser wallets: discovered through EIP-6963 announcements, with `window.ethereum` as the
// fallback for wallets that do not announce themselves. Only standard EIP-1193 requests are used.

import type { PublicConfig } from "./config";
import { PageError } from "./errors";

export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
  on?(event: string, listener: (...args: any[]) => void): void;
  removeListener?(event: string, listener: (...args: any[]) => void): void;
}

export interface WalletInfo {
  uuid: string;
  name: string;
  icon: string;
  rdns: string;
}

export interface DiscoveredWallet {
  info: WalletInfo;
  provider: Eip1193Provider;
}

/**
 * Collects EIP-6963 announcements (now and later) and calls `onChange` with the list; the
 * injected `window.ethereum` is added when no announced wallet is the same object.
 */
export function discoverWallets(onChange: (wallets: DiscoveredWallet[]) => void): () => void {
  const found = new Map<string, DiscoveredWallet>();
  const publish = () => {
    const list = [...found.values()];
    const injected = (window as unknown as { ethereum?: Eip1193Provider }).ethereum;
    if (injected && !list.some((w) => w.provider === injected)) {
      list.push({
        info: { uuid: "injected", name: "Browser wallet", icon: "", rdns: "injected" },
        provider: injected,
      });
    }
    onChange(list);
  };
  const onAnnounce = (event: Event) => {
    const detail = (event as CustomEvent<DiscoveredWallet>).detail;
    if (!detail?.info?.uuid || typeof detail.provider?.request !== "function") return;
    found.set(detail.info.uuid, { info: detail.info, provider: detail.provider });
    publish();
  };
  window.addEventListener("eip6963:announceProvider", onAnnounce);
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  publish();
  return () => window.removeEventListener("eip6963:announceProvider", onAnnounce);
}

export const toHexChainId = (id: number) => `0x${id.toString(16)}`;

/** Asks the wallet for accounts (opens its connect prompt). */
export async function requestAccounts(provider: Eip1193Provider): Promise<`0x${string}`[]> {
  const accounts = (await provider.request({ method: "eth_requestAccounts" })) as `0x${string}`[];
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new PageError("wallet_locked", "Your wallet is locked or has no account. Please unlock it and connect again.");
  }
  return accounts;
}

/** Accounts the wallet already allowed, without a prompt. */
export async function currentAccounts(provider: Eip1193Provider): Promise<`0x${string}`[]> {
  try {
    const accounts = (await provider.request({ method: "eth_accounts" })) as `0x${string}`[];
    return Array.isArray(accounts) ? accounts : [];
  } catch {
    return [];
  }
}

export async function chainIdOf(provider: Eip1193Provider): Promise<number> {
  const hex = (await provider.request({ method: "eth_chainId" })) as string;
  return Number.parseInt(hex, 16);
}

/**
 * Switches the wallet to the configured chain, adding it first if the wallet does not know it.
 * `rpcUrl` is the BUILD's RPC URL: a keeper-supplied one is never offered to the wallet, which
 * would then read (and send) through a server the keeper chose.
 */
export async function switchChain(provider: Eip1193Provider, config: PublicConfig, rpcUrl: string | null): Promise<void> {
  const chainId = toHexChainId(config.chain_id);
  try {
    await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
  } catch (error) {
    const code = (error as { code?: number }).code;
    const unknownChain = code === 4902 || /unrecognized chain|unknown chain/i.test(String((error as Error).message));
    if (!unknownChain) throw error;
    if (!rpcUrl) {
      throw new PageError(
        "unknown_chain",
        `Your wallet does not know ${config.chain_name} (chain id ${config.chain_id}). Please add it in your wallet first.`,
      );
    }
    const explorer = config.explorer_tx_url ? new URL(config.explorer_tx_url.replace("{tx}", "")).origin : null;
    await provider.request({
      method: "wallet_addEthereumChain",
      params: [
        {
          chainId,
          chainName: config.chain_name,
          nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
          rpcUrls: [rpcUrl],
          ...(explorer ? { blockExplorerUrls: [explorer] } : {}),
        },
      ],
    });
  }
}
