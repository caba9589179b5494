// The refund must be reachable when the keeper is down, which is exactly when a buyer needs it
// (issue 14, item 10): the built page is published to IPFS with `genim publish-web`, the keeper
// is stopped, and a fresh browser (no saved copy of the keeper's settings) opens
// `<gateway>/ipfs/<cid>/` and refunds a token past its deadline. Run by tools/web-test.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";
import { createPublicClient, encodeFunctionData, http, parseAbi } from "viem";
import {
  anvilAccount,
  buildPage,
  CHROMIUM,
  CHROMIUM_ARGS,
  deploy,
  freePort,
  genimBinary,
  ROOT,
  rpc,
  SHOTS,
  startAnvil,
  startKeeper,
  stop,
  stopAll,
  tail,
  waitFor,
  WEB,
  workDir,
} from "./harness.mjs";

const abi = parseAbi([
  "function request(uint256) view returns ((address requester, uint8 tier, uint256 paid, uint64 deadline, uint8 status, bytes32 metadataHash, uint8 currency))",
  "function terms() view returns (uint32)",
  "function totalMinted() view returns (uint256)",
  "function ownerOf(uint256) view returns (address)",
  "function mint(string prompt, uint8 tier, uint32 terms) payable returns (uint256)",
]);

const PRICES = [30_000_000_000_000n, 50_000_000_000_000n];
// Tier 1's window is shorter than the time the keeper needs (MIN_TIME_LEFT): it gives the token up.
const WINDOWS = [3600, 60];
const MIN_TIME_LEFT = 120;
const BUYER = anvilAccount(5);
const WALLET_SCRIPT = readFileSync(join(WEB, "e2e", "test-wallet.js"), "utf8");

let dir;
let chain;
let contract;
let keeper;
let client;
let browser;
let ipfs; // { child, url }

