import { readdirSync, readFileSync } from "node:fs";
import { concatHex, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { BUILD_CODE } from "../src/build";
import { checkCode, codeFingerprint, identityOfArtifact, immutableRanges, maskCode } from "../src/fingerprint";

// The same artifact the build reads (forge build at the repository root).
const artifact = JSON.parse(readFileSync(new URL("../../../out/GenImNFT.sol/GenImNFT.json", import.meta.url), "utf8"));
const runtime = artifact.deployedBytecode.object as Hex;

/** A real solc artifact with immutables (forge output of the test contracts), to test the masking on. */
function artifactWithImmutables(): { deployedBytecode: { object: Hex; immutableReferences: Record<string, { start: number; length: number }[]> } } {
  const out = new URL("../../../out/", import.meta.url);
  for (const dir of readdirSync(out)) {
    if (!dir.endsWith(".sol")) continue;
    for (const file of readdirSync(new URL(`${dir}/`, out))) {
      const parsed = JSON.parse(readFileSync(new URL(`${dir}/${file}`, out), "utf8"));
      if (Object.keys(parsed.deployedBytecode?.immutableReferences ?? {}).length > 0) return parsed;
    }
  }
  throw new Error("no artifact with immutables under out/: run forge build");
}

describe("the code fingerprint", () => {
  it("is what the build fixed, computed from the forge artifact", () => {
    expect(identityOfArtifact(artifact)).toEqual(BUILD_CODE);
    expect(BUILD_CODE.length).toBe((runtime.length - 2) / 2);
    expect(checkCode(runtime, BUILD_CODE)).toEqual({ ok: true });
  });
  it("masks immutables: code differing only there matches, anywhere else it does not", () => {
    // A code of 8 bytes with an immutable of 4 bytes at 2..6, filled differently per deployment.
    const identity = identityOfArtifact({
      deployedBytecode: { object: "0x6001000000005b00", immutableReferences: { "12": [{ start: 2, length: 4 }] } },
    });
    expect(identity.immutables).toEqual([{ start: 2, length: 4 }]);
    expect(checkCode("0x6001deadbeef5b00", identity)).toEqual({ ok: true });
    expect(checkCode("0x6002deadbeef5b00", identity)).toEqual({ ok: false, reason: "different_code" });
    expect(checkCode("0x6001deadbeef5b0000", identity)).toEqual({ ok: false, reason: "different_code" });
  });
  it("matches a real contract whose immutables were filled at deployment, and nothing else", () => {
    const real = artifactWithImmutables();
    const identity = identityOfArtifact(real);
    expect(identity.immutables.length).toBeGreaterThan(0);
    // Fill every immutable with deployment values, as the EVM's deployed code has them.
    const chars = real.deployedBytecode.object.slice(2).split("");
    for (const { start, length } of identity.immutables) {
      for (let i = start; i < start + length; i++) [chars[2 * i], chars[2 * i + 1]] = ["a", "b"];
    }
    const deployed = `0x${chars.join("")}` as Hex;
    expect(deployed).not.toBe(real.deployedBytecode.object);
    expect(checkCode(deployed, identity)).toEqual({ ok: true });
    // One byte outside the immutables changed: another contract.
    const outside = identity.immutables[0]!.start - 1;
    chars[2 * outside] = chars[2 * outside] === "f" ? "e" : "f";
    expect(checkCode(`0x${chars.join("")}` as Hex, identity)).toEqual({ ok: false, reason: "different_code" });
  });
  it("tells a missing contract from a different one", () => {
    expect(checkCode("0x", BUILD_CODE)).toEqual({ ok: false, reason: "no_code" });
    expect(checkCode(undefined, BUILD_CODE)).toEqual({ ok: false, reason: "no_code" });
    // GenImNFT's code with one byte appended: runs the same, but is not the code the page was built for.
    expect(checkCode(concatHex([runtime, "0x00"]), BUILD_CODE)).toEqual({ ok: false, reason: "different_code" });
    // Same length, one byte changed.
    const flipped = `${runtime.slice(0, -2)}${runtime.endsWith("ff") ? "fe" : "ff"}` as Hex;
    expect(checkCode(flipped, BUILD_CODE)).toEqual({ ok: false, reason: "different_code" });
  });
  it("flattens solc's immutable references in order and ignores junk", () => {
    expect(immutableRanges({ "7": [{ start: 40, length: 32 }], "3": [{ start: 5, length: 20 }, { start: "x" }] })).toEqual([
      { start: 5, length: 20 },
      { start: 40, length: 32 },
    ]);
    expect(immutableRanges(undefined)).toEqual([]);
  });
  it("masks only inside the code and refuses what is not hex", () => {
    expect(maskCode("0xaabbcc", [{ start: 1, length: 10 }])).toBe("0xaa0000");
    expect(codeFingerprint("0xAABBCC", [])).toBe(codeFingerprint("0xaabbcc", []));
    expect(() => maskCode("0xabc" as Hex, [])).toThrow();
    expect(() => identityOfArtifact({ deployedBytecode: { object: "0x" } })).toThrow(/no linked runtime code/);
  });
});
