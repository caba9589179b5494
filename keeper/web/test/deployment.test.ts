import { describe, expect, it } from "vitest";
import { parseDeployment, DeploymentError } from "../src/deployment";

const CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

describe("parseDeployment", () => {
  it("reads the chain and contract fixed at build time, with the optional settings", () => {
    expect(
      parseDeployment({
        VITE_GENIM_CHAIN_ID: "10",
        VITE_GENIM_CONTRACT: CONTRACT,
        VITE_GENIM_CHAIN_NAME: "OP Mainnet",
        VITE_GENIM_RPC_URL: "https://mainnet.optimism.io",
        VITE_GENIM_DEPLOYMENT_BLOCK: "123456",
        VITE_GENIM_IPFS_GATEWAY: "https://ipfs.io/ipfs/",
      }),
    ).toEqual({
      chainId: 10,
      contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      chainName: "OP Mainnet",
      rpcUrl: "https://mainnet.optimism.io/",
      deploymentBlock: 123456,
      ipfsGateway: "https://ipfs.io/ipfs/",
    });
  });
  it("is null when neither is set, and the optional settings default to null", () => {
    expect(parseDeployment({})).toBeNull();
    expect(parseDeployment({ VITE_GENIM_CHAIN_ID: " ", VITE_GENIM_CONTRACT: "" })).toBeNull();
    expect(parseDeployment({ VITE_GENIM_CHAIN_ID: "31337", VITE_GENIM_CONTRACT: CONTRACT })).toMatchObject({
      chainName: null,
      rpcUrl: null,
      deploymentBlock: null,
      ipfsGateway: null,
    });
  });
  it("requires chain id and contract together", () => {
    expect(() => parseDeployment({ VITE_GENIM_CHAIN_ID: "10" })).toThrow(/must be set together/);
    expect(() => parseDeployment({ VITE_GENIM_CONTRACT: CONTRACT })).toThrow(DeploymentError);
  });
  it("refuses values that are not what they claim", () => {
    const base = { VITE_GENIM_CHAIN_ID: "10", VITE_GENIM_CONTRACT: CONTRACT };
    expect(() => parseDeployment({ ...base, VITE_GENIM_CHAIN_ID: "0x0a" })).toThrow(/not a chain id/);
    expect(() => parseDeployment({ ...base, VITE_GENIM_CHAIN_ID: "0" })).toThrow(/not a chain id/);
    expect(() => parseDeployment({ ...base, VITE_GENIM_CONTRACT: "0x1234" })).toThrow(/not an address/);
    expect(() => parseDeployment({ ...base, VITE_GENIM_DEPLOYMENT_BLOCK: "-1" })).toThrow(/not a block number/);
    expect(() => parseDeployment({ ...base, VITE_GENIM_RPC_URL: "javascript:alert(1)" })).toThrow(/http\(s\) URL/);
    expect(() => parseDeployment({ ...base, VITE_GENIM_IPFS_GATEWAY: "not a url" })).toThrow(/not a URL/);
  });
});
