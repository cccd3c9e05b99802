// `npm run bench`: measures the dashboard against the limits that bind it and writes the
// figures, with the machine they were taken on, to docs/benchmarks.md and .json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { measureBulkPacing, measureSleepOn429, measureUnpacedBurst } from "./bench/bulk-pacing";
import { domainPageRows, measureDomainPage } from "./bench/domain-page";
import { benchPages, measurePageWeights, PAGE_WEIGHT_GOAL_BYTES, type PageWeight } from "./bench/page-weight";
import { measureParseInNode, measurePasteInBrowser } from "./bench/paste";
import { measureProxyCost } from "./bench/proxy-cost";
import { measureMultiInstance } from "./bench/multi-instance";
import { measureSlowJob } from "./bench/slow-job";
import { measureSmallJob } from "./bench/small-job";
import { buildIfNeeded, root, startApp, startSandbox } from "./bench/services";
import { fmt, round } from "./bench/stats";

const RATE = 20;
const quick = process.argv.includes("--quick");

async function main() {
  buildIfNeeded();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const machine = {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
    date: new Date().toISOString(),
  };

  console.log("1/4 Bulk pacing (sandbox at 20 requests/s)…");
  const pacedSandbox = await startSandbox(4210, RATE);
  const pacedApp = await startApp(3210, 4210, RATE);
  const pacing = await measureBulkPacing(pacedApp, pacedSandbox, RATE, quick ? 1 : 3);
  await new Promise((r) => setTimeout(r, 1100));
  const burst = await measureUnpacedBurst(pacedSandbox);
  await new Promise((r) => setTimeout(r, 1100));
  const loop = await measureSleepOn429(pacedSandbox, RATE);
  console.log("   … and a 20-row job from the browser at 5/s, in each way Catapult may count…");
  const smallSandbox = await startSandbox(4212, 5);
  const smallApp = await startApp(3212, 4212, 5);
  const smallJob = await measureSmallJob(browser, smallApp, smallSandbox, quick ? 1 : 3);
  console.log("   … and a 60-row job from the browser at 1/s (Catapult's default)…");
  const slowSandbox = await startSandbox(4213, 1);
  const slowApp = await startApp(3213, 4213, 1);
  const slowJob = await measureSlowJob(browser, slowApp, slowSandbox, quick ? 1 : 2);
  console.log("   … and three instances on one Postgres sharing a 300-row job at 20/s…");
  const multi = await measureMultiInstance(quick ? 1 : 3);

  console.log("2/4 Paste of 10,000 rows…");
  const parseNode = measureParseInNode(quick ? 5 : 20);
  const pasteDomain = await pacedSandbox.createDomain(`bench-paste-${Date.now()}`);
  const pasteBrowser = await measurePasteInBrowser(browser, pacedApp.url, pacedApp.cookie, pasteDomain, quick ? 1 : 3);

  console.log("3/4 Proxy cost (rate limits off)…");
  const freeSandbox = await startSandbox(4211, 0);
  const freeApp = await startApp(3211, 4211, 1000);
  const proxy = await measureProxyCost(freeApp, freeSandbox, quick ? 1 : 3);

  console.log("4/4 Page weight (cold loads)…");
  const weights = await measurePageWeights(browser, freeApp.url, freeApp.cookie, await benchPages(freeApp, freeSandbox));
  console.log("Domain page at 10,000 endpoints, 1 request/s…");
  const domainPage = await measureDomainPage(browser, { sandbox: 4214, app: 3214 }, quick ? 1 : 3);
  await browser.close();

  // Chunk lists are for page-weight-only.ts --chunks; the report keeps the totals.
  const results = { machine, pacing, smallJob, slowJob, multi, burst, loop, parseNode, pasteBrowser, proxy, weights: weights.map(({ chunks: _chunks, ...total }) => total), domainPage };
  fs.mkdirSync(path.join(root, "docs"), { recursive: true });
  fs.writeFileSync(path.join(root, "docs/benchmarks.json"), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = render(results);
  fs.writeFileSync(path.join(root, "docs/benchmarks.md"), markdown);
  console.log(`\n${markdown}`);
  process.exit(0);
}

function verdict(ok: boolean) {
  return ok ? "meets goal" : "**misses goal**";
}

function render(r: {
  machine: Record<string, unknown>;
  pacing: Awaited<ReturnType<typeof measureBulkPacing>>;
  smallJob: Awaited<ReturnType<typeof measureSmallJob>>;
  slowJob: Awaited<ReturnType<typeof measureSlowJob>>;
  multi: Awaited<ReturnType<typeof measureMultiInstance>>;
  burst: Awaited<ReturnType<typeof measureUnpacedBurst>>;
  loop: Awaited<ReturnType<typeof measureSleepOn429>>;
  parseNode: ReturnType<typeof measureParseInNode>;
  pasteBrowser: Awaited<ReturnType<typeof measurePasteInBrowser>>;
  proxy: Awaited<ReturnType<typeof measureProxyCost>>;
  weights: Omit<PageWeight, "chunks">[];
  domainPage: Awaited<ReturnType<typeof measureDomainPage>>;
}): string {
  const m = r.machine;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`npm run bench -- --quick` for one run of each). The machine is shared and noisy, so",
    "comparisons are ratios taken in the same run; each figure is a median with min and max. The page weights alone:",
    "`npx tsx scripts/bench/page-weight-only.ts` (`--chunks` lists each page's scripts; it writes nothing).",
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; ${m.date}.`,
    "",
    "| what | figure | goal | |",
    "|---|---|---|---|",
    `| 300-row bulk job at ${r.pacing.rate}/s: wall time ÷ ${r.pacing.floorSeconds} s floor | ${fmt(r.pacing.ratio, 3)} | ≤ 1.15 | ${verdict(r.pacing.ratio.median <= 1.15)} |`,
    `| … 429s received by the job (all runs; each is waited out and retried) | ${r.pacing.rateLimited} | rare | ${verdict(r.pacing.rateLimited <= r.pacing.ratio.runs)} |`,
    `| … endpoints created = rows, each once, every run | ${r.pacing.exactEveryRun ? "yes" : "NO"} | yes | ${verdict(r.pacing.exactEveryRun)} |`,
    ...r.smallJob.modes.map(
      (job) =>
        `| ${r.smallJob.rows}-row job at ${r.smallJob.rate}/s from the browser, sandbox counting by **${job.mode}**: confirm click → last create ÷ ${r.smallJob.floorSeconds} s floor; 429s | ${fmt(job.ratio, 3)}; ${job.rateLimited} × 429 | ≤ 1.15, 0 × 429 | ${verdict(job.ratio.median <= 1.15 && job.rateLimited === 0)} |`,
    ),
    `| ${r.slowJob.rows}-row job at ${r.slowJob.rate}/s from the browser: confirm click → last create ÷ floor of the requests sent (requests ÷ rate) | ${fmt(r.slowJob.ratio, 3)} | ≤ 1.02 | ${verdict(r.slowJob.ratio.median <= 1.02)} |`,
    `| … requests per job beyond one per row (most in any run, until the job says completed); 429s | ${r.slowJob.extraRequests}; ${r.slowJob.rateLimited} × 429 | ≤ 2, 0 × 429 | ${verdict(r.slowJob.extraRequests <= 2 && r.slowJob.rateLimited === 0)} |`,
    `| ${r.multi.rows}-row job at ${r.multi.rate}/s, **1 instance** on Postgres: wall time ÷ ${r.multi.floorSeconds} s floor; 429s | ${fmt(r.multi.oneInstance.ratio, 3)}; ${r.multi.oneInstance.rateLimited} × 429 | — (yardstick) | ${r.multi.oneInstance.exact ? "each row once" : "**rows lost or doubled**"} |`,
    `| ${r.multi.rows}-row job at ${r.multi.rate}/s, **3 instances** on one Postgres: wall time ÷ ${r.multi.floorSeconds} s floor; 429s | ${fmt(r.multi.threeInstances.ratio, 3)}; ${r.multi.threeInstances.rateLimited} × 429 | ≤ 1.05 | ${verdict(r.multi.threeInstances.ratio.median <= 1.05 && r.multi.threeInstances.exact)} |`,
    `| … 3 instances with 10 % 5xx, 5 % lost answers, the starting one killed at a third: wall ÷ floor of the requests sent (${r.multi.faultsAndKill.requests} ÷ ${r.multi.rate}/s); 429s | ${round(r.multi.faultsAndKill.ratioToRequestsFloor, 3)} (${round(r.multi.faultsAndKill.seconds, 1)} s); ${r.multi.faultsAndKill.rateLimited} × 429 (${round((100 * r.multi.faultsAndKill.rateLimited) / r.multi.faultsAndKill.requests, 2)} %) | each row once, ≤ 1 % 429 | ${verdict(r.multi.faultsAndKill.exact && r.multi.faultsAndKill.rateLimited <= r.multi.faultsAndKill.requests / 100)} |`,
    `| baseline (a): ${r.burst.sent} creates fired at once, unpaced | ${r.burst.failed} failed (${r.burst.rateLimited} × 429) | — | |`,
    `| baseline (b): sequential loop sleeping until X-RateLimit-Reset | ratio ${round(r.loop.ratio, 3)} (${round(r.loop.seconds, 1)} s, ${r.loop.rateLimited} × 429) | — | |`,
    `| parse + validate 10,000 pasted rows in Node | ${fmt(r.parseNode, 1, " ms")} | ≤ 150 ms | ${verdict(r.parseNode.median <= 150)} |`,
    `| paste 10,000 rows → preview counts shown, Chromium | ${fmt(r.pasteBrowser, 0, " ms")} | ≤ 1500 ms | ${verdict(r.pasteBrowser.median <= 1500)} |`,
    `| create through the dashboard API, p50 / p99 | ${fmt(r.proxy.proxied.p50, 2, " ms")} / ${round(r.proxy.proxied.p99.median)} ms | — | |`,
    `| create straight to the sandbox, p50 / p99 | ${fmt(r.proxy.direct.p50, 2, " ms")} / ${round(r.proxy.direct.p99.median)} ms | — | |`,
    `| proxy overhead (${r.proxy.creates} sequential creates per run), p50 / p99 | ${fmt(r.proxy.overhead.p50, 2, " ms")} / ${round(r.proxy.overhead.p99.median)} ms | p50 ≤ 5 ms | ${verdict(r.proxy.overhead.p50.median <= 5)} |`,
    ...domainPageRows(r.domainPage),
    "",
    "## Page weight (cold load, JavaScript as transferred, gzip)",
    "",
    "| page | scripts | JS (gzip) | usable after | goal ≤ 150 kB |",
    "|---|---|---|---|---|",
    ...r.weights.map((w) => `| ${w.page} | ${w.scripts} | ${round(w.jsBytesGzip / 1024, 1)} kB | ${w.usableMs} ms | ${verdict(w.jsBytesGzip <= PAGE_WEIGHT_GOAL_BYTES)} |`),
    "",
  ];
  return lines.join("\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
