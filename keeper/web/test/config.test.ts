import { describe, expect, it } from "vitest";
import { configFromBuild, isPublicConfig, keeperBaseUrl, loadConfig, withChainTiers, type PublicConfig } from "../src/config";

const config: PublicConfig = {
  chain_id: 31337,
  chain_name: "Anvil (local)",
  rpc_url: "http://127.0.0.1:8545/",
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  deployment_block: 0,
  log_range: 2000,
  max_prompt_bytes: 1000,
  tiers: [{ tier: 0, price_wei: "30000000000000", window_secs: 3600, enabled: true, model: "procedural-v1", size: "512x512" }],
  explorer_tx_url: null,
  marketplace_token_url: null,
  ipfs_gateway: "https://ipfs.io/ipfs/",
};

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe("keeperBaseUrl", () => {
  it("is the page's own folder by default", () => {
    expect(keeperBaseUrl("http://127.0.0.1:8080/#/mine")).toBe("http://127.0.0.1:8080/");
    expect(keeperBaseUrl("https://gw.example/ipfs/bafy/index.html", "https://keeper.example")).toBe("https://keeper.example/");
  });
  it("takes ?keeper= over the build default", () => {
    expect(keeperBaseUrl("https://cdn.example/app/?keeper=https://k.example/genim", "https://other.example")).toBe(
      "https://k.example/genim/",
    );
  });
});

describe("loadConfig", () => {
  const ok = (body: unknown) => (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
  const down = (async () => {
    throw new TypeError("fetch failed");
  }) as unknown as typeof fetch;

  it("loads and saves the keeper's config", async () => {
    const storage = new MemoryStorage();
    const loaded = await loadConfig("http://k/", ok(config), storage);
    expect(loaded).toEqual({ config, stale: false });
    expect(storage.items.size).toBe(1);
  });
  it("never takes the config from the HTTP cache (it is the keeper's liveness check)", async () => {
    const seen: RequestInit[] = [];
    const spy = (async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response(JSON.stringify(config), { status: 200 });
    }) as unknown as typeof fetch;
    await loadConfig("http://k/", spy, null);
    expect(seen[0]?.cache).toBe("no-store");
  });
  it("falls back to the saved copy when the keeper does not answer", async () => {
    const storage = new MemoryStorage();
    await loadConfig("http://k/", ok(config), storage);
    expect(await loadConfig("http://k/", down, storage)).toEqual({ config, stale: true });
  });
  it("fails without a saved copy, and refuses something that is not a keeper config", async () => {
    await expect(loadConfig("http://k/", down, new MemoryStorage())).rejects.toThrow();
    await expect(loadConfig("http://k/", ok({ hello: 1 }), new MemoryStorage())).rejects.toThrow();
    expect(isPublicConfig({ ...config, contract: "0x12" })).toBe(false);
  });
});

describe("withChainTiers", () => {
  it("takes prices and windows from the chain", () => {
    const tiers = withChainTiers(config.tiers, new Map([[0, { price: 0n, window: 60 }]]));
    expect(tiers[0]).toMatchObject({ price_wei: "0", window_secs: 60, enabled: false, model: "procedural-v1" });
  });

  it("takes the USDC price from the chain too; a USDC-only tier stays on offer", () => {
    const usdcOnly = withChainTiers(config.tiers, new Map([[0, { price: 0n, usdcPrice: 150_000n, window: 60 }]]));
    expect(usdcOnly[0]).toMatchObject({ price_wei: "0", usdc_price: "150000", enabled: true });
    const ethOnly = withChainTiers([{ ...config.tiers[0]!, usdc_price: "100000" }], new Map([[0, { price: 1n, usdcPrice: 0n, window: 60 }]]));
    expect(ethOnly[0]).toMatchObject({ usdc_price: null, enabled: true });
  });
});

describe("configFromBuild", () => {
  const deployment = {
    chainId: 31337,
    contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const,
    chainName: "Anvil",
    rpcUrl: "http://127.0.0.1:8545/",
    deploymentBlock: 7,
    ipfsGateway: null,
  };

  it("describes the build's chain and contract with no tiers, read from the chain later", () => {
    const config = configFromBuild(deployment, "http://127.0.0.1:8080/ipfs/bafybeigdyrzt/#/mine");
    expect(isPublicConfig(config)).toBe(true);
    expect(config).toMatchObject({
      chain_id: 31337,
      chain_name: "Anvil",
      rpc_url: "http://127.0.0.1:8545/",
      contract: deployment.contract,
      deployment_block: 7,
      tiers: [],
      explorer_tx_url: null,
      marketplace_token_url: null,
      usdc: null,
    });
    expect(config.log_range).toBeGreaterThan(0);
  });

  it("reads images through the gateway that serves the page, else the build's, else ipfs.io", () => {
    expect(configFromBuild(deployment, "http://127.0.0.1:8080/ipfs/bafybeigdyrzt/").ipfs_gateway).toBe("http://127.0.0.1:8080/ipfs/");
    expect(configFromBuild(deployment, "https://genim.example/").ipfs_gateway).toBe("https://ipfs.io/ipfs/");
    expect(
      configFromBuild({ ...deployment, ipfsGateway: "https://gw.example/ipfs/" }, "http://127.0.0.1:8080/ipfs/bafybeigdyrzt/").ipfs_gateway,
    ).toBe("https://gw.example/ipfs/");
    expect(configFromBuild({ ...deployment, chainName: null, deploymentBlock: null }, "https://genim.example/")).toMatchObject({
      chain_name: "chain 31337",
      deployment_block: 0,
    });
  });
});