/** The keeper's own IPFS test node (keeper/tests/ipfs-node): Kubo's RPC API and a path gateway. */
async function startIpfsNode() {
  const nodeDir = join(ROOT, "keeper", "tests", "ipfs-node");
  // stdin stays open: the node exits when it closes (when this process goes).
  const child = spawn("node", [join(nodeDir, "server.mjs")], { cwd: nodeDir, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const port = await Promise.race([
    new Promise((resolve, reject) => {
      lines.once("line", (line) => {
        const port = /^listening (\d+)$/.exec(line.trim())?.[1];
        if (port) resolve(port);
        else reject(new Error(`the IPFS test node printed ${line}`));
      });
    }),
    new Promise((_, reject) => setTimeout(() => reject(new Error("the IPFS test node did not start within 20 s")), 20_000)),
  ]);
  return { child, url: `http://127.0.0.1:${port}` };
}

/** `genim publish-web --dir dist` with the ipfs storage settings in the environment; its stdout. */
async function publishWeb(distDir) {
  const child = spawn(genimBinary(), ["publish-web", "--dir", distDir], {
    env: {
      PATH: process.env.PATH,
      GENIM_STORAGE__BACKEND: "ipfs",
      GENIM_STORAGE__DIR: join(dir, "ipfs-copies"),
      GENIM_STORAGE__IPFS_API_URL: ipfs.url,
      GENIM_STORAGE__IPFS_GATEWAY_URL: ipfs.url,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  assert.equal(code, 0, `genim publish-web failed: ${stdout}${stderr}`);
  return stdout;
}

describe("the page on IPFS with the keeper down", { timeout: 300_000 }, () => {
  before(async () => {
    dir = workDir();
    chain = await startAnvil(dir);
    const port = await freePort();
    contract = await deploy(
      chain.url,
      { agents: [anvilAccount(1).address], prices: PRICES, windows: WINDOWS, metadataBaseUri: `http://127.0.0.1:${port}/metadata/` },
      dir,
    );
    await buildPage({ chainId: 31337, contract, rpcUrl: chain.url, chainName: "Anvil (local)" }, dir);
    keeper = await startKeeper({ rpcUrl: chain.url, contract, port, workDir: dir, minTimeLeftSecs: MIN_TIME_LEFT, tiers: [0, 1] });
    ipfs = await startIpfsNode();
    client = createPublicClient({ transport: http(chain.url), pollingInterval: 100 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    ipfs?.child.kill();
    await stopAll();
  });

  it("refunds a token past its deadline from <gateway>/ipfs/<cid>/ in a fresh browser, the keeper stopped", async () => {
    // Published as one directory; the printed CID is the one the gateway serves the page under.
    const out = await publishWeb(join(WEB, "dist"));
    const cid = /as (b[a-z2-7]+)\n/.exec(out)?.[1];
    assert.ok(cid, out);
    const pageUrl = `${ipfs.url}/ipfs/${cid}/`;
    assert.ok(out.includes(`ipfs://${cid}/\n`) && out.includes(`${pageUrl}\n`), out);
    const index = await fetch(pageUrl);
    assert.equal(index.status, 200);
    assert.equal(await index.text(), readFileSync(join(WEB, "dist", "index.html"), "utf8"));

    // A token the keeper gives up (tier 1's window is too short for it), minted straight on chain.
    const terms = await client.readContract({ address: contract, abi, functionName: "terms" });
    const hash = await rpc(chain.url, "eth_sendTransaction", [
      {
        from: BUYER.address,
        to: contract,
        data: encodeFunctionData({ abi, functionName: "mint", args: ["a fox the keeper will not draw", 1, terms] }),
        value: `0x${PRICES[1].toString(16)}`,
      },
    ]);
    assert.equal((await client.waitForTransactionReceipt({ hash })).status, "success");
    const id = await client.readContract({ address: contract, abi, functionName: "totalMinted" });
    await waitFor("the keeper to give the token up", async () => {
      const response = await fetch(`${keeper.url}tokens/${id}`, { signal: AbortSignal.timeout(2000) });
      return response.ok && (await response.json()).state === "given_up";
    });

    // The keeper goes down before the deadline, so it cannot refund the token itself.
    await stop(keeper.keeper);
    const record = await client.readContract({ address: contract, abi, functionName: "request", args: [id] });
    assert.equal(record.status, 1, "still pending on chain");
    const now = Number((await client.getBlock()).timestamp);
    await rpc(chain.url, "evm_increaseTime", [Number(record.deadline) - now + 5]);
    await rpc(chain.url, "evm_mine", []);

    // A fresh browser context: nothing saved from the keeper, only the build's own settings.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const cfg = { rpcUrl: chain.url, account: BUYER.address, chainId: "0x7a69", anvilChainId: "0x7a69", knownChains: ["0x7a69"] };
    await context.addInitScript({ content: WALLET_SCRIPT.replace("__GENIM_WALLET__", JSON.stringify(cfg)) });
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pageUrl);
    await page.getByTestId("keeper-down").waitFor({ timeout: 20_000 });
    // Nothing is sold without a keeper to deliver; the way to the refunds is named.
    await page.getByTestId("no-tiers").waitFor();
    assert.equal(await page.getByTestId("mint").count(), 0);
    await page.getByTestId("no-tiers").getByRole("link", { name: "My images" }).click();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("genim.config:")).length), 0);
    await page.getByTestId("connect").click();
    const card = page.locator(`[data-testid=token-card][data-token-id="${id}"]`);
    await card.waitFor({ timeout: 30_000 });
    const refund = card.getByTestId("refund");
    await refund.waitFor({ timeout: 15_000 });
    assert.equal(await refund.innerText(), "Refund 0.00005 ETH");
    await page.screenshot({ path: join(SHOTS, "30-ipfs-refund-due.png"), fullPage: true });

    const balanceBefore = await client.getBalance({ address: BUYER.address });
    await refund.click();
    await page.locator("[data-testid=refund-message]", { hasText: "came back to your wallet" }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, "31-ipfs-refunded.png"), fullPage: true });

    // On chain: refunded (status 3), the token burned, the escrow back minus the network fee.
    assert.equal((await client.readContract({ address: contract, abi, functionName: "request", args: [id] })).status, 3);
    await assert.rejects(client.readContract({ address: contract, abi, functionName: "ownerOf", args: [id] }));
    const balanceAfter = await client.getBalance({ address: BUYER.address });
    assert.ok(balanceAfter > balanceBefore + PRICES[1] - 10n ** 15n, `${balanceBefore} → ${balanceAfter}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

process.on("unhandledRejection", (error) => {
  console.error(error);
  console.error(`keeper log:\n${tail(join(dir ?? ".", "keeper.log"))}`);
});
