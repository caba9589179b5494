// The buyer's page in headless Chromium against Anvil, the deployed contract and the real keeper.
// Run by tools/web-test (after `npm run build` and `cargo build -p genim-keeper --bin genim`).
// Each flow saves a screenshot under keeper/web/test-results/screenshots/.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
  rpc,
  serveKeeperProxy,
  serveStatic,
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

// Test-side reads of the chain (the page itself uses the generated ABI).
const abi = parseAbi([
  "function request(uint256) view returns ((address requester, uint8 tier, uint256 paid, uint64 deadline, uint8 status, bytes32 metadataHash, uint8 currency))",
  "function totalMinted() view returns (uint256)",
  "function ownerOf(uint256) view returns (address)",
  "function balanceOf(address) view returns (uint256)",
  "function tiers(uint8) view returns (uint256 price, uint256 usdcPrice, uint32 window)",
  "function terms() view returns (uint32)",
  "function pause()",
  "function unpause()",
  "function setTier(uint8 tier, uint256 price, uint256 usdcPrice, uint32 window)",
  "function setAgent(address agent, bool authorized)",
  "function mint(string prompt, uint8 tier, uint32 terms) payable returns (uint256)",
  "function fulfil(uint256 tokenId, bytes32 metadataHash)",
  "function tokenURI(uint256) view returns (string)",
]);

const PRICES = [30_000_000_000_000n, 50_000_000_000_000n];
const WINDOWS = [3600, 60];
// The keeper needs more time than tier 1's window: it gives up on tier 1 tokens at once.
const MIN_TIME_LEFT = 120;
const BUYER = anvilAccount(4);
const OWNER = anvilAccount(0);
const WALLET_SCRIPT = readFileSync(join(WEB, "e2e", "test-wallet.js"), "utf8");

let dir;
let chain; // { anvil, url }
let contract;
// A second GenImNFT deployment whose runtime code was then altered (one byte appended): it still
// takes payments like GenImNFT, but it is not the code the page was built for.
let other;
let keeperPort;
let keeper; // { keeper, url }
let client;
let browser;
const timings = [];

const read = (functionName, args = []) => client.readContract({ address: contract, abi, functionName, args });
const readOther = (functionName, args = []) => client.readContract({ address: other, abi, functionName, args });
const sends = (page) => page.evaluate(() => window.__testWallet.calls.filter((c) => c === "eth_sendTransaction").length);

async function newPage({
  wallet = true,
  account = BUYER.address,
  chainId = "0x7a69",
  knownChains = ["0x7a69"],
  viewport = { width: 1100, height: 900 },
} = {}) {
  const context = await browser.newContext({ viewport });
  if (wallet) {
    const cfg = { rpcUrl: chain.url, account, chainId, anvilChainId: "0x7a69", knownChains };
    await context.addInitScript({ content: WALLET_SCRIPT.replace("__GENIM_WALLET__", JSON.stringify(cfg)) });
  }
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A 404 from the keeper's /tokens/{id} means "not seen yet": expected while a mint is fresh.
    const notSeenYet = /status of 404/.test(m.text()) && /\/tokens\/\d+$/.test(m.location().url);
    if (m.type() === "error" && !notSeenYet) problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.problems = problems;
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function connect(page) {
  await page.goto(keeper.url);
  await page.getByTestId("connect").or(page.getByTestId("account")).first().waitFor({ timeout: 15_000 });
  if (await page.getByTestId("connect").isVisible()) await page.getByTestId("connect").click();
  await page.getByTestId("account").waitFor({ timeout: 10_000 });
}

async function sendAs(from, functionName, args = [], value = 0n) {
  const hash = await rpc(chain.url, "eth_sendTransaction", [
    { from, to: contract, data: encodeFunctionData({ abi, functionName, args }), value: `0x${value.toString(16)}` },
  ]);
  const receipt = await client.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, "success", `${functionName} reverted`);
  return receipt;
}
const sendAsOwner = (functionName, args = []) => sendAs(OWNER.address, functionName, args);

