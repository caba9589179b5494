// The deployment a build of the page is bound to: chain id and contract address are fixed at BUILD
// time (VITE_GENIM_CHAIN_ID and VITE_GENIM_CONTRACT, required together), so a link such as
// `?keeper=https://evil/` cannot point the page's payments at another contract or chain. The
// keeper is only asked for what it knows best (tiers, models, links); what it says about the chain
// must agree with the build or the page refuses it (see trust.ts).

import { getAddress, isAddress, type Address } from "viem";

export interface Deployment {
  chainId: number;
  contract: Address;
  chainName: string | null;
  /** The only RPC URL ever offered to a wallet (wallet_addEthereumChain); also used for reads. */
  rpcUrl: string | null;
  deploymentBlock: number | null;
  ipfsGateway: string | null;
}

export class DeploymentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeploymentError";
  }
}

/** The variables a build reads (Vite's `import.meta.env`, or `process.env` in vite.config.ts). */
export interface DeploymentEnv {
  VITE_GENIM_CHAIN_ID?: string;
  VITE_GENIM_CONTRACT?: string;
  VITE_GENIM_CHAIN_NAME?: string;
  VITE_GENIM_RPC_URL?: string;
  VITE_GENIM_DEPLOYMENT_BLOCK?: string;
  VITE_GENIM_IPFS_GATEWAY?: string;
}

const blank = (value: string | undefined) => value === undefined || value.trim() === "";

function httpUrl(name: string, value: string | undefined): string | null {
  if (blank(value)) return null;
  let url: URL;
  try {
    url = new URL(value!.trim());
  } catch {
    throw new DeploymentError(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new DeploymentError(`${name} must be an http(s) URL`);
  return url.toString();
}

/** Reads the build's deployment; null when neither chain id nor contract is set. */
export function parseDeployment(env: DeploymentEnv): Deployment | null {
  const chain = env.VITE_GENIM_CHAIN_ID;
  const contract = env.VITE_GENIM_CONTRACT;
  if (blank(chain) && blank(contract)) return null;
  if (blank(chain) || blank(contract)) {
    throw new DeploymentError("VITE_GENIM_CHAIN_ID and VITE_GENIM_CONTRACT must be set together");
  }
  if (!/^[1-9]\d{0,15}$/.test(chain!.trim())) throw new DeploymentError(`VITE_GENIM_CHAIN_ID is not a chain id: ${chain}`);
  if (!isAddress(contract!.trim(), { strict: false })) {
    throw new DeploymentError(`VITE_GENIM_CONTRACT is not an address: ${contract}`);
  }
  const block = env.VITE_GENIM_DEPLOYMENT_BLOCK;
  if (!blank(block) && !/^\d{1,15}$/.test(block!.trim())) {
    throw new DeploymentError(`VITE_GENIM_DEPLOYMENT_BLOCK is not a block number: ${block}`);
  }
  return {
    chainId: Number(chain!.trim()),
    contract: getAddress(contract!.trim()),
    chainName: blank(env.VITE_GENIM_CHAIN_NAME) ? null : env.VITE_GENIM_CHAIN_NAME!.trim(),
    rpcUrl: httpUrl("VITE_GENIM_RPC_URL", env.VITE_GENIM_RPC_URL),
    deploymentBlock: blank(block) ? null : Number(block!.trim()),
    ipfsGateway: httpUrl("VITE_GENIM_IPFS_GATEWAY", env.VITE_GENIM_IPFS_GATEWAY),
  };
}
