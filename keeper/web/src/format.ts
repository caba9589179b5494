// Formatting for people: amounts, durations, dates, byte counts, links.

import { formatEther } from "viem";

/** What buyers call a tier: the keeper's name for it ("Premium"), else "Tier N". */
export function tierName(tier: { tier: number; name?: string }): string {
  const name = tier.name?.trim();
  if (!name || name.toLowerCase() === `tier ${tier.tier}`) return `Tier ${tier.tier}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "0.00003 ETH" (never exponent notation, no trailing zeros). */
export function formatEth(wei: bigint, symbol = "ETH"): string {
  return `${formatEther(wei)} ${symbol}`;
}

/** A balance for reading, rounded down to `digits` decimals: "9,999.99955 ETH". */
export function formatEthRounded(wei: bigint, digits = 6, symbol = "ETH"): string {
  const unit = 10n ** 18n;
  const scale = 10n ** BigInt(18 - digits);
  const whole = wei / unit;
  const fraction = ((wei % unit) / scale).toString().padStart(digits, "0").replace(/0+$/, "");
  return `${formatCount(Number(whole))}${fraction ? `.${fraction}` : ""} ${symbol}`;
}

/** USDC units (6 decimals) as dollars, exact: "$0.10", "$1,250.00", "$0.000001" (never rounded: it is what is signed). */
export function formatUsd(units: bigint): string {
  const sign = units < 0n ? "-" : "";
  const abs = units < 0n ? -units : units;
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${sign}$${formatCount(Number(whole))}.${fraction}`;
}

/** What a token paid, in its currency (IGenImNFT.Currency: 0 ETH, 1 USDC). */
export function formatPaid(amount: bigint, currency: number): string {
  return currency === 1 ? `${formatUsd(amount)} in USDC` : formatEth(amount);
}

/**
 * An approximate dollar value of an ETH amount at `usdPerEth` (the keeper's feed): "≈ $0.09",
 * "< $0.01"; null without a usable rate.
 */
export function approxUsd(wei: bigint, usdPerEth: number | null | undefined): string | null {
  if (typeof usdPerEth !== "number" || !Number.isFinite(usdPerEth) || usdPerEth <= 0) return null;
  // In cents, with integers: the rate to a millionth of a dollar is plenty for an approximation.
  const microUsdPerEth = BigInt(Math.round(usdPerEth * 1_000_000));
  const cents = (wei * microUsdPerEth + 5n * 10n ** 21n) / 10n ** 22n;
  if (cents === 0n) return wei > 0n ? "< $0.01" : "≈ $0.00";
  const dollars = cents / 100n;
  return `≈ $${formatCount(Number(dollars))}.${(cents % 100n).toString().padStart(2, "0")}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** A fulfilment window or a time left: "1 hour", "1 hour 30 minutes", "45 seconds", "2 days". */
export function formatDuration(totalSecs: number): string {
  const secs = Math.max(0, Math.floor(totalSecs));
  if (secs < 60) return plural(secs, "second");
  const days = Math.floor(secs / 86_400);
  const hours = Math.floor((secs % 86_400) / 3_600);
  const minutes = Math.floor((secs % 3_600) / 60);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${plural(hours, "hour")} ${plural(minutes, "minute")}` : plural(hours, "hour");
  return plural(minutes, "minute");
}

/** A unix time as a local date and time, e.g. "3 Nov 2026, 14:05". */
export function formatDate(unixSecs: number | bigint, locale?: string): string {
  const date = new Date(Number(unixSecs) * 1000);
  return date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

/** UTF-8 length in bytes: what the contract counts. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export type PromptProblem = "empty" | "too_long" | null;

/** Checks a prompt before anything is sent: 1 to `max` bytes of UTF-8. */
export function checkPrompt(prompt: string, max: number): { bytes: number; problem: PromptProblem } {
  const bytes = utf8Bytes(prompt);
  if (prompt.trim().length === 0) return { bytes, problem: "empty" };
  if (bytes > max) return { bytes, problem: "too_long" };
  return { bytes, problem: null };
}

/** "1,000" with thousands separators, independent of the locale (tests and screenshots stay stable). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "0x1234…abcd". */
export function shortHex(hex: string, keep = 4): string {
  if (hex.length <= 2 + keep * 2 + 1) return hex;
  return `${hex.slice(0, 2 + keep)}…${hex.slice(-keep)}`;
}

/** Replaces `{name}` placeholders; null when there is no template. */
export function fillTemplate(template: string | null | undefined, values: Record<string, string>): string | null {
  if (!template) return null;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name]!) : whole,
  );
}

/**
 * A URL the browser may load for a token's metadata or image: `ipfs://` through the gateway,
 * http(s) as is, `data:` for images and JSON only. Anything else (e.g. `javascript:`) is refused.
 */
export function resolveUri(uri: string | null | undefined, gateway: string): string | null {
  if (!uri) return null;
  const trimmed = uri.trim();
  if (trimmed.startsWith("ipfs://")) {
    const path = trimmed.slice("ipfs://".length).replace(/^ipfs\//, "");
    if (!path) return null;
    return gateway.endsWith("/") ? gateway + path : `${gateway}/${path}`;
  }
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^data:(image\/[a-z0-9.+-]+|application\/json)[;,]/i.test(trimmed)) return trimmed;
  return null;
}

/** Parses `data:application/json;base64,...` (the contract's tokenURI of a pending token). */
export function decodeDataJson(uri: string): unknown {
  const match = /^data:application\/json(;base64)?,(.*)$/s.exec(uri);
  if (!match) return null;
  const payload = match[2] ?? "";
  try {
    if (match[1]) {
      const binary = atob(payload);
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    }
    return JSON.parse(decodeURIComponent(payload));
  } catch {
    return null;
  }
}

/** Lower-case hex of a digest, 0x-prefixed. */
export function toHex(bytes: ArrayBuffer | Uint8Array): `0x${string}` {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "0x";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out as `0x${string}`;
}

/** sha256 of bytes, 0x-hex (WebCrypto: in the browser and in Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<`0x${string}`> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return toHex(digest);
}

/** "512x512" → CSS aspect-ratio "512 / 512" (so an image's box never changes size when it loads). */
export function aspectRatio(size: string | null | undefined): string {
  const match = /^(\d+)x(\d+)$/.exec(size ?? "");
  return match ? `${match[1]} / ${match[2]}` : "1 / 1";
}
