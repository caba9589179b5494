import { defineConfig } from "vitest/config";

// Relative asset paths (`base: "./"`), so the same build works at `/` on the keeper, in a CDN
// sub-folder and under an IPFS gateway's `/ipfs/<cid>/`.
export default defineConfig({
  base: "./",
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
});
