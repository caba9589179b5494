import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";
import { parseDeployment } from "./src/deployment.ts";
import { identityOfArtifact } from "./src/fingerprint.ts";

const artifact = fileURLToPath(new URL("../../out/GenImNFT.sol/GenImNFT.json", import.meta.url));

/** GenImNFT's runtime code identity, from the forge artifact (`forge build` at the repository root). */
function buildCode() {
  if (!existsSync(artifact)) throw new Error(`${artifact} is missing: run \`forge build\` at the repository root first`);
  return identityOfArtifact(JSON.parse(readFileSync(artifact, "utf8")));
}

// Relative asset paths (`base: "./"`), so the same build works at `/` on the keeper, in a CDN
// sub-folder and under an IPFS gateway's `/ipfs/<cid>/`.
export default defineConfig(({ command, mode }) => {
  if (command === "build") {
    // A build is bound to one deployment: the page refuses keepers that name another one.
    const deployment = parseDeployment(loadEnv(mode, process.cwd(), "VITE_GENIM_"));
    if (!deployment) {
      throw new Error("set VITE_GENIM_CHAIN_ID and VITE_GENIM_CONTRACT: a build of the page pays one contract on one chain");
    }
  }
  return {
    base: "./",
    define: { __GENIM_CODE__: JSON.stringify(buildCode()) },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      target: "es2022",
      reportCompressedSize: false,
    },
    test: {
      include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
      environment: "node",
    },
  };
});
