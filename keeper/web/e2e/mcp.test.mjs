// An AI agent's image paid by a person (issue 17, path 1): the official TypeScript MCP client
// (@modelcontextprotocol/sdk, streamable HTTP) calls `generate_image` on the real keeper's `/mcp`,
// the link it answers with is opened in headless Chromium with the test wallet, the page is
// prefilled, the person mints, the page reports the mint to the keeper, and `get_image` with the
// request id returns the delivered image. Also: a reload pays nothing twice, and a hostile or broken
// link fills in nothing and says so. Anvil, the contract deployed by script/Deploy.s.sol and the
// real `genim` keeper serving the page.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { chromium } from "playwright-core";
import { createPublicClient, http, parseAbi } from "viem";
import {
  anvilAccount,
  buildPage,
  CHROMIUM,
  CHROMIUM_ARGS,
  deploy,
  freePort,
  SHOTS,
  startAnvil,
  startKeeper,
  stopAll,
  waitFor,
  WEB,
  workDir,
} from "./harness.mjs";

const abi = parseAbi([
  "function request(uint256) view returns ((address requester, uint8 tier, uint256 paid, uint64 deadline, uint8 status, bytes32 metadataHash, uint8 currency))",
  "function totalMinted() view returns (uint256)",
  "function ownerOf(uint256) view returns (address)",
]);
const PRICES = [30_000_000_000_000n, 50_000_000_000_000n];
const WINDOWS = [3600, 3600];
const BUYER = anvilAccount(6);
const WALLET_SCRIPT = readFileSync(join(WEB, "e2e", "test-wallet.js"), "utf8");
const STATUS = { Delivered: 2 };

let dir;
let chain;
let contract;
let keeper;
let client;
let browser;
let mcp;

const read = (functionName, args = []) => client.readContract({ address: contract, abi, functionName, args });

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
  const cfg = { rpcUrl: chain.url, account: BUYER.address, chainId: "0x7a69", anvilChainId: "0x7a69", knownChains: ["0x7a69"] };
  await context.addInitScript({ content: WALLET_SCRIPT.replace("__GENIM_WALLET__", JSON.stringify(cfg)) });
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A 404 from the keeper's /tokens/{id} means "not seen yet": expected while a mint is fresh.
    const notSeenYet = /status of 404/.test(m.text()) && /\/tokens\/\d+$/.test(m.location().url);
    if (m.type() === "error" && !notSeenYet) page.problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  return page;
}

/** Opens `url` and connects the test wallet. */
async function open(page, url) {
  await page.goto(url);
  await page.getByTestId("connect").or(page.getByTestId("account")).first().waitFor({ timeout: 15_000 });
  if (await page.getByTestId("connect").isVisible()) await page.getByTestId("connect").click();
  await page.getByTestId("account").waitFor({ timeout: 10_000 });
}

const sends = (page) => page.evaluate(() => window.__testWallet.calls.filter((c) => c === "eth_sendTransaction").length);

async function callTool(name, args) {
  const result = await mcp.callTool({ name, arguments: args });
  return result;
}

