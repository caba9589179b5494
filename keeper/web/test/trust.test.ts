import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { PublicConfig } from "../src/config";
import type { Deployment } from "../src/deployment";
import { checkKeeperConfig, codeProblemText, foldAgents, keeperHost, safeTemplate } from "../src/trust";

const CONTRACT = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const;
const deployment: Deployment = {
  chainId: 10,
  contract: CONTRACT,
  chainName: null,
  rpcUrl: null,
  deploymentBlock: null,
  ipfsGateway: null,
};
const config: PublicConfig = {
  chain_id: 10,
  chain_name: "OP Mainnet",
  rpc_url: "https://rpc.keeper.example/",
  contract: CONTRACT.toLowerCase() as `0x${string}`,
  deployment_block: 100,
  log_range: 2000,
  max_prompt_bytes: 1000,
  tiers: [],
  explorer_tx_url: "https://optimistic.etherscan.io/tx/{tx}",
  marketplace_token_url: "https://opensea.io/assets/optimism/{contract}/{id}",
  ipfs_gateway: "https://ipfs.io/ipfs/",
};

describe("checkKeeperConfig", () => {
  it("accepts a keeper for the build's chain and contract", () => {
    const verdict = checkKeeperConfig(deployment, config, "https://keeper.example/");
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.notices).toEqual([]);
    expect(verdict.config.contract).toBe(CONTRACT);
    expect(verdict.config.explorer_tx_url).toBe(config.explorer_tx_url);
    // Without a build RPC, the keeper's is used for reads (never offered to a wallet: wallet.ts).
    expect(verdict.config.rpc_url).toBe("https://rpc.keeper.example/");
  });
  it("refuses another contract, in words naming both and the keeper's host", () => {
    const evil = { ...config, contract: "0x000000000000000000000000000000000000dEaD" as const };
    const verdict = checkKeeperConfig(deployment, evil, "https://evil.example:8443/x/");
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.message).toContain("evil.example:8443");
    expect(verdict.message).toContain("another contract (0x000000000000000000000000000000000000dEaD)");
    expect(verdict.message).toContain(CONTRACT);
    expect(verdict.message).toContain("nothing can be paid");
  });
  it("refuses another chain", () => {
    const verdict = checkKeeperConfig(deployment, { ...config, chain_id: 31337 }, "https://evil.example/");
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining("another network (chain id 31337)") });
  });
  it("prefers the build's own settings", () => {
    const verdict = checkKeeperConfig(
      { ...deployment, chainName: "Optimism", rpcUrl: "https://mainnet.optimism.io/", deploymentBlock: 7, ipfsGateway: "https://gw.example/ipfs/" },
      config,
      "https://keeper.example/",
    );
    expect(verdict.ok && verdict.config).toMatchObject({
      chain_name: "Optimism",
      rpc_url: "https://mainnet.optimism.io/",
      deployment_block: 7,
      ipfs_gateway: "https://gw.example/ipfs/",
    });
  });
  it("drops link templates that are not https, with a notice", () => {
    const verdict = checkKeeperConfig(
      deployment,
      { ...config, explorer_tx_url: "javascript:alert('{tx}')", marketplace_token_url: "http://market.example/{id}" },
      "https://keeper.example/",
    );
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.config.explorer_tx_url).toBeNull();
    expect(verdict.config.marketplace_token_url).toBeNull();
    expect(verdict.notices).toEqual([
      "The image service sent a block explorer link that is not https; it is ignored.",
      "The image service sent a marketplace link that is not https; it is ignored.",
    ]);
  });
});

describe("safeTemplate", () => {
  it("keeps https templates with placeholders anywhere", () => {
    const notices: string[] = [];
    expect(safeTemplate("https://{id}.example/{contract}", "x", notices)).toBe("https://{id}.example/{contract}");
    expect(safeTemplate(null, "x", notices)).toBeNull();
    expect(notices).toEqual([]);
  });
  it("drops data:, protocol-relative and unparsable templates", () => {
    const notices: string[] = [];
    for (const t of ["data:text/html,<script>", "//evil.example/{tx}", "{tx}", "HTTPS//x"]) expect(safeTemplate(t, "x", notices)).toBeNull();
    expect(notices).toHaveLength(4);
  });
});

describe("the agents and the words", () => {
  const a = "0x00000000000000000000000000000000000000aA" as Address;
  const b = "0x00000000000000000000000000000000000000bB" as Address;
  it("folds AgentSet events in order: the last word per agent counts", () => {
    expect(foldAgents([{ agent: a, authorized: true }, { agent: b, authorized: true }, { agent: a.toLowerCase() as Address, authorized: false }])).toEqual([b]);
    expect(foldAgents([{ agent: a, authorized: false }, { agent: a, authorized: true }])).toEqual([a]);
  });
  it("shows the keeper's host and explains a code problem", () => {
    expect(keeperHost("https://keeper.example:8080/genim/")).toBe("keeper.example:8080");
    expect(codeProblemText({ ok: true }, CONTRACT)).toBeNull();
    expect(codeProblemText({ ok: false, reason: "different_code" }, CONTRACT)).toMatch(/is not GenImNFT: its code is different/);
    expect(codeProblemText({ ok: false, reason: "no_code" }, CONTRACT)).toMatch(/no contract at/);
  });
});
