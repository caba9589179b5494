// The runtime code fingerprint of GenImNFT: keccak256 of the deployed code with the bytes of its
// immutables zeroed (they differ per deployment). Computed at build time from the forge artifact
// (vite.config.ts) and at pay time from `eth_getCode` through the wallet, masked the same way.

import { keccak256, type Hex } from "viem";

/** A byte range of the runtime code: where the compiler writes an immutable at deployment. */
export interface CodeRange {
  start: number;
  length: number;
}

/** What a build knows about GenImNFT's runtime code. */
export interface CodeIdentity {
  /** keccak256 of the masked runtime code. */
  fingerprint: Hex;
  /** Length of the runtime code in bytes. */
  length: number;
  /** Immutable ranges, masked before hashing. */
  immutables: CodeRange[];
}

/** Flattens solc's `deployedBytecode.immutableReferences` ({ astId: [{ start, length }] }). */
export function immutableRanges(references: unknown): CodeRange[] {
  if (!references || typeof references !== "object") return [];
  const out: CodeRange[] = [];
  for (const list of Object.values(references as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const { start, length } = (item ?? {}) as { start?: unknown; length?: unknown };
      if (Number.isInteger(start) && Number.isInteger(length)) out.push({ start: start as number, length: length as number });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The code with every immutable range set to zero bytes (ranges past the end are cut). */
export function maskCode(code: Hex, ranges: CodeRange[]): Hex {
  const hex = code.slice(2).toLowerCase();
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) throw new Error("code is not hex bytes");
  const chars = hex.split("");
  const bytes = hex.length / 2;
  for (const { start, length } of ranges) {
    for (let i = start; i < Math.min(start + length, bytes); i++) {
      chars[2 * i] = "0";
      chars[2 * i + 1] = "0";
    }
  }
  return `0x${chars.join("")}`;
}

export function codeFingerprint(code: Hex, ranges: CodeRange[]): Hex {
  return keccak256(maskCode(code, ranges));
}

/** The identity of the artifact's runtime code (`deployedBytecode` of a forge artifact). */
export function identityOfArtifact(artifact: unknown): CodeIdentity {
  const deployed = (artifact as { deployedBytecode?: { object?: unknown; immutableReferences?: unknown } })?.deployedBytecode;
  const object = typeof deployed?.object === "string" ? deployed.object : "";
  const code = (object.startsWith("0x") ? object : `0x${object}`) as Hex;
  if (code.length <= 2 || /__\$/.test(code)) throw new Error("the artifact has no linked runtime code (deployedBytecode)");
  const immutables = immutableRanges(deployed?.immutableReferences);
  return { fingerprint: codeFingerprint(code, immutables), length: (code.length - 2) / 2, immutables };
}

export type CodeVerdict = { ok: true } | { ok: false; reason: "no_code" | "different_code" };

/** Compares deployed runtime code with the build's identity. */
export function checkCode(code: Hex | undefined | null, identity: CodeIdentity): CodeVerdict {
  if (!code || code === "0x") return { ok: false, reason: "no_code" };
  if ((code.length - 2) / 2 !== identity.length) return { ok: false, reason: "different_code" };
  return codeFingerprint(code, identity.immutables) === identity.fingerprint.toLowerCase()
    ? { ok: true }
    : { ok: false, reason: "different_code" };
}
