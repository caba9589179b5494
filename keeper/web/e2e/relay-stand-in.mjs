// A stand-in for the keeper's USDC relay (RELAY_API.md), used by e2e/usdc.test.mjs only while the
// `genim` keeper under test does not publish `usdc.relay` itself (the relay is being built on
// another branch). It is a real relay in miniature: it checks the request as RELAY_API.md says,
// simulates `mintWithAuthorizationSig` on Anvil, and sends it from an Anvil account, so the page's
// signature is judged by the real contract and the real test USDC. Everything else is passed
// through to the real keeper, and /api/config is the real one plus the `usdc` block and the tiers'
// USDC prices read from the chain.

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { BaseError, ContractFunctionRevertedError, createPublicClient, encodeFunctionData, http, keccak256, parseEventLogs } from "viem";
import { ROOT } from "./harness.mjs";

const abi = JSON.parse(readFileSync(join(ROOT, "out", "GenImNFT.sol", "GenImNFT.json"), "utf8")).abi;

const cors = { "access-control-allow-origin": "*" };

/** Starts the stand-in in front of `keeperUrl`; `relayer` is an unlocked Anvil account that pays the gas. */
export async function serveRelayStandIn({ keeperUrl, rpcUrl, contract, usdc, relayer, minWindowSecs = 120, usdPerEth = 3000 }) {
  const client = createPublicClient({ transport: http(rpcUrl) });
  const relays = new Map(); // id → { id, tx_hash, body }
  const posts = [];
  const read = (functionName, args = []) => client.readContract({ address: contract, abi, functionName, args });

  async function config() {
    const real = await (await fetch(new URL("api/config", keeperUrl), { signal: AbortSignal.timeout(10_000) })).json();
    const tiers = await Promise.all(
      real.tiers.map(async (t) => {
        const [, usdcPrice] = await read("tiers", [t.tier]);
        return { ...t, usdc_price: usdcPrice > 0n ? usdcPrice.toString() : null };
      }),
    );
    return {
      ...real,
      tiers,
      usd_per_eth: usdPerEth,
      usdc: {
        address: usdc,
        relay: true,
        domain: { name: "USD Coin", version: "2", chainId: real.chain_id, verifyingContract: usdc },
        primaryType: "ReceiveWithAuthorization",
        min_window_secs: minWindowSecs,
      },
    };
  }

  /** The answer to a POST: [status, body]. */
  async function relay(text) {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return [400, { error: "bad_request", message: "not JSON" }];
    }
    const fields = ["prompt", "tier", "terms", "from", "value", "validAfter", "validBefore", "salt", "signature"];
    if (!body || fields.some((f) => body[f] === undefined)) return [400, { error: "bad_request", message: "a field is missing" }];
    posts.push(body);
    if (body.prompt.length === 0) return [400, { error: "prompt_empty", message: "empty prompt" }];
    const id = `r_${keccak256(body.signature).slice(2, 18)}`;
    if (relays.has(id)) return [200, { id, state: "accepted", tx_hash: relays.get(id).tx_hash }];
    const [[, usdcPrice], terms, block] = await Promise.all([read("tiers", [body.tier]), read("terms"), client.getBlock()]);
    if (usdcPrice === 0n) return [409, { error: "tier_not_in_usdc", message: "tier not offered in USDC" }];
    if (BigInt(body.value) !== usdcPrice) {
      return [409, { error: "price_changed", message: "the price changed", signed: body.value, current: usdcPrice.toString() }];
    }
    if (body.terms !== terms) return [409, { error: "terms_changed", message: "the terms changed", signed: body.terms, current: terms }];
    const left = Number(BigInt(body.validBefore) - block.timestamp);
    if (left <= 0) return [400, { error: "expired", message: "expired" }];
    if (left < minWindowSecs) return [400, { error: "window_too_short", message: "window too short" }];
    const args = [body.prompt, body.tier, body.terms, body.from, BigInt(body.value), BigInt(body.validAfter), BigInt(body.validBefore), body.salt, body.signature];
    try {
      await client.simulateContract({ address: contract, abi, functionName: "mintWithAuthorizationSig", args, account: relayer });
    } catch (error) {
      const revert = error instanceof BaseError ? error.walk((e) => e instanceof ContractFunctionRevertedError) : null;
      const reason = revert?.data?.errorName ?? revert?.reason ?? (error instanceof BaseError ? error.shortMessage : String(error));
      if (/authorization is used/i.test(reason)) return [409, { error: "authorization_used", message: reason }];
      return [422, { error: "simulation_failed", message: "the mint would revert", reason }];
    }
    const data = encodeFunctionData({ abi, functionName: "mintWithAuthorizationSig", args });
    const hash = await client.request({ method: "eth_sendTransaction", params: [{ from: relayer, to: contract, data }] });
    relays.set(id, { id, tx_hash: hash, body });
    return [202, { id, state: "accepted", tx_hash: hash }];
  }

  async function status(id) {
    const known = relays.get(id);
    if (!known) return [404, { error: "not_found" }];
    const receipt = await client.getTransactionReceipt({ hash: known.tx_hash }).catch(() => null);
    const base = { id, tx_hash: known.tx_hash, token_id: null, error: null };
    if (!receipt) return [200, { ...base, state: "sent" }];
    if (receipt.status !== "success") return [200, { ...base, state: "failed", error: { code: "reverted", message: "the mint reverted" } }];
    const [requested] = parseEventLogs({ abi, logs: receipt.logs, eventName: "ImageRequested" });
    return [200, { ...base, state: "minted", token_id: requested.args.tokenId.toString() }];
  }

  const server = createServer(async (req, res) => {
    const reply = (code, value, extra = {}) =>
      res.writeHead(code, { ...cors, "content-type": "application/json", "cache-control": "no-store", ...extra }).end(JSON.stringify(value));
    try {
      const path = new URL(req.url, "http://x").pathname;
      if (req.method === "OPTIONS") {
        res.writeHead(204, { ...cors, "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "content-type" }).end();
        return;
      }
      if (path === "/api/config") return reply(200, await config());
      if (path === "/api/mint-with-authorization" && req.method === "POST") {
        let text = "";
        for await (const chunk of req) text += chunk;
        const [code, body] = await relay(text);
        return reply(code, body);
      }
      const relayPath = /^\/api\/relays\/([^/]+)$/.exec(path);
      if (relayPath) {
        const [code, body] = await status(decodeURIComponent(relayPath[1]));
        return reply(code, body);
      }
      const upstream = await fetch(new URL(req.url.replace(/^\//, ""), keeperUrl), { signal: AbortSignal.timeout(10_000) });
      const bytes = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { ...cors, "content-type": upstream.headers.get("content-type") ?? "application/octet-stream" }).end(bytes);
    } catch (error) {
      reply(502, { error: "stand_in", message: String(error) });
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, posts, url: `http://127.0.0.1:${server.address().port}/` };
}
