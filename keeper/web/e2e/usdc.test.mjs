// Paying with USDC in headless Chromium: the wallet signs (eth_signTypedData_v4), the keeper relays,
// the page follows the same progress as an ETH mint. Anvil, the test USDC (test/utils/TestUSDC.sol),
// GenImNFT deployed with USDC prices by script/Deploy.s.sol, and the real `genim` keeper serving the
// page and relaying the signed payments with its own relayer key.
// The buyer holds USDC and no ETH at all.

import assert from "node:assert/strict";
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
  deployTestUsdc,
  freePort,
  rpc,
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
  "function tiers(uint8) view returns (uint256 price, uint256 usdcPrice, uint32 window)",
  "function setTier(uint8 tier, uint256 price, uint256 usdcPrice, uint32 window)",
  "function refund(uint256 tokenId)",
]);
const erc20 = parseAbi(["function balanceOf(address) view returns (uint256)", "function mint(address to, uint256 amount)"]);

const PRICES = [30_000_000_000_000n, 50_000_000_000_000n];
const USDC_PRICES = [100_000n, 150_000n];
const WINDOWS = [3600, 30];
// More than tier 1's window: the keeper gives up on tier 1 tokens at once.
const MIN_TIME_LEFT = 120;
const BUYER = anvilAccount(5);
const OWNER = anvilAccount(0);
const RELAYER = anvilAccount(7);
const WALLET_SCRIPT = readFileSync(join(WEB, "e2e", "test-wallet.js"), "utf8");
const STATUS = { Pending: 1, Delivered: 2, Refunded: 3 };

let dir;
let chain;
let contract;
let usdc;
let keeper;
let relay; // the page's keeper, which relays
let client;
let browser;

const read = (functionName, args = []) => client.readContract({ address: contract, abi, functionName, args });
const usdcOf = (account) => client.readContract({ address: usdc, abi: erc20, functionName: "balanceOf", args: [account] });

async function send(from, to, data) {
  const hash = await rpc(chain.url, "eth_sendTransaction", [{ from, to, data }]);
  const receipt = await client.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, "success");
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
  const cfg = { rpcUrl: chain.url, account: BUYER.address, chainId: "0x7a69", anvilChainId: "0x7a69", knownChains: ["0x7a69"] };
  await context.addInitScript({ content: WALLET_SCRIPT.replace("__GENIM_WALLET__", JSON.stringify(cfg)) });
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  return page;
}

async function open(page) {
  const url = relay === keeper.url ? keeper.url : `${keeper.url}?keeper=${encodeURIComponent(relay)}`;
  await page.goto(url);
  await page.getByTestId("connect").or(page.getByTestId("account")).first().waitFor({ timeout: 15_000 });
  if (await page.getByTestId("connect").isVisible()) await page.getByTestId("connect").click();
  await page.getByTestId("account").waitFor({ timeout: 10_000 });
}

async function chooseTier(page, tier) {
  await page.locator(`input[name=tier][value="${tier}"]`).check();
}

const walletCalls = (page) => page.evaluate(() => window.__testWallet.calls);

