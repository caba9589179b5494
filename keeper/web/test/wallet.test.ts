import { describe, expect, it } from "vitest";
import type { PublicConfig } from "../src/config";
import { switchChain, type Eip1193Provider } from "../src/wallet";

const config: PublicConfig = {
  chain_id: 10,
  chain_name: "OP Mainnet",
  // What a keeper says: never offered to the wallet.
  rpc_url: "https://rpc.keeper.example/",
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  deployment_block: 0,
  log_range: 2000,
  max_prompt_bytes: 1000,
  tiers: [],
  explorer_tx_url: "https://optimistic.etherscan.io/tx/{tx}",
  marketplace_token_url: null,
  ipfs_gateway: "https://ipfs.io/ipfs/",
};

/** A wallet that does not know chain 10 yet, recording what it is asked. */
function unknownChainWallet() {
  const calls: { method: string; params?: unknown }[] = [];
  const provider: Eip1193Provider = {
    async request({ method, params }) {
      calls.push({ method, params });
      if (method === "wallet_switchEthereumChain") throw Object.assign(new Error("Unrecognized chain ID"), { code: 4902 });
      return null;
    },
  };
  return { provider, calls };
}

describe("switchChain", () => {
  it("offers the wallet the build's RPC URL only", async () => {
    const { provider, calls } = unknownChainWallet();
    await switchChain(provider, config, "https://mainnet.optimism.io/");
    const added = calls.find((c) => c.method === "wallet_addEthereumChain");
    expect(added?.params).toEqual([
      {
        chainId: "0xa",
        chainName: "OP Mainnet",
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        rpcUrls: ["https://mainnet.optimism.io/"],
        blockExplorerUrls: ["https://optimistic.etherscan.io"],
      },
    ]);
    expect(JSON.stringify(calls)).not.toContain("rpc.keeper.example");
  });
  it("without a build RPC URL, asks the buyer to add the chain instead of adding the keeper's", async () => {
    const { provider, calls } = unknownChainWallet();
    await expect(switchChain(provider, config, null)).rejects.toThrow(/does not know OP Mainnet \(chain id 10\)/);
    expect(calls.map((c) => c.method)).toEqual(["wallet_switchEthereumChain"]);
  });
});