describe("an agent's image paid by a person in Chromium (MCP page link)", { timeout: 300_000 }, () => {
  before(async () => {
    dir = workDir();
    chain = await startAnvil(dir);
    const port = await freePort();
    contract = await deploy(
      chain.url,
      { agents: [anvilAccount(1).address], prices: PRICES, windows: WINDOWS, metadataBaseUri: `http://127.0.0.1:${port}/metadata/` },
      dir,
    );
    client = createPublicClient({ transport: http(chain.url), pollingInterval: 100 });
    await buildPage({ chainId: 31337, contract, rpcUrl: chain.url, chainName: "Anvil (local)" }, dir);
    // [mcp] is on by default; a short wait inside get_image keeps each call brief.
    keeper = await startKeeper({ rpcUrl: chain.url, contract, port, workDir: dir, minTimeLeftSecs: 60, tiers: [0, 1], extra: "[mcp]\nwait_secs = 5\n" });
    mcp = new Client({ name: "genim-e2e-agent", version: "1.0.0" });
    await mcp.connect(new StreamableHTTPClientTransport(new URL(`${keeper.url}mcp`)));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await mcp?.close();
    await browser?.close();
    await stopAll();
  });

  it("generate_image's page link, paid in the browser, gives the agent its image through get_image", async () => {
    const prompt = "a paper crane on a rainy window sill & a cup of tea, ukiyo-e";
    const asked = await callTool("generate_image", { prompt, tier: 1 });
    assert.notEqual(asked.isError, true, JSON.stringify(asked.content));
    const { request, state, payment } = asked.structuredContent;
    assert.match(request, /^req_[0-9a-f]{32}$/);
    assert.equal(state, "awaiting_payment");
    const link = new URL(payment.page_url);
    assert.equal(link.origin, new URL(keeper.url).origin, "the keeper's own page, at the host the client reached");
    assert.equal(link.searchParams.get("request"), request);

    // Before paying: the request waits, and get_image says so at once.
    const waiting = await callTool("get_image", { request });
    assert.equal(waiting.structuredContent.state, "awaiting_payment");

    const page = await newPage();
    await open(page, payment.page_url);
    // Prefilled from the link, locked to it, and the request named in words.
    assert.equal(await page.getByLabel("Prompt").inputValue(), prompt);
    assert.equal(await page.locator('input[name=tier][value="1"]').isChecked(), true);
    assert.equal(await page.locator('input[name=tier][value="0"]').isDisabled(), true, "the agent's tier stays");
    assert.equal(await page.getByLabel("Prompt").getAttribute("readonly"), "");
    assert.equal(await page.getByTestId("agent-request-id").innerText(), request);
    assert.match(await page.getByTestId("agent-request").innerText(), /paying for an image an AI agent asked for/);
    assert.equal(await page.getByTestId("pay-usdc").count(), 0);
    await page.screenshot({ path: join(SHOTS, "mcp-01-prefilled.png"), fullPage: true });

    const minted = await read("totalMinted");
    await page.getByTestId("mint").click();
    await page.locator("[data-testid=agent-report][data-state=ok]").waitFor({ timeout: 60_000 });
    const id = minted + 1n;
    assert.match(await page.getByTestId("agent-report").innerText(), new RegExp(`linked your payment to the agent's request ${request} \\(token #${id}\\)`));
    assert.equal((await read("ownerOf", [id])).toLowerCase(), BUYER.address.toLowerCase(), "the person owns the token");
    assert.equal(await sends(page), 1);

    // The agent collects: get_image until delivered (each call waits at most wait_secs).
    const done = await waitFor(
      "get_image to answer delivered",
      async () => {
        const got = await callTool("get_image", { request });
        assert.notEqual(got.isError, true, JSON.stringify(got.content));
        return got.structuredContent.state === "delivered" ? got : null;
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    const image = done.structuredContent;
    assert.equal(image.request, request);
    assert.equal(image.token_id, Number(id));
    assert.equal(image.prompt, prompt);
    assert.equal(image.tier, 1);
    assert.match(image.mint_tx_hash, /^0x[0-9a-f]{64}$/);
    assert.match(image.delivery_tx_hash, /^0x[0-9a-f]{64}$/);
    assert.notEqual(image.mint_tx_hash, image.delivery_tx_hash);
    const mintReceipt = await client.getTransactionReceipt({ hash: image.mint_tx_hash });
    assert.equal(mintReceipt.from.toLowerCase(), BUYER.address.toLowerCase(), "the person's own mint");
    assert.equal((await client.getTransactionReceipt({ hash: image.delivery_tx_hash })).status, "success");
    assert.equal(image.metadata_hash_on_chain, true);
    assert.equal((await read("request", [id])).status, STATUS.Delivered);
    // Links to the full image and the metadata, both served; the metadata's hash is the chain's.
    const links = done.content.filter((c) => c.type === "resource_link").map((c) => c.uri);
    assert.ok(links.includes(image.image_url) && links.includes(image.metadata_url), JSON.stringify(links));
    const full = await fetch(image.image_url, { signal: AbortSignal.timeout(10_000) });
    assert.equal(full.status, 200);
    assert.match(full.headers.get("content-type") ?? "", /^image\//);
    const metadata = Buffer.from(await (await fetch(image.metadata_url, { signal: AbortSignal.timeout(10_000) })).arrayBuffer());
    assert.equal(`0x${createHash("sha256").update(metadata).digest("hex")}`, image.metadata_sha256);
    assert.equal((await read("request", [id])).metadataHash, image.metadata_sha256);

    // A reload after the mint: nothing is paid again, the page says it was paid.
    await page.reload();
    await page.locator("[data-testid=agent-report][data-state=ok]").waitFor({ timeout: 15_000 });
    assert.match(await page.getByTestId("agent-report").innerText(), /already paid for this request .* it is not paid again/);
    assert.equal(await page.getByTestId("agent-request").count(), 0);
    assert.equal(await page.getByLabel("Prompt").inputValue(), "", "not prefilled again");
    assert.equal(await read("totalMinted"), id, "no second mint");
    await page.screenshot({ path: join(SHOTS, "mcp-02-paid.png"), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it("a link with a malformed request id or an unknown tier fills in nothing, and says why", async () => {
    const page = await newPage();
    const cases = [
      [{ prompt: "a cat", tier: "0", request: "req_<img src=x onerror=alert(1)>" }, /request id .* is not one the image service makes/],
      [{ prompt: "a cat", tier: "9", request: "req_0123456789abcdef0123456789abcdef" }, /tier 9 is not on offer \(tiers on offer: 0, 1\)/],
      [{ prompt: "x".repeat(1001), tier: "0", request: "req_0123456789abcdef0123456789abcdef" }, /prompt is 1,001 bytes, over the limit of 1,000/],
    ];
    for (const [params, why] of cases) {
      await open(page, `${keeper.url}?${new URLSearchParams(params)}`);
      const notice = page.getByTestId("agent-link-invalid");
      await notice.waitFor({ timeout: 10_000 });
      assert.match(await notice.innerText(), why);
      assert.match(await notice.innerText(), /Nothing from it was filled in/);
      assert.equal(await page.getByLabel("Prompt").inputValue(), "");
      assert.equal(await page.getByLabel("Prompt").getAttribute("readonly"), null);
      assert.equal(await page.getByTestId("agent-request").count(), 0);
      assert.equal(await page.locator("img[src=x]").count(), 0, "a value from the link is text, never markup");
    }
    await page.screenshot({ path: join(SHOTS, "mcp-03-bad-link.png"), fullPage: true });
    assert.equal(await sends(page), 0, "nothing was sent");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it("a report that does not get through keeps the mint, offers to try again, and is sent again after a reload", async () => {
    const prompt = "two herons in morning fog, ink wash";
    const { request } = (await callTool("generate_image", { prompt, tier: 0 })).structuredContent;
    const page = await newPage();
    // The keeper's /paid cannot be reached from this browser for now.
    let blocked = 0;
    await page.route("**/api/requests/*/paid", (route) => {
      blocked += 1;
      return route.abort("connectionrefused");
    });
    await open(page, `${keeper.url}?${new URLSearchParams({ prompt, tier: "0", request })}`);
    await page.getByTestId("agent-request").waitFor();
    const minted = await read("totalMinted");
    await page.getByTestId("mint").click();
    await page.locator("[data-testid=agent-report][data-state=failed]").waitFor({ timeout: 60_000 });
    assert.ok(blocked >= 2, `asked again (${blocked} tries)`);
    const text = await page.getByTestId("agent-report").innerText();
    assert.match(text, /Your payment is safe and token #\d+ is yours/);
    assert.match(text, /did not answer/);
    assert.equal(await page.getByTestId("agent-retry").count(), 1, "a retryable failure offers to try again");
    assert.equal(await read("totalMinted"), minted + 1n);
    // Not linked yet: the agent's get_image still waits for the payment.
    assert.equal((await callTool("get_image", { request })).structuredContent.state, "awaiting_payment");

    // The keeper is reachable again; a reload sends the report once more, and pays nothing.
    await page.unroute("**/api/requests/*/paid");
    await page.reload();
    await page.locator("[data-testid=agent-report][data-state=ok]").waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId("agent-report").innerText(), /already paid for this request/);
    assert.equal(await page.getByLabel("Prompt").inputValue(), "");
    assert.equal(await read("totalMinted"), minted + 1n, "no second mint");
    assert.equal(await sends(page), 0, "nothing sent after the reload");
    const got = (await callTool("get_image", { request })).structuredContent;
    assert.equal(got.token_id, Number(minted + 1n));
    assert.notEqual(got.state, "awaiting_payment");
    await page.context().close();
  });

  it("a mint the keeper cannot link (an unknown request) is kept, and the page says what the agent can use instead", async () => {
    const page = await newPage();
    const unknown = "req_ffffffffffffffffffffffffffffffff";
    await open(page, `${keeper.url}?${new URLSearchParams({ prompt: "a lone lighthouse", tier: "0", request: unknown })}`);
    await page.getByTestId("agent-request").waitFor();
    const minted = await read("totalMinted");
    await page.getByTestId("mint").click();
    await page.locator("[data-testid=agent-report][data-state=failed]").waitFor({ timeout: 60_000 });
    const text = await page.getByTestId("agent-report").innerText();
    assert.match(text, /Your payment is safe and token #\d+ is yours/);
    assert.match(text, /does not know this request/);
    const tx = await page.getByTestId("agent-tx").innerText();
    assert.match(tx, /^0x[0-9a-f]{64}$/);
    assert.equal(await read("totalMinted"), minted + 1n, "the mint happened");
    // The agent can still collect by the transaction hash.
    const got = await callTool("get_image", { request: tx });
    assert.notEqual(got.isError, true, JSON.stringify(got.content));
    assert.equal(got.structuredContent.token_id, Number(minted + 1n));
    assert.equal(await page.getByTestId("agent-retry").count(), 0, "a refusal is not offered again");
    await page.screenshot({ path: join(SHOTS, "mcp-04-not-linked.png"), fullPage: true });
    await page.context().close();
  });
});