/** `genim_relays_accepted_total` from the keeper's admin listener. */
async function relaysAccepted() {
  const text = await (await fetch(`${keeper.admin}metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("genim_relays_accepted_total "));
  return Number(line?.split(" ")[1] ?? NaN);
}

describe("paying with USDC in Chromium", { timeout: 300_000 }, () => {
  before(async () => {
    dir = workDir();
    chain = await startAnvil(dir);
    usdc = await deployTestUsdc(chain.url, dir);
    const port = await freePort();
    contract = await deploy(
      chain.url,
      {
        agents: [anvilAccount(1).address],
        prices: PRICES,
        windows: WINDOWS,
        metadataBaseUri: `http://127.0.0.1:${port}/metadata/`,
        usdc,
        usdcPrices: USDC_PRICES,
      },
      dir,
    );
    client = createPublicClient({ transport: http(chain.url), pollingInterval: 100 });
    // The buyer has USDC and not a single wei of ETH: no gas can be paid from this wallet.
    await send(OWNER.address, usdc, encodeFunctionData({ abi: erc20, functionName: "mint", args: [BUYER.address, 10_000_000n] }));
    await rpc(chain.url, "anvil_setBalance", [BUYER.address, "0x0"]);
    await buildPage({ chainId: 31337, contract, rpcUrl: chain.url, chainName: "Anvil (local)" }, dir);
    keeper = await startKeeper({
      rpcUrl: chain.url,
      contract,
      port,
      workDir: dir,
      minTimeLeftSecs: MIN_TIME_LEFT,
      tiers: [0, 1],
      // USDC escrow is valued against gas at this rate (no feed on this chain).
      extra: "[prices]\nusd_per_eth = 3000.0\n",
      env: { GENIM_RELAY_KEY: RELAYER.key },
    });
    const config = await (await fetch(`${keeper.url}api/config`)).json();
    assert.equal(config.usdc?.relay, true, "the keeper relays USDC payments");
    relay = keeper.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await stopAll();
  });

  it("tiers show their USDC price in dollars, and an approximate dollar value next to the ETH price", async () => {
    const page = await newPage();
    await open(page);
    const first = page.locator("label.tier").first();
    await first.getByTestId("tier-usdc").waitFor();
    assert.equal(await first.getByTestId("tier-usdc").innerText(), "or $0.10 in USDC");
    assert.match(await first.getByTestId("tier-eth").innerText(), /^0\.00003 ETH \(≈ \$\d+\.\d\d\)$/);
    assert.match(await page.getByTestId("pay-usdc").innerText(), /^Pay with USDC — no ETH needed \(\$0\.10\)$/);
    await page.screenshot({ path: join(SHOTS, "usdc-01-tiers.png"), fullPage: true });
    await page.context().close();
  });

  it("sign, relay, deliver: the buyer pays $0.10 in USDC with no ETH, and the image arrives", async () => {
    const page = await newPage();
    await open(page);
    const before = await usdcOf(BUYER.address);
    const minted = await read("totalMinted");
    await chooseTier(page, 0);
    await page.getByLabel("Prompt").fill("a red fox asleep in fresh snow, watercolour");
    await page.getByTestId("pay-usdc").click();
    await page.locator("[data-testid=progress][data-phase=delivered]").waitFor({ timeout: 90_000 });
    const id = minted + 1n;
    const token = await read("request", [id]);
    assert.equal(token.currency, 1, "a USDC token");
    assert.equal(token.status, STATUS.Delivered);
    assert.equal(token.paid, USDC_PRICES[0]);
    assert.equal((await read("ownerOf", [id])).toLowerCase(), BUYER.address.toLowerCase());
    assert.equal(await usdcOf(BUYER.address), before - USDC_PRICES[0]);
    assert.equal(await client.getBalance({ address: BUYER.address }), 0n, "not a wei of ETH spent (or held)");
    const calls = await walletCalls(page);
    assert.ok(calls.includes("eth_signTypedData_v4"), calls.join(","));
    assert.ok(!calls.includes("eth_sendTransaction"), "the buyer sends no transaction");
    // The progress list of the USDC path, all done.
    const steps = await page.locator("[data-testid=progress] li").allInnerTexts();
    assert.deepEqual(
      steps.map((s) => s.replace(/ \(token #\d+\)$/, "")),
      ["Waiting for your signature", "Sending your signed payment", "Paid", "Queued", "Generating the image", "Image stored", "Delivering on chain", "Delivered"],
    );
    assert.equal(await page.locator("[data-testid=progress] li.done").count(), 8);
    await page.getByTestId("paid").waitFor();
    assert.equal(await page.getByTestId("paid").innerText(), "$0.10 in USDC");
    assert.equal(await page.getByLabel("Prompt").inputValue(), "", "the prompt is cleared once paid");
    await page.screenshot({ path: join(SHOTS, "usdc-02-delivered.png"), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it("a reload while the payment is being relayed continues following it, and pays once", async () => {
    const page = await newPage();
    await open(page);
    const before = await usdcOf(BUYER.address);
    const minted = await read("totalMinted");
    // The relay's transaction stays pending until a block is mined by hand.
    await rpc(chain.url, "evm_setAutomine", [false]);
    try {
      await chooseTier(page, 0);
      await page.getByLabel("Prompt").fill("followed across a reload");
      await page.getByTestId("pay-usdc").click();
      await page.locator("[data-testid=progress][data-phase=relaying]").waitFor({ timeout: 20_000 });
      await page.reload();
      await page.locator("[data-testid=progress][data-phase=relaying]").waitFor({ timeout: 20_000 });
      assert.match(await page.getByTestId("progress-text").innerText(), /Your signed payment (was sent to the chain|is with the image service)/);
    } finally {
      await rpc(chain.url, "evm_setAutomine", [true]);
      await rpc(chain.url, "evm_mine", []);
    }
    await page.locator("[data-testid=progress][data-phase=delivered]").waitFor({ timeout: 90_000 });
    assert.equal(await read("totalMinted"), minted + 1n, "one token");
    assert.equal(await usdcOf(BUYER.address), before - USDC_PRICES[0], "paid once");
    // Done: a further reload shows a fresh form, not the old payment.
    await page.reload();
    await page.getByTestId("pay-usdc").waitFor();
    assert.equal(await page.getByTestId("progress").count(), 0);
    await page.context().close();
  });

  it("signature rejected in the wallet: words, nothing relayed, nothing paid, the prompt kept", async () => {
    const page = await newPage();
    await open(page);
    await page.evaluate(() => window.__testWallet.reject.push("eth_signTypedData_v4"));
    const before = await usdcOf(BUYER.address);
    const minted = await read("totalMinted");
    const accepted = await relaysAccepted();
    await page.getByLabel("Prompt").fill("never signed");
    await page.getByTestId("pay-usdc").click();
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 20_000 });
    assert.equal(await error.getAttribute("data-kind"), "rejected");
    assert.match(await error.innerText(), /You declined the request in your wallet\. Nothing was sent and nothing was paid\./);
    assert.equal(await page.getByLabel("Prompt").inputValue(), "never signed");
    assert.equal(await relaysAccepted(), accepted, "nothing was posted to the relay");
    assert.equal(await read("totalMinted"), minted);
    assert.equal(await usdcOf(BUYER.address), before);
    assert.ok(await page.getByTestId("pay-usdc").isEnabled(), "the buyer can try again");
    await page.screenshot({ path: join(SHOTS, "usdc-03-signature-rejected.png"), fullPage: true });
    await page.context().close();
  });

  it("price changed after signing: the relay refuses, the page says so in words, the new price shows, nothing is paid", async () => {
    const page = await newPage();
    await open(page);
    const before = await usdcOf(BUYER.address);
    const minted = await read("totalMinted");
    await page.evaluate(() => (window.__testWallet.holdSign = true));
    await chooseTier(page, 0);
    await page.getByLabel("Prompt").fill("signed at the old price");
    await page.getByTestId("pay-usdc").click();
    await waitFor("the signature", () => page.evaluate(() => window.__testWallet.signed.length === 1), { timeoutMs: 20_000 });
    const signed = await page.evaluate(() => window.__testWallet.signed[0]);
    assert.equal(signed.primaryType, "ReceiveWithAuthorization");
    assert.equal(signed.message.value, "100000");
    assert.equal(signed.message.to.toLowerCase(), contract.toLowerCase());
    // The operator raises the USDC price between the signature and the relay.
    const [price, , window] = await read("tiers", [0]);
    await send(OWNER.address, contract, encodeFunctionData({ abi, functionName: "setTier", args: [0, price, 120_000n, window] }));
    await page.evaluate(() => (window.__testWallet.holdSign = false));
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 20_000 });
    assert.equal(await error.getAttribute("data-kind"), "price_changed");
    assert.match(await error.innerText(), /The USDC price changed to \$0\.12 after you signed\. Nothing was paid\./);
    await waitFor("the new price shown", async () => (await page.getByTestId("pay-usdc").innerText()).includes("$0.12"), { timeoutMs: 10_000 });
    assert.equal(await page.getByLabel("Prompt").inputValue(), "signed at the old price", "the prompt is given back");
    assert.equal(await read("totalMinted"), minted);
    assert.equal(await usdcOf(BUYER.address), before);
    await page.screenshot({ path: join(SHOTS, "usdc-04-price-changed.png"), fullPage: true });
    await send(OWNER.address, contract, encodeFunctionData({ abi, functionName: "setTier", args: [0, price, USDC_PRICES[0], window] }));
    await page.context().close();
  });

  it("given up: the page says the USDC comes back with no gas; after the deadline the token is refunded", async () => {
    const page = await newPage();
    await open(page);
    const before = await usdcOf(BUYER.address);
    const minted = await read("totalMinted");
    await chooseTier(page, 1);
    await page.getByLabel("Prompt").fill("too slow to make in time");
    await page.getByTestId("pay-usdc").click();
    await page.locator("[data-testid=progress][data-phase=given_up]").waitFor({ timeout: 60_000 });
    const id = minted + 1n;
    assert.equal(await usdcOf(BUYER.address), before - USDC_PRICES[1]);
    assert.match(await page.getByTestId("progress-text").innerText(), /Your USDC comes back automatically after the deadline: no gas needed\./);
    await page.screenshot({ path: join(SHOTS, "usdc-05-given-up.png"), fullPage: true });
    // Past the deadline.
    await rpc(chain.url, "evm_increaseTime", [WINDOWS[1] + 5]);
    await rpc(chain.url, "evm_mine", []);
    // The page says the keeper refunds it, with no gas; then the keeper does, once the deadline
    // has passed on its clock too.
    const note = page.getByTestId("usdc-refund-note");
    await note.waitFor({ timeout: 20_000 });
    assert.match(await note.innerText(), /refunds USDC payments automatically: \$0\.15 in USDC comes back to your wallet, no gas needed/);
    await page.screenshot({ path: join(SHOTS, "usdc-06-refund-due.png"), fullPage: true });
    await waitFor("the keeper's refund", async () => (await read("request", [id])).status === STATUS.Refunded, { timeoutMs: 90_000 });
    await page.locator("[data-testid=progress][data-phase=refunded]").waitFor({ timeout: 30_000 });
    assert.equal(await usdcOf(BUYER.address), before, "the buyer has the USDC back");
    assert.equal(await client.getBalance({ address: BUYER.address }), 0n, "without any ETH");
    await page.screenshot({ path: join(SHOTS, "usdc-07-refunded.png"), fullPage: true });
    await page.context().close();
  });
});