/** Phases the progress panel went through, recorded in the page by a MutationObserver. */
async function recordPhases(page) {
  await page.evaluate(() => {
    window.__phases = [];
    const note = () => {
      const phase = document.querySelector("[data-testid=progress]")?.getAttribute("data-phase");
      if (phase && window.__phases.at(-1) !== phase) window.__phases.push(phase);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-phase"] });
  });
}

describe("the buyer's web app in Chromium", { timeout: 360_000 }, () => {
  before(async () => {
    const t0 = Date.now();
    dir = workDir();
    chain = await startAnvil(dir);
    const port = await freePort();
    contract = await deploy(
      chain.url,
      {
        agents: [anvilAccount(1).address],
        prices: PRICES,
        windows: WINDOWS,
        metadataBaseUri: `http://127.0.0.1:${port}/metadata/`,
      },
      dir,
    );
    other = await deploy(chain.url, { agents: [anvilAccount(6).address], prices: PRICES, windows: WINDOWS, metadataBaseUri: "https://other.example/" }, dir);
    const code = await rpc(chain.url, "eth_getCode", [other, "latest"]);
    await rpc(chain.url, "anvil_setCode", [other, `${code}00`]);
    // The page is built after the deployment, for it, as tools/demo does.
    await buildPage({ chainId: 31337, contract, rpcUrl: chain.url, chainName: "Anvil (local)" }, dir);
    keeperPort = port;
    keeper = await startKeeper({ rpcUrl: chain.url, contract, port, workDir: dir, minTimeLeftSecs: MIN_TIME_LEFT, tiers: [0, 1] });
    client = createPublicClient({ transport: http(chain.url), pollingInterval: 100 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    timings.push(`setup ${Date.now() - t0} ms`);
  });

  after(async () => {
    await browser?.close();
    await stopAll();
    console.log(`screenshots: ${SHOTS}`);
    console.log(`timings: ${timings.join(", ")}`);
  });

  it("the keeper serves the page and a public config with the chain's tiers, CORS open", async () => {
    const response = await fetch(`${keeper.url}api/config`, { headers: { origin: "https://cdn.example" } });
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const config = await response.json();
    assert.equal(config.chain_id, 31337);
    assert.equal(config.contract.toLowerCase(), contract.toLowerCase());
    for (const [i, tier] of config.tiers.entries()) {
      const [price, , window] = await read("tiers", [i]);
      assert.equal(tier.price_wei, price.toString());
      assert.equal(tier.window_secs, window);
      assert.equal(tier.model, "procedural-v1");
    }
    const index = await fetch(keeper.url);
    assert.match(await index.text(), /<div id="app">/);
  });

  it("without a wallet, the page says how to get one", async () => {
    const page = await newPage({ wallet: false });
    await page.goto(keeper.url);
    await page.getByTestId("no-wallet").waitFor();
    assert.match(await page.getByTestId("no-wallet").innerText(), /No browser wallet found/);
    // Tiers still come from the chain through the public RPC URL.
    await page.getByText("0.00003 ETH").first().waitFor();
    await shot(page, "01-no-wallet");
    await page.context().close();
  });

  it("a hostile ?keeper= link naming another contract is refused in words, and nothing is paid", async () => {
    const real = await (await fetch(`${keeper.url}api/config`)).json();
    const evil = await serveKeeperProxy(keeper.url, (path) =>
      // The attacker's contract, and the attacker's RPC (a working one: here, the same chain).
      path === "/api/config" ? { ...real, contract: other, rpc_url: chain.url } : undefined,
    );
    const page = await newPage();
    // The official page, served by the real keeper, opened through a link that names another keeper.
    await page.goto(`${keeper.url}?keeper=${encodeURIComponent(evil.url)}`);
    await page.getByTestId("keeper-refused").or(page.getByTestId("mint")).first().waitFor({ timeout: 15_000 });
    const minted = await readOther("totalMinted");
    if (await page.getByTestId("mint").isVisible()) {
      // A page that took the evil keeper's word would now pay the other contract.
      await page.getByTestId("connect").click();
      await page.getByTestId("account").waitFor({ timeout: 10_000 });
      await page.getByLabel("Prompt").fill("paid to the wrong contract");
      await page.getByTestId("mint").click();
      await waitFor("a paid mint or an error", async () => (await readOther("totalMinted")) > minted || (await page.getByTestId("error").isVisible()), { timeoutMs: 20_000 });
    }
    await shot(page, "18-hostile-keeper-refused");
    assert.equal(await readOther("totalMinted"), minted, "nothing was paid to the other contract");
    const calls = await page.evaluate(() => window.__testWallet.calls);
    assert.ok(!calls.includes("eth_sendTransaction") && !calls.includes("wallet_addEthereumChain"), calls.join(","));
    const refused = page.getByTestId("keeper-refused");
    assert.ok(await refused.isVisible(), "the page refuses the keeper");
    assert.match(await refused.innerText(), new RegExp(`works for another contract \\(${other}\\), not GenImNFT at ${contract}`, "i"));
    assert.match(await refused.innerText(), /nothing can be paid through it/);
    assert.equal(await page.getByTestId("mint").count(), 0);
    await page.context().close();
  });

  it("a page built for an address whose code is not GenImNFT's blocks the mint, in words, checked through the wallet", async () => {
    // An operator's build for `other` (whose code differs from GenImNFT's), with a keeper that agrees.
    const site = await serveStatic(await buildPage({ chainId: 31337, contract: other, rpcUrl: chain.url, outDir: join(dir, "dist-other") }, dir));
    const real = await (await fetch(`${keeper.url}api/config`)).json();
    const agreeing = await serveKeeperProxy(keeper.url, (path) => (path === "/api/config" ? { ...real, contract: other } : undefined));
    const page = await newPage();
    await page.goto(`${site.url}?keeper=${encodeURIComponent(agreeing.url)}`);
    await page.getByTestId("connect").click();
    await page.getByTestId("account").waitFor({ timeout: 10_000 });
    const minted = await readOther("totalMinted");
    await page.getByLabel("Prompt").fill("paid to a contract that is not GenImNFT");
    if (await page.getByTestId("mint").isEnabled()) {
      await page.getByTestId("mint").click();
      await page.getByTestId("progress").or(page.getByTestId("error")).first().waitFor({ timeout: 20_000 });
    }
    await waitFor("the check (or, without one, the payment)", async () =>
      (await page.locator("[data-testid=code-check][data-state=bad]").count()) > 0 || (await readOther("totalMinted")) > minted,
      { timeoutMs: 20_000 });
    assert.equal(await readOther("totalMinted"), minted, "nothing was paid to a contract that is not GenImNFT");
    const check = page.locator("[data-testid=code-check][data-state=bad]");
    await check.waitFor({ timeout: 5_000 });
    assert.match(await check.innerText(), new RegExp(`The contract at ${other} is not GenImNFT: its code is different`, "i"));
    assert.equal(await page.getByTestId("mint").isDisabled(), true);
    assert.equal(await page.getByTestId("mint").innerText(), "Not a GenImNFT contract");
    await shot(page, "19-code-mismatch");
    const calls = await page.evaluate(() => window.__testWallet.calls);
    assert.ok(calls.includes("eth_getCode"), `the code is read through the wallet: ${calls.join(",")}`);
    assert.ok(!calls.includes("eth_sendTransaction"), calls.join(","));
    assert.equal(await readOther("totalMinted"), minted);
    await page.context().close();
  });

  it("on the wrong chain, offers to switch, adding the chain when the wallet does not know it", async () => {
    const page = await newPage({ chainId: "0x1", knownChains: ["0x1"] });
    await connect(page);
    await page.getByTestId("wrong-chain").waitFor();
    assert.match(await page.getByTestId("mint").innerText(), /Switch to Anvil/);
    assert.equal(await page.getByTestId("mint").isDisabled(), true);
    await shot(page, "02-wrong-chain");
    await page.getByTestId("switch-chain").click();
    await page.getByTestId("wrong-chain").waitFor({ state: "detached" });
    const calls = await page.evaluate(() => window.__testWallet.calls);
    assert.ok(calls.includes("wallet_switchEthereumChain"), calls.join(","));
    assert.ok(calls.includes("wallet_addEthereumChain"), calls.join(","));
    const added = await page.evaluate(() => window.__testWallet.added);
    assert.equal(added.chainId, "0x7a69");
    assert.equal(added.rpcUrls[0], `${chain.url}/`);
    await page.getByLabel("Prompt").fill("a switched wallet");
    assert.match(await page.getByTestId("mint").innerText(), /Mint for 0.00003 ETH/);
    await page.context().close();
  });

  it("an over-long prompt is blocked before anything is sent", async () => {
    const page = await newPage();
    await connect(page);
    const minted = await read("totalMinted");
    // 334 euro signs: 334 characters but 1,002 bytes.
    await page.getByLabel("Prompt").fill("€".repeat(334));
    assert.equal(await page.getByTestId("byte-count").innerText(), "1,002 / 1,000 bytes (2 too many)");
    assert.equal(await page.getByTestId("mint").isDisabled(), true);
    assert.equal(await page.getByTestId("mint").innerText(), "Prompt too long");
    // Even a forced submit is refused by the page itself.
    await page.evaluate(() => document.querySelector("form.mint").requestSubmit());
    await page.getByTestId("error").waitFor();
    assert.match(await page.getByTestId("error").innerText(), /too long: 1,002 bytes, the limit is 1,000/);
    await shot(page, "03-prompt-too-long");
    const calls = await page.evaluate(() => window.__testWallet.calls);
    assert.ok(!calls.includes("eth_sendTransaction"), calls.join(","));
    assert.equal(await read("totalMinted"), minted);
    await page.context().close();
  });

  it("a request rejected in the wallet gives a clear message and nothing is stuck", async () => {
    const page = await newPage();
    await connect(page);
    const minted = await read("totalMinted");
    await page.evaluate(() => window.__testWallet.reject.push("eth_sendTransaction"));
    await page.getByLabel("Prompt").fill("a rejected request");
    await page.getByTestId("mint").click();
    await page.getByTestId("error").waitFor();
    assert.equal(await page.getByTestId("error").getAttribute("data-kind"), "rejected");
    assert.match(await page.getByTestId("error").innerText(), /declined the request in your wallet/);
    assert.equal(await page.getByTestId("mint").isEnabled(), true);
    assert.equal(await page.getByLabel("Prompt").isEnabled(), true);
    await shot(page, "04-rejected");
    assert.equal(await read("totalMinted"), minted);
    // Nothing is stuck: the next attempt goes through to the wallet again.
    await page.evaluate(() => (window.__testWallet.reject = []));
    assert.equal(await page.getByTestId("mint").innerText(), "Mint for 0.00003 ETH");
    await page.context().close();
  });

  let deliveredId;
  let mintPage;
  const PROMPT = "a lighthouse on a basalt cliff at dusk, oil painting";

  it("mint with the keyboard → progress in words → the image with its prompt and a metadata hash that matches the chain", async () => {
    const t0 = Date.now();
    const page = await newPage();
    await connect(page);
    await recordPhases(page);
    const prompt = page.getByLabel("Prompt");
    await prompt.focus();
    await page.keyboard.type(PROMPT);
    assert.equal(await page.getByTestId("byte-count").innerText(), `${PROMPT.length} / 1,000 bytes`);
    // Tab from the prompt reaches the mint button; Enter mints.
    await waitFor("the mint button to take the focus", async () => {
      await page.keyboard.press("Tab");
      return page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "mint");
    }, { timeoutMs: 5000, intervalMs: 0 });
    await page.keyboard.press("Enter");
    await page.getByTestId("progress").waitFor();
    const panelBefore = await page.getByTestId("progress").boundingBox();
    await page.locator("[data-testid=progress][data-phase=mined], [data-testid=progress][data-phase=queued], [data-testid=progress][data-phase=generating], [data-testid=progress][data-phase=stored], [data-testid=progress][data-phase=delivering], [data-testid=progress][data-phase=delivered]").waitFor({ timeout: 20_000 });
    const card = page.getByTestId("token-card").first();
    await card.waitFor();
    // The image box as first shown (placeholder or loading); it is replaced by the final card.
    const frameBefore = await waitFor("the image box", () => card.locator(".frame").boundingBox({ timeout: 1000 }));
    await page.locator("[data-testid=progress][data-phase=delivered]").waitFor({ timeout: 60_000 });
    await page.locator("[data-testid=token-card][data-status=delivered] [data-testid=metadata-hash]").waitFor({ timeout: 20_000 });
    deliveredId = BigInt(await card.getAttribute("data-token-id"));

    // The chain is the truth: delivered, with the hash of the metadata the page fetched.
    const record = await read("request", [deliveredId]);
    assert.equal(record.status, 2);
    assert.equal(record.requester, BUYER.address);
    assert.equal(record.paid, PRICES[0]);
    const hash = card.getByTestId("metadata-hash");
    assert.equal(await hash.getAttribute("data-sha256"), record.metadataHash);
    assert.equal(await hash.getAttribute("data-matches"), "true");
    assert.equal(await card.getByTestId("prompt").innerText(), PROMPT);
    const image = card.locator(".frame img");
    await waitFor("the image to load", () => image.evaluate((img) => img.complete && img.naturalWidth === 512));
    assert.match(await image.getAttribute("alt"), /lighthouse/);
    assert.ok(await card.getByRole("link", { name: "Metadata" }).isVisible());

    // The progress was told in words, step by step; nothing jumped while waiting.
    const phases = await page.evaluate(() => window.__phases);
    assert.deepEqual(phases.slice(0, 1), ["wallet"], phases.join(","));
    assert.ok(phases.includes("mined") && phases.at(-1) === "delivered", phases.join(","));
    for (const [a, b] of phases.slice(1).map((p, i) => [phases[i], p])) {
      const order = ["wallet", "sent", "mined", "queued", "generating", "stored", "delivering", "delivered"];
      assert.ok(order.indexOf(b) > order.indexOf(a), `went back from ${a} to ${b}`);
    }
    assert.match(await page.getByTestId("progress-text").innerText(), /Delivered: token #\d+ has its image/);
    const panelAfter = await page.getByTestId("progress").boundingBox();
    assert.deepEqual(panelAfter, panelBefore, "the progress panel kept its place and size");
    assert.deepEqual(await card.locator(".frame").boundingBox(), frameBefore, "the image box kept its size");
    await shot(page, "05-delivered");
    // The README's picture (copied by hand to keeper/web/docs/ when the page changes): small JPEG.
    await page.screenshot({ path: join(SHOTS, "readme-delivered.jpg"), type: "jpeg", quality: 80, fullPage: true });
    assert.deepEqual(page.problems, []);
    timings.push(`mint to image ${Date.now() - t0} ms`);
    mintPage = page;
  });

  it("after a mint the same button does not pay again with one click", async () => {
    const page = mintPage;
    assert.equal(await sends(page), 1);
    const minted = await read("totalMinted");
    // The form was cleared once paid: one more click asks for a prompt instead of paying again.
    assert.equal(await page.getByLabel("Prompt").inputValue(), "");
    await page.getByTestId("mint").click();
    await page.getByTestId("error").waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId("error").getAttribute("data-kind"), "empty_prompt");
    await shot(page, "20-no-double-pay");
    assert.equal(await sends(page), 1);
    assert.equal(await read("totalMinted"), minted);
  });

  it("the page shows who is paid before paying: contract, image service and the agents read from the chain", async () => {
    const page = mintPage;
    assert.equal((await page.getByTestId("pay-contract").innerText()).toLowerCase(), contract.toLowerCase());
    assert.equal(await page.getByTestId("pay-keeper").innerText(), new URL(keeper.url).host);
    const agent = anvilAccount(1).address;
    await page.getByTestId("pay-agents").filter({ hasText: `${agent.slice(0, 6)}…${agent.slice(-4)}` }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("[data-testid=code-check]").getAttribute("data-state"), "ok");
  });

  it("a job the keeper reports as image_spooled shows as made and stored, not as still generating", async () => {
    // The keeper's answer for the token's job is held at image_spooled (the upload is what remains).
    const spooling = await serveKeeperProxy(keeper.url, (path) => {
      const match = /^\/tokens\/(\d+)$/.exec(path);
      return match ? { token_id: Number(match[1]), state: "image_spooled" } : undefined;
    });
    const page = await newPage();
    await page.goto(`${keeper.url}?keeper=${encodeURIComponent(spooling.url)}`);
    await page.getByTestId("connect").click();
    await page.getByTestId("account").waitFor({ timeout: 10_000 });
    await page.getByRole("radio", { name: /0.00005 ETH/ }).check();
    await page.getByLabel("Prompt").fill("an image spooled on the keeper's disk");
    await page.getByTestId("mint").click();
    await page.locator("[data-testid=progress][data-phase=stored]").waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId("progress-text").innerText(), /The image for token #\d+ is made and stored\. Delivering it/);
    await shot(page, "21-image-spooled");
    await page.context().close();
  });

  it("after a reload the token is in My images, and in the public recent images", async () => {
    const page = mintPage;
    await page.reload();
    // The wallet reconnects without a prompt (eth_accounts), as a real wallet does for a known site.
    await page.getByTestId("account").waitFor({ timeout: 10_000 });
    await page.getByRole("link", { name: "My images" }).click();
    const card = page.locator(`[data-testid=token-card][data-token-id="${deliveredId}"]`);
    await card.waitFor({ timeout: 20_000 });
    assert.equal(await card.getAttribute("data-status"), "delivered");
    assert.equal(await card.getByTestId("prompt").innerText(), PROMPT);
    await waitFor("the gallery image", () => card.locator("img").evaluate((img) => img.complete && img.naturalWidth > 0));
    await shot(page, "06-my-images");
    await page.getByRole("link", { name: "Recent" }).click();
    const recent = page.locator(`[data-testid=token-card][data-token-id="${deliveredId}"][data-status=delivered]`);
    await recent.waitFor({ timeout: 20_000 });
    await shot(page, "07-recent");
    await page.context().close();
  });

  it("image given up → deadline passed (time warp) → Refund → token gone and the money back", async () => {
    const page = await newPage();
    await connect(page);
    await page.getByRole("radio", { name: /0.00005 ETH/ }).check();
    await page.getByLabel("Prompt").fill("a tier the keeper cannot make in time");
    await page.getByTestId("mint").click();
    await page.locator("[data-testid=progress][data-phase=given_up]").waitFor({ timeout: 30_000 });
    const card = page.getByTestId("token-card").first();
    const id = BigInt(await card.getAttribute("data-token-id"));
    await page.locator("[data-testid=token-card][data-status=given_up]").waitFor({ timeout: 10_000 });
    assert.match(await card.innerText(), /gave up on this image\. You can take your money back after /);
    await shot(page, "08-given-up");

    const record = await read("request", [id]);
    assert.equal(record.status, 1);
    const now = Number((await client.getBlock()).timestamp);
    await rpc(chain.url, "evm_increaseTime", [Number(record.deadline) - now + 5]);
    await rpc(chain.url, "evm_mine", []);
    const refund = card.getByTestId("refund");
    await refund.waitFor({ timeout: 15_000 });
    assert.equal(await refund.innerText(), "Refund 0.00005 ETH");
    await shot(page, "09-refund-due");

    const before = await client.getBalance({ address: BUYER.address });
    const heldBefore = await read("balanceOf", [BUYER.address]);
    await refund.click();
    await page.locator("[data-testid=refund-message]", { hasText: "came back to your wallet" }).waitFor({ timeout: 20_000 });
    assert.match(await page.getByTestId("refund-message").innerText(), /Refunded: 0\.00005 ETH came back to your wallet/);
    await page.locator("[data-testid=token-card][data-status=refunded]").waitFor({ timeout: 10_000 });
    await shot(page, "10-refunded");

    // On chain: refunded, burned, and the escrow back minus only the network fee.
    assert.equal((await read("request", [id])).status, 3);
    await assert.rejects(read("ownerOf", [id]));
    assert.equal(await read("balanceOf", [BUYER.address]), heldBefore - 1n);
    const latest = await client.getBlockNumber();
    let receipt;
    for (let n = latest; n >= 0n && n > latest - 5n && !receipt; n--) {
      const block = await client.getBlock({ blockNumber: n, includeTransactions: true });
      const tx = block.transactions.find((t) => t.from.toLowerCase() === BUYER.address.toLowerCase());
      if (tx) receipt = await client.getTransactionReceipt({ hash: tx.hash });
    }
    assert.ok(receipt, "the refund transaction");
    const after = await client.getBalance({ address: BUYER.address });
    assert.equal(after, before + PRICES[1] - receipt.gasUsed * receipt.effectiveGasPrice);
    await page.context().close();
  });

  it("a paused contract gives a clear message", async () => {
    const page = await newPage();
    await connect(page);
    await page.getByLabel("Prompt").fill("minting while paused");
    await sendAsOwner("pause");
    const minted = await read("totalMinted");
    await page.getByTestId("mint").click();
    await page.getByTestId("error").waitFor();
    assert.equal(await page.getByTestId("error").getAttribute("data-kind"), "paused");
    assert.match(await page.getByTestId("error").innerText(), /Minting is paused by the operator/);
    await page.getByTestId("paused").waitFor();
    await waitFor("the mint button to say paused", async () => (await page.getByTestId("mint").innerText()) === "Minting is paused");
    await shot(page, "11-paused");
    assert.equal(await read("totalMinted"), minted);
    await sendAsOwner("unpause");
    await page.context().close();
  });

  it("a wallet without enough ETH gets told so, and nothing is sent", async () => {
    // An account Anvil signs for, holding less than the price.
    const poor = "0x000000000000000000000000000000000000bEEF";
    await rpc(chain.url, "anvil_impersonateAccount", [poor]);
    await rpc(chain.url, "anvil_setBalance", [poor, "0x3e8"]);
    const page = await newPage({ account: poor });
    await connect(page);
    const minted = await read("totalMinted");
    await page.getByLabel("Prompt").fill("an image I cannot afford");
    await page.getByTestId("mint").click();
    await page.getByTestId("error").waitFor();
    assert.equal(await page.getByTestId("error").getAttribute("data-kind"), "insufficient_funds");
    assert.match(await page.getByTestId("error").innerText(), /does not have enough ETH/);
    await shot(page, "12-insufficient-funds");
    const calls = await page.evaluate(() => window.__testWallet.calls);
    assert.ok(!calls.includes("eth_sendTransaction"), calls.join(","));
    assert.equal(await read("totalMinted"), minted);
    await page.context().close();
  });

  it("a tier withdrawn while the page was open gives a clear message, and shows as not on offer", async () => {
    const page = await newPage();
    await connect(page);
    await page.getByRole("radio", { name: /0.00005 ETH/ }).check();
    await page.getByLabel("Prompt").fill("a tier that just went away");
    await sendAsOwner("setTier", [1, 0n, 0n, 0]);
    await page.getByTestId("mint").click();
    await page.getByTestId("error").waitFor();
    assert.equal(await page.getByTestId("error").getAttribute("data-kind"), "tier_disabled");
    assert.match(await page.getByTestId("error").innerText(), /not on offer any more/);
    await page.getByText("not on offer", { exact: true }).waitFor();
    assert.equal(await page.getByRole("radio", { name: /^Premium.*not on offer/ }).isDisabled(), true);
    await shot(page, "13-tier-disabled");
    await sendAsOwner("setTier", [1, PRICES[1], 0n, WINDOWS[1]]);
    await page.context().close();
  });

  it("malformed metadata does not unmount the page; metadata that does not match the chain shows no image", async () => {
    // A second agent delivers two tier-1 tokens (the keeper gives those up) with metadata it wrote.
    const agent = anvilAccount(5);
    await sendAsOwner("setAgent", [agent.address, true]);
    const mintOne = async (prompt) => {
      await sendAs(BUYER.address, "mint", [prompt, 1, await read("terms")], PRICES[1]);
      return read("totalMinted");
    };
    const malformedId = await mintOne("metadata with attributes that are not a list");
    const forgedId = await mintOne("metadata that is not what the chain says");
    const delivered = await (await fetch(await read("tokenURI", [deliveredId]))).json();
    const store = (id, text, hash) => {
      mkdirSync(join(dir, "data", "metadata"), { recursive: true });
      writeFileSync(join(dir, "data", "metadata", `${hash.slice(2)}.json`), text);
      return sendAs(agent.address, "fulfil", [id, hash]);
    };
    const malformed = JSON.stringify({ name: `GenImNFT #${malformedId}`, image: delivered.image, attributes: {} });
    await store(malformedId, malformed, `0x${createHash("sha256").update(malformed).digest("hex")}`);
    const forged = JSON.stringify({ name: `GenImNFT #${forgedId}`, image: delivered.image, attributes: [] });
    await store(forgedId, forged, `0x${createHash("sha256").update("something else").digest("hex")}`);

    const page = await newPage();
    await page.goto(`${keeper.url}#/token/${malformedId}`);
    const card = page.locator(`[data-testid=token-card][data-token-id="${malformedId}"][data-status=delivered]`);
    await card.waitFor({ timeout: 20_000 });
    assert.equal(await card.getByTestId("metadata-hash").getAttribute("data-matches"), "true");
    assert.match(await card.getByTestId("metadata-problems").innerText(), /"attributes" is not a list/);
    assert.ok(await page.getByRole("link", { name: "My images" }).isVisible());
    await shot(page, "22-malformed-metadata");

    await page.goto(`${keeper.url}#/token/${forgedId}`);
    const forgedCard = page.locator(`[data-testid=token-card][data-token-id="${forgedId}"][data-status=delivered]`);
    await forgedCard.waitFor({ timeout: 20_000 });
    assert.equal(await forgedCard.getByTestId("metadata-hash").getAttribute("data-matches"), "false");
    await forgedCard.getByTestId("image-withheld").waitFor();
    assert.equal(await forgedCard.locator(".frame img").count(), 0);
    await shot(page, "23-metadata-mismatch");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it("is readable at 375 px wide", async () => {
    const page = await newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${keeper.url}#/token/${deliveredId}`);
    await page.locator("[data-testid=token-card][data-status=delivered]").waitFor({ timeout: 20_000 });
    await waitFor("the image", () => page.locator(".frame img").evaluate((img) => img.complete && img.naturalWidth > 0));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `page is ${width} px wide`);
    await shot(page, "14-mobile-token");
    await page.goto(keeper.url);
    await page.getByLabel("Prompt").waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375);
    await shot(page, "15-mobile-create");
    await page.context().close();
  });

  it("hosted elsewhere (a CDN) it uses the keeper cross-origin; with the keeper down it still shows what the chain says", async () => {
    const page = await newPage();
    // The same build, served as plain static files from another origin (as a CDN would).
    const cdn = await serveStatic(join(WEB, "dist"));
    const hosted = `${cdn.url}?keeper=${encodeURIComponent(keeper.url)}#/mine`;
    await page.goto(hosted);
    await page.getByTestId("connect").click();
    const card = page.locator(`[data-testid=token-card][data-token-id="${deliveredId}"]`);
    await card.waitFor({ timeout: 20_000 });
    await waitFor("the image from the keeper", () => card.locator("img").evaluate((img) => img.complete && img.naturalWidth > 0));
    await shot(page, "16-cdn-hosted");

    await stop(keeper.keeper);
    await page.reload();
    await page.getByTestId("keeper-down").waitFor({ timeout: 20_000 });
    await card.waitFor({ timeout: 30_000 });
    assert.equal(await card.getAttribute("data-status"), "delivered");
    // The prompt now comes from the chain's ImageRequested log.
    assert.equal(await card.getByTestId("prompt").innerText(), PROMPT);
    await shot(page, "17-keeper-down");
    await page.context().close();
    cdn.server.close();
  });

  it("a keeper that stopped answering is noticed at load, before any mint", async () => {
    // The previous test stopped the keeper: start it again, then stop it between two visits.
    keeper = await startKeeper({ rpcUrl: chain.url, contract, port: keeperPort, workDir: dir, minTimeLeftSecs: MIN_TIME_LEFT, tiers: [0, 1] });
    const cdn = await serveStatic(join(WEB, "dist"));
    const url = `${cdn.url}?keeper=${encodeURIComponent(keeper.url)}`;
    const page = await newPage();
    await page.goto(url);
    await page.getByTestId("mint").waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId("keeper-down").count(), 0);
    await stop(keeper.keeper);
    await page.goto(url);
    await page.getByTestId("keeper-down").waitFor({ timeout: 15_000 });
    // The page still works from the chain (and the saved copy of the keeper's settings).
    await page.getByTestId("mint").waitFor();
    await shot(page, "24-keeper-down-at-load");
    await page.context().close();
  });
});

process.on("unhandledRejection", (error) => {
  console.error(error);
  console.error(`keeper log:\n${tail(join(dir ?? ".", "keeper.log"))}`);
});
