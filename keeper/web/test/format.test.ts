import { describe, expect, it } from "vitest";
import {
  aspectRatio,
  checkPrompt,
  decodeDataJson,
  fillTemplate,
  formatCount,
  formatDuration,
  formatEth,
  formatEthRounded,
  resolveUri,
  sha256Hex,
  tierName,
  shortHex,
  utf8Bytes,
} from "../src/format";

describe("formatEth", () => {
  it("shows wei as ETH without exponent or trailing zeros", () => {
    expect(formatEth(30_000_000_000_000n)).toBe("0.00003 ETH");
    expect(formatEth(10n ** 18n)).toBe("1 ETH");
    expect(formatEth(1n)).toBe("0.000000000000000001 ETH");
    expect(formatEth(0n)).toBe("0 ETH");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 seconds"],
    [1, "1 second"],
    [45, "45 seconds"],
    [60, "1 minute"],
    [90, "1 minute"],
    [3600, "1 hour"],
    [5400, "1 hour 30 minutes"],
    [7200, "2 hours"],
    [86_400, "1 day"],
    [90_000, "1 day 1 hour"],
    [-5, "0 seconds"],
  ])("%i s is %s", (secs, text) => expect(formatDuration(secs)).toBe(text));
});

describe("prompt checks", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("€")).toBe(3);
    expect(utf8Bytes("🌋")).toBe(4);
  });
  it("accepts 1 to max bytes", () => {
    expect(checkPrompt("a cat", 1000)).toEqual({ bytes: 5, problem: null });
    expect(checkPrompt("x".repeat(1000), 1000).problem).toBeNull();
  });
  it("refuses empty and whitespace-only prompts", () => {
    expect(checkPrompt("", 1000).problem).toBe("empty");
    expect(checkPrompt("  \n", 1000).problem).toBe("empty");
  });
  it("refuses one byte over the limit, counting multi-byte characters", () => {
    expect(checkPrompt("x".repeat(1001), 1000)).toEqual({ bytes: 1001, problem: "too_long" });
    // 334 characters, 1,002 bytes.
    expect(checkPrompt("€".repeat(334), 1000)).toEqual({ bytes: 1002, problem: "too_long" });
  });
});

describe("formatCount and shortHex", () => {
  it("groups thousands", () => {
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1234567)).toBe("1,234,567");
  });
  it("shortens long hex", () => {
    expect(shortHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).toBe("0x7099…79C8");
    expect(shortHex("0x1234")).toBe("0x1234");
  });
});

describe("links", () => {
  it("fills templates and encodes values", () => {
    expect(fillTemplate("https://x.example/tx/{tx}", { tx: "0xab" })).toBe("https://x.example/tx/0xab");
    expect(fillTemplate("https://m.example/{contract}/{id}", { contract: "0xC", id: "7" })).toBe("https://m.example/0xC/7");
    expect(fillTemplate(null, { tx: "0xab" })).toBeNull();
    expect(fillTemplate("https://x/{nope}", {})).toBe("https://x/{nope}");
  });
  it("resolves ipfs through the gateway and refuses unsafe schemes", () => {
    expect(resolveUri("ipfs://bafkrei123/meta.json", "https://ipfs.io/ipfs/")).toBe("https://ipfs.io/ipfs/bafkrei123/meta.json");
    expect(resolveUri("ipfs://ipfs/bafkrei123", "https://gw.example/ipfs")).toBe("https://gw.example/ipfs/bafkrei123");
    expect(resolveUri("http://127.0.0.1:8080/images/a.png", "https://ipfs.io/ipfs/")).toBe("http://127.0.0.1:8080/images/a.png");
    expect(resolveUri("data:image/svg+xml;base64,PHN2Zz4=", "g/")).toBe("data:image/svg+xml;base64,PHN2Zz4=");
    expect(resolveUri("javascript:alert(1)", "g/")).toBeNull();
    expect(resolveUri("data:text/html,<script>", "g/")).toBeNull();
    expect(resolveUri("", "g/")).toBeNull();
  });
  it("keeps image boxes at the image's aspect ratio", () => {
    expect(aspectRatio("1024x768")).toBe("1024 / 768");
    expect(aspectRatio(null)).toBe("1 / 1");
  });
});

describe("data and hashes", () => {
  it("decodes the contract's on-chain JSON tokenURI", () => {
    const json = '{"name":"GenImNFT #1","attributes":[{"trait_type":"Status","value":"Generating"}]}';
    const uri = `data:application/json;base64,${Buffer.from(json).toString("base64")}`;
    expect(decodeDataJson(uri)).toEqual(JSON.parse(json));
    expect(decodeDataJson("data:application/json;base64,!!!")).toBeNull();
    expect(decodeDataJson("https://x")).toBeNull();
  });
  it("hashes bytes with sha256", async () => {
    expect(await sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("formatEthRounded", () => {
  it("rounds balances down for reading", () => {
    expect(formatEthRounded(9_999_999_600_447_353_996_906n * 1000n)).toBe("9,999,999.600447 ETH");
    expect(formatEthRounded(10n ** 18n)).toBe("1 ETH");
    expect(formatEthRounded(30_000_000_000_000n)).toBe("0.00003 ETH");
  });
});

describe("dollars", () => {
  it("shows USDC amounts exactly, with at least cents", async () => {
    const { formatUsd } = await import("../src/format");
    expect(formatUsd(100_000n)).toBe("$0.10");
    expect(formatUsd(1_500_000n)).toBe("$1.50");
    expect(formatUsd(1n)).toBe("$0.000001");
    expect(formatUsd(1_234_567_890n)).toBe("$1,234.56789");
    expect(formatUsd(0n)).toBe("$0.00");
    const { formatPaid } = await import("../src/format");
    expect(formatPaid(100_000n, 1)).toBe("$0.10 in USDC");
    expect(formatPaid(30_000_000_000_000n, 0)).toBe("0.00003 ETH");
  });

  it("shows an approximate dollar value of ETH prices from the feed, or nothing without one", async () => {
    const { approxUsd } = await import("../src/format");
    // 0.00003 ETH at $3,120.55 = $0.0936…
    expect(approxUsd(30_000_000_000_000n, 3120.55)).toBe("≈ $0.09");
    expect(approxUsd(10n ** 18n, 3120.55)).toBe("≈ $3,120.55");
    expect(approxUsd(2n * 10n ** 18n, 3120.555)).toBe("≈ $6,241.11");
    expect(approxUsd(1_000_000_000n, 3120.55)).toBe("< $0.01");
    expect(approxUsd(10n ** 18n, null)).toBeNull();
    expect(approxUsd(10n ** 18n, undefined)).toBeNull();
    expect(approxUsd(10n ** 18n, Number.NaN)).toBeNull();
    expect(approxUsd(10n ** 18n, -1)).toBeNull();
  });
});

describe("tierName", () => {
  it("uses the keeper's name for a tier, capitalised, else Tier N", () => {
    expect(tierName({ tier: 1, name: "premium" })).toBe("Premium");
    expect(tierName({ tier: 2, name: " ultra " })).toBe("Ultra");
    expect(tierName({ tier: 0, name: "tier 0" })).toBe("Tier 0");
    expect(tierName({ tier: 0, name: "" })).toBe("Tier 0");
    expect(tierName({ tier: 3 })).toBe("Tier 3");
  });
});
