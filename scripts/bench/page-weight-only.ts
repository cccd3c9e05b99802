// The page-weight part of `npm run bench` alone, for checking a change to the pages without
// the ten-minute bench: `npx tsx scripts/bench/page-weight-only.ts [--chunks]`. Builds when
// there is no build (BENCH_REBUILD=1 to force one); BENCH_PORT_OFFSET moves its two ports.
// Writes nothing: it prints the table, and with --chunks each page's scripts, largest first.
import { chromium } from "@playwright/test";
import { benchPages, measurePageWeights, PAGE_WEIGHT_GOAL_BYTES } from "./page-weight";
import { buildIfNeeded, startApp, startSandbox } from "./services";

const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  buildIfNeeded();
  const sandbox = await startSandbox(4311 + offset, 0);
  const app = await startApp(3311 + offset, 4311 + offset, 1000);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const weights = await measurePageWeights(browser, app.url, app.cookie, await benchPages(app, sandbox));
  await browser.close();
  console.log("| page | scripts | JS (gzip) | usable after | goal ≤ 150 kB |\n|---|---|---|---|---|");
  for (const w of weights) console.log(`| ${w.page} | ${w.scripts} | ${kB(w.jsBytesGzip)} kB | ${w.usableMs} ms | ${w.jsBytesGzip <= PAGE_WEIGHT_GOAL_BYTES ? "meets goal" : "**misses goal**"} |`);
  if (process.argv.includes("--chunks")) {
    for (const w of weights) console.log(`\n${w.page}\n${w.chunks.map((c) => `  ${kB(c.bytes).padStart(6)} kB  ${c.path}`).join("\n")}`);
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
