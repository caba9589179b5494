// End-to-end harness: a real Anvil, the contract deployed by the project's own forge script, the
// real `genim` keeper (procedural images, local storage) serving the built page, and headless
// Debian Chromium driven by playwright-core. Every wait is a condition with a bounded timeout.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { createServer as createHttpServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mnemonicToAccount } from "viem/accounts";
import { toHex } from "viem";

export const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(WEB, "..", "..");
export const SHOTS = join(WEB, "test-results", "screenshots");
const MNEMONIC = "test test test test test test test test test test test junk";

/** Anvil's well-known account `index` (worthless anywhere but a local chain). */
export function anvilAccount(index) {
  const account = mnemonicToAccount(MNEMONIC, { addressIndex: index });
  return { address: account.address, key: toHex(account.getHdKey().privateKey) };
}

const foundry = (tool) => join(ROOT, "node_modules", "@foundry-rs", `${tool}-linux-amd64`, "bin", tool);

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value; fails after `timeoutMs` naming `what`. */
export async function waitFor(what, check, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${last}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export async function rpc(url, method, params = []) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
  return body.result;
}

/** Processes started here, stopped by `stopAll` (and on exit). */
const children = new Set();
function start(name, command, args, options, logDir) {
  const log = join(logDir, `${name}.log`);
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.log = log;
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

export async function stop(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

const servers = new Set();

export async function stopAll() {
  for (const server of servers) server.close();
  servers.clear();
  await Promise.all([...children].map((child) => stop(child)));
}
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

export function tail(path, lines = 30) {
  try {
    return readFileSync(path, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export async function startAnvil(workDir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // An L2-like base fee (0.001 gwei): the keeper declines deliveries whose gas costs more than its
  // configured share of the escrow, as it would on a mainnet-priced chain.
  const anvil = start("anvil", foundry("anvil"), ["--port", String(port), "--silent", "--base-fee", "1000000"], {}, workDir);
  await waitFor("anvil to answer", async () => {
    if (anvil.exitCode !== null) throw new Error(`anvil exited: ${tail(anvil.log)}`);
    return (await rpc(url, "eth_chainId")) === "0x7a69";
  });
  return { anvil, url };
}

/** Deploys with script/Deploy.s.sol exactly as an operator would; returns the contract address. */
export async function deploy(rpcUrl, { agents, prices, windows, metadataBaseUri, usdc, usdcPrices }, workDir) {
  const env = {
    ...process.env,
    FOUNDRY_DISABLE_NIGHTLY_WARNING: "1",
    GENIM_AGENTS: agents.join(","),
    GENIM_TIER_PRICES: prices.join(","),
    GENIM_TIER_WINDOWS: windows.join(","),
    GENIM_METADATA_BASE_URI: metadataBaseUri,
    ...(usdc ? { GENIM_USDC: usdc, GENIM_TIER_USDC_PRICES: usdcPrices.join(",") } : {}),
    PATH: `${dirname(foundry("forge"))}:${process.env.PATH}`,
  };
  const forge = start(
    "forge-deploy",
    foundry("forge"),
    // --slow: one transaction at a time (Anvil's automine left a batch sent at once pending).
    ["script", "script/Deploy.s.sol:Deploy", "--rpc-url", rpcUrl, "--private-key", anvilAccount(0).key, "--broadcast", "--slow", "--silent"],
    { cwd: ROOT, env },
    workDir,
  );
  const code = await new Promise((resolve) => forge.once("exit", resolve));
  if (code !== 0) throw new Error(`forge script failed (${code}): ${tail(forge.log)}`);
  const run = JSON.parse(readFileSync(join(ROOT, "broadcast", "Deploy.s.sol", "31337", "run-latest.json"), "utf8"));
  const created = run.transactions.find((t) => t.transactionType === "CREATE");
  if (!created?.contractAddress) throw new Error("no CREATE transaction in the deploy broadcast");
  return created.contractAddress;
}

/** Deploys the test USDC (test/utils/TestUSDC.sol: EIP-3009 as USDC v2.2, mintable) with forge create. */
export async function deployTestUsdc(rpcUrl, workDir) {
  const forge = start(
    "forge-create-usdc",
    foundry("forge"),
    ["create", "test/utils/TestUSDC.sol:TestUSDC", "--rpc-url", rpcUrl, "--private-key", anvilAccount(0).key, "--broadcast"],
    { cwd: ROOT, env: { ...process.env, FOUNDRY_DISABLE_NIGHTLY_WARNING: "1" } },
    workDir,
  );
  const code = await new Promise((resolve) => forge.once("exit", resolve));
  if (code !== 0) throw new Error(`forge create TestUSDC failed (${code}): ${tail(forge.log)}`);
  const address = readFileSync(forge.log, "utf8")
    .split("\n")
    .map((line) => /^Deployed to: (0x[0-9a-fA-F]{40})/.exec(line.trim())?.[1])
    .filter(Boolean)
    .at(-1);
  if (!address) throw new Error(`forge create printed no "Deployed to:" line: ${tail(forge.log)}`);
  return address;
}

/**
 * Builds the page for one deployment (`vite build` with VITE_GENIM_*), as an operator does after
 * deploying: the chain and contract are fixed in the build. Into `outDir` (default: dist/).
 */
export async function buildPage({ chainId, contract, rpcUrl, chainName, outDir = join(WEB, "dist") }, logDir) {
  const env = {
    ...process.env,
    VITE_GENIM_CHAIN_ID: String(chainId),
    VITE_GENIM_CONTRACT: contract,
    VITE_GENIM_RPC_URL: rpcUrl ?? "",
    VITE_GENIM_CHAIN_NAME: chainName ?? "",
  };
  const name = `vite-build-${contract.slice(2, 10).toLowerCase()}`;
  const vite = start(
    name,
    join(WEB, "node_modules", ".bin", "vite"),
    ["build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"],
    { cwd: WEB, env },
    logDir,
  );
  const code = await new Promise((resolve) => vite.once("exit", resolve));
  if (code !== 0) throw new Error(`vite build failed (${code}): ${tail(vite.log)}`);
  return outDir;
}

/**
 * A keeper in front of the real one (CORS open, as the keeper's API is): answers what `answer`
 * returns for a path (a JSON value), and passes everything else through. Stands for a hostile or
 * misbehaving keeper in the tests.
 */
export async function serveKeeperProxy(realUrl, answer) {
  const server = createHttpServer(async (req, res) => {
    const cors = { "access-control-allow-origin": "*" };
    try {
      const path = new URL(req.url, "http://x").pathname;
      const own = await answer(path);
      if (own !== undefined) {
        res.writeHead(200, { ...cors, "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(own));
        return;
      }
      const upstream = await fetch(new URL(req.url.replace(/^\//, ""), realUrl), { signal: AbortSignal.timeout(10_000) });
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { ...cors, "content-type": upstream.headers.get("content-type") ?? "application/octet-stream" }).end(body);
    } catch (error) {
      res.writeHead(502, cors).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.add(server);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

export function genimBinary() {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
  const path = process.env.GENIM_BIN ?? join(target, "debug", "genim");
  if (!existsSync(path)) throw new Error(`${path} is missing: cargo build -p genim-keeper --bin genim`);
  return path;
}

/** Starts `genim run` serving the built page; resolves once /ready (admin listener) answers 200. */
export async function startKeeper({ rpcUrl, contract, port, workDir, minTimeLeftSecs, tiers, submit = "", extra = "", env = {} }) {
  const public_ = `http://127.0.0.1:${port}`;
  const admin = `http://127.0.0.1:${await freePort()}`;
  const dist = join(WEB, "dist");
  if (!existsSync(join(dist, "index.html"))) throw new Error("keeper/web/dist is not built: npm run build");
  const config = join(workDir, "keeper.toml");
  writeFileSync(
    config,
    `[chain]
rpc_url = "${rpcUrl}"
contract = "${contract}"
poll_interval_ms = 200

[jobs]
database = "${join(workDir, "genim.db")}"
min_time_left_secs = ${minTimeLeftSecs}

[submit]
batch_max_wait_ms = 200
${submit}

[images]
backend = "procedural"

# Tier 1 has a name for buyers (the page shows "Premium"; tier 0 is "Tier 0").
[images.tiers.1]
name = "premium"
model = "procedural-v1"
size = "512x512"

[storage]
backend = "local"
dir = "${join(workDir, "data")}"
public_base_url = "${public_}"

[http]
listen = "127.0.0.1:${port}"

[admin]
listen = "${admin.slice("http://".length)}"

[web]
dir = "${dist}"
chain_name = "Anvil (local)"
tiers = [${tiers.join(", ")}]
${extra}
`,
  );
  const keeper = start(
    "keeper",
    genimBinary(),
    ["--config", config, "run"],
    { env: { ...process.env, GENIM_AGENT_KEY: anvilAccount(1).key, RUST_LOG: "info", ...env } },
    workDir,
  );
  await waitFor(
    "the keeper's /ready",
    async () => {
      if (keeper.exitCode !== null) throw new Error(`keeper exited: ${tail(keeper.log)}`);
      return (await fetch(`${admin}/ready`, { signal: AbortSignal.timeout(2000) })).ok;
    },
    { timeoutMs: 60_000 },
  );
  return { keeper, url: `${public_}/`, admin: `${admin}/` };
}

export function workDir() {
  mkdirSync(SHOTS, { recursive: true });
  return mkdtempSync(join(tmpdir(), "genim-web-e2e-"));
}

/** Chromium flags known to work on this machine's closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Serves `dir` as static files on a free loopback port (a stand-in for a CDN). */
export async function serveStatic(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
  const server = createHttpServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html");
    const file = join(dir, path.replace(/\.\.+/g, ""));
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.add(server);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
