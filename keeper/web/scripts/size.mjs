// Prints the gzipped size of the built page (every file under dist/ that a browser downloads
// on first load: HTML, JS, CSS) and fails above the budget.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGET_BYTES = 150 * 1024;
const dist = fileURLToPath(new URL("../dist", import.meta.url));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let raw = 0;
let gzipped = 0;
for (const path of files(dist).filter((p) => /\.(html|js|css)$/.test(p)).sort()) {
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += gz;
  console.log(`  ${relative(dist, path).padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB`);
}
const verdict = gzipped <= BUDGET_BYTES ? "within" : "OVER";
console.log(`bundle: ${(raw / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped (${verdict} the ${BUDGET_BYTES / 1024} kB budget)`);
if (gzipped > BUDGET_BYTES) process.exit(1);
