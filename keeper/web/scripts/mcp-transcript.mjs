// An AI agent's session with a keeper's MCP server, printed as a transcript: list_tiers,
// generate_image, the returned transaction sent as is from a wallet, then get_image until the
// image is delivered (with the progress the server sends). It uses the official TypeScript MCP
// client and viem, as an agent framework would; the README's transcript comes from it.
//
//   GENIM_TRANSCRIPT_KEY=0x… node keeper/web/scripts/mcp-transcript.mjs \
//     --keeper http://127.0.0.1:8080 --rpc http://127.0.0.1:8545 [--prompt "…"] [--tier 0]
//
// The key pays the tier's price; it is read from the environment and never printed.
import { parseArgs } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createWalletClient, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";

const { values: args } = parseArgs({
  options: {
    keeper: { type: "string" },
    rpc: { type: "string" },
    prompt: { type: "string", default: "a lighthouse on a cliff at dusk, oil on canvas" },
    tier: { type: "string", default: "0" },
    "max-wait-secs": { type: "string", default: "300" },
  },
});
const fail = (why) => {
  console.error(`mcp-transcript: ${why}`);
  process.exit(1);
};
if (!args.keeper || !args.rpc) fail("--keeper <url> and --rpc <url> are required");
const key = process.env.GENIM_TRANSCRIPT_KEY;
if (!key || !/^0x[0-9a-fA-F]{64}$/.test(key)) fail("GENIM_TRANSCRIPT_KEY must hold the paying wallet's private key (0x + 64 hex)");

/// Long strings (calldata, base64 images) shortened so the transcript stays readable.
const shorten = (value) =>
  JSON.parse(
    JSON.stringify(value, (_, v) => (typeof v === "string" && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v)),
  );
const show = (title, value) => console.log(`\n${title}\n${JSON.stringify(shorten(value), null, 2)}`);

const client = new Client({ name: "genim-transcript", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", args.keeper)));
const call = async (name, toolArgs, options) => {
  console.log(`\n→ tools/call ${name} ${JSON.stringify(toolArgs)}`);
  const result = await client.callTool({ name, arguments: toolArgs }, undefined, options);
  // The structured answer also comes as a JSON text block (for clients without structured
  // content); the words are the other text.
  const isJson = (t) => {
    try {
      return typeof JSON.parse(t) === "object";
    } catch {
      return false;
    }
  };
  const text = result.content.filter((c) => c.type === "text" && !isJson(c.text)).map((c) => c.text);
  const images = result.content.filter((c) => c.type === "image");
  const links = result.content.filter((c) => c.type === "resource_link").map((c) => `${c.name}: ${c.uri}`);
  console.log(`← ${result.isError ? "isError " : ""}${text.join("\n  ")}`);
  for (const image of images) console.log(`← image content: ${image.mimeType}, ${Buffer.from(image.data, "base64").length} bytes`);
  for (const link of links) console.log(`← resource link ${link}`);
  return result;
};

const tools = await client.listTools();
console.log(`→ tools/list\n← ${tools.tools.map((t) => t.name).join(", ")}`);
const generate = tools.tools.find((t) => t.name === "generate_image");
const prices = generate?.description?.match(/Prices now: (.*)$/)?.[1];
if (prices) console.log(`  generate_image's description ends: "Prices now: ${prices}"`);

await call("list_tiers", {});
const ordered = await call("generate_image", { prompt: args.prompt, tier: Number(args.tier) });
if (ordered.isError) fail("generate_image refused the order");
const answer = ordered.structuredContent;
show("structuredContent.payment:", answer.payment);

const account = privateKeyToAccount(key);
const wallet = createWalletClient({ account, transport: http(args.rpc) }).extend(publicActions);
const tx = answer.payment.transaction;
const hash = await wallet.sendTransaction({
  to: tx.to,
  value: BigInt(tx.value),
  data: tx.data,
  chain: { id: tx.chain_id, name: `chain ${tx.chain_id}`, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [args.rpc] } } },
});
console.log(`\n(the agent's wallet sends payment.transaction as is: ${hash})`);
await wallet.waitForTransactionReceipt({ hash });

const deadline = Date.now() + Number(args["max-wait-secs"]) * 1000;
for (;;) {
  const result = await call("get_image", { request: hash }, {
    onprogress: (p) => console.log(`  progress ${p.progress}/${p.total}: ${p.message}`),
    timeout: 120_000,
  });
  const state = result.structuredContent?.state;
  if (state === "delivered") {
    const { image, ...rest } = result.structuredContent;
    show("structuredContent:", { ...rest, image });
    break;
  }
  if (result.isError || state === "given_up" || state === "not_delivered") fail(`the image was not delivered (${state})`);
  if (Date.now() > deadline) fail(`no image within ${args["max-wait-secs"]} s (state ${state})`);
}
await client.close();
