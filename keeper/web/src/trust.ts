// What the page checks before it lets a buyer pay, so that neither a hostile keeper link
// (`?keeper=`) nor a keeper gone bad can steer the buyer's money:
// - the keeper's /api/config must name the chain and contract this build is bound to;
// - link templates from the keeper must be https: (else they are dropped, with a notice);
// - the contract's runtime code, read through the WALLET's provider (not the keeper's RPC), must
//   be GenImNFT's (code fingerprint fixed at build time);
// - the agents that may deliver are read from the chain (AgentSet events, confirmed by isAgent).

import { getAbiItem, type Address, type PublicClient } from "viem";
import { genImNftAbi } from "./abi";
import { logChunks } from "./chain";
import type { PublicConfig } from "./config";
import type { Deployment } from "./deployment";
import { checkCode, type CodeIdentity, type CodeVerdict } from "./fingerprint";

export type KeeperVerdict =
  | { ok: true; config: PublicConfig; notices: string[] }
  | { ok: false; message: string };

/** Host (and port) of the keeper, as shown to the buyer. */
export function keeperHost(keeper: string): string {
  try {
    return new URL(keeper).host;
  } catch {
    return keeper;
  }
}

/** A link template the page may use: https only; anything else is dropped with a notice. */
export function safeTemplate(template: string | null | undefined, what: string, notices: string[]): string | null {
  if (!template) return null;
  let protocol: string;
  try {
    protocol = new URL(template.replace(/\{\w+\}/g, "x")).protocol;
  } catch {
    protocol = "";
  }
  if (protocol === "https:") return template;
  notices.push(`The image service sent a ${what} link that is not https; it is ignored.`);
  return null;
}

/**
 * Accepts the keeper's config only for the build's chain and contract, and returns it with the
 * build's own values where the build sets them (RPC URL, chain name, deployment block, gateway).
 */
export function checkKeeperConfig(deployment: Deployment, config: PublicConfig, keeper: string): KeeperVerdict {
  const host = keeperHost(keeper);
  if (config.chain_id !== deployment.chainId) {
    return {
      ok: false,
      message: `The image service at ${host} works for another network (chain id ${config.chain_id}), not the one this page pays on (chain id ${deployment.chainId}). This page will not use it: nothing can be paid through it. If someone sent you this link, do not trust it.`,
    };
  }
  if (config.contract.toLowerCase() !== deployment.contract.toLowerCase()) {
    return {
      ok: false,
      message: `The image service at ${host} works for another contract (${config.contract}), not GenImNFT at ${deployment.contract}. This page will not use it: nothing can be paid through it. If someone sent you this link, do not trust it.`,
    };
  }
  const notices: string[] = [];
  return {
    ok: true,
    notices,
    config: {
      ...config,
      contract: deployment.contract,
      chain_name: deployment.chainName ?? config.chain_name,
      // Reads prefer the build's RPC; the keeper's is used for reads only, never offered to a wallet.
      rpc_url: deployment.rpcUrl ?? config.rpc_url,
      deployment_block: deployment.deploymentBlock ?? config.deployment_block,
      ipfs_gateway: deployment.ipfsGateway ?? config.ipfs_gateway,
      explorer_tx_url: safeTemplate(config.explorer_tx_url, "block explorer", notices),
      marketplace_token_url: safeTemplate(config.marketplace_token_url, "marketplace", notices),
    },
  };
}

/** Reads the contract's runtime code through `client` (the wallet's provider) and checks it. */
export async function verifyContractCode(client: PublicClient, contract: Address, identity: CodeIdentity): Promise<CodeVerdict> {
  const code = await client.getCode({ address: contract });
  return checkCode(code ?? null, identity);
}

/** In words, for the buyer: why the page will not pay this contract. */
export function codeProblemText(verdict: CodeVerdict, contract: Address): string | null {
  if (verdict.ok) return null;
  return verdict.reason === "no_code"
    ? `There is no contract at ${contract} on the network your wallet is on. The page will not pay it.`
    : `The contract at ${contract} is not GenImNFT: its code is different from the code this page was built for. The page will not pay it.`;
}

export interface AgentEvent {
  agent: Address;
  authorized: boolean;
}

/** The agents authorized after a sequence of AgentSet events (oldest first). */
export function foldAgents(events: AgentEvent[]): Address[] {
  const state = new Map<string, Address>();
  for (const { agent, authorized } of events) {
    if (authorized) state.set(agent.toLowerCase(), agent);
    else state.delete(agent.toLowerCase());
  }
  return [...state.values()];
}

const agentSetEvent = getAbiItem({ abi: genImNftAbi, name: "AgentSet" });

/** The agents that may deliver, from the chain's AgentSet logs, each confirmed by `isAgent`. */
export async function readAgents(
  client: PublicClient,
  contract: Address,
  deploymentBlock: number,
  logRange: number,
): Promise<{ agents: Address[]; complete: boolean }> {
  const head = await client.getBlockNumber();
  const chunks = logChunks(BigInt(deploymentBlock), head, BigInt(logRange));
  const events: (AgentEvent & { block: bigint; index: number })[] = [];
  for (const [fromBlock, toBlock] of chunks) {
    const logs = await client.getLogs({ address: contract, event: agentSetEvent, fromBlock, toBlock });
    for (const log of logs) {
      if (log.args.agent === undefined || log.args.authorized === undefined) continue;
      events.push({ agent: log.args.agent, authorized: log.args.authorized, block: log.blockNumber ?? 0n, index: log.logIndex ?? 0 });
    }
  }
  events.sort((a, b) => (a.block === b.block ? a.index - b.index : a.block < b.block ? -1 : 1));
  const candidates = foldAgents(events);
  const confirmed = await Promise.all(
    candidates.map((agent) => client.readContract({ address: contract, abi: genImNftAbi, functionName: "isAgent", args: [agent] })),
  );
  const complete = chunks.length === 0 || chunks[chunks.length - 1]![0] === BigInt(deploymentBlock);
  return { agents: candidates.filter((_, i) => confirmed[i]), complete };
}
