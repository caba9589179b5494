// What every view needs: the keeper's config, where the keeper is, a chain reader and the wallet.

import type { Address, PublicClient } from "viem";
import type { PublicConfig } from "./config";
import type { Deployment } from "./deployment";
import type { DiscoveredWallet } from "./wallet";

export interface Session {
  /** The keeper's config, checked against the build's deployment (trust.ts). */
  config: PublicConfig;
  /** The chain and contract this build pays, fixed at build time. */
  deployment: Deployment;
  keeper: string;
  reader: PublicClient | null;
  wallet: DiscoveredWallet | null;
  account: Address | null;
  /** The wallet's chain id, null before connecting. */
  walletChain: number | null;
  /** Connects (opening the wallet's prompt); resolves to the account or null. */
  connect: () => Promise<Address | null>;
  /** The keeper's API did not answer the last call. */
  keeperDown: boolean;
  setKeeperDown: (down: boolean) => void;
}

export function onRightChain(session: Session): boolean {
  return session.walletChain === session.config.chain_id;
}

/** Tokens the page minted in this browser, so "My images" can show them even before logs are indexed. */
export function tierSize(session: Session, tier: number): string | null {
  return session.config.tiers.find((t) => t.tier === tier)?.size ?? null;
}
