// Part 1c: a 60-row job at Catapult's default of 1 request/s, started from the browser and
// timed from the click on the confirm button to the last create Catapult answers. At 1/s every
// request the dashboard spends beside the creates costs a whole second, so the row reports
// both how close the job runs to the floor of what it sent (requests ÷ rate) and how many
// requests it sent beyond one per row.
import type { Browser } from "@playwright/test";
import type { App, Sandbox } from "./services";
import { summarize } from "./stats";

const ROWS = 60;
export const SLOW_JOB_RATE = 1;

export async function measureSlowJob(browser: Browser, app: App, sandbox: Sandbox, runs: number) {
  const ratios: number[] = [];
  const extras: number[] = [];
  let rateLimited = 0;
  for (let run = 0; run < runs; run++) {
    const domainId = await sandbox.createDomain(`bench-slow-${Date.now()}-${run}`);
    const result = await runInBrowser(browser, app, sandbox, domainId, String(run));
    ratios.push(result.seconds / (result.requestsToLastCreate / SLOW_JOB_RATE));
    extras.push(result.requestsWholeJob - ROWS);
    rateLimited += result.rateLimited;
  }
  return { rows: ROWS, rate: SLOW_JOB_RATE, ratio: summarize(ratios), extraRequests: Math.max(...extras), rateLimited };
}

async function runInBrowser(browser: Browser, app: App, sandbox: Sandbox, domainId: string, tag: string) {
  const context = await browser.newContext({ baseURL: app.url });
  const [name, value] = app.cookie.split("=");
  await context.addCookies([{ name: name!, value: value!, url: app.url }]);
  const page = await context.newPage();
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  const rows = Array.from({ length: ROWS }, (_, i) => `slow-${tag}-${i},Desk ${i},pw-${i}-abcdef`);
  await page.getByLabel(/paste rows/i).fill(["name,description,password", ...rows].join("\n"));
  await page.getByRole("button", { name: `Create ${ROWS} endpoints` }).click();
  const confirm = page.getByRole("dialog").getByRole("button", { name: new RegExp(`^Create ${ROWS}`) });
  await confirm.waitFor();
  // What the page spent while loading is not the job's: let the budget settle before the click.
  await page.waitForLoadState("networkidle");
  await new Promise((r) => setTimeout(r, 1100));
  const before = await sandbox.stats();
  const started = performance.now();
  await confirm.click();
  await sandbox.waitForEndpoints(domainId, ROWS, { timeoutMs: 300_000, label: "slow job" });
  const seconds = (performance.now() - started) / 1000;
  const atLastCreate = await sandbox.stats();
  // Then whatever the job still sends once every row is done, until it says it is completed.
  await page.waitForURL(/\/bulk-jobs\/[^/]+$/);
  const jobId = new URL(page.url()).pathname.split("/").pop()!;
  for (;;) {
    const body = (await (await app.call(`/api/bulk-jobs/${jobId}`)).json()) as { job: { status: string } };
    if (body.job.status === "completed") break;
    if (performance.now() - started > 360_000) throw new Error(`slow job ${jobId} never completed (${body.job.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const after = await sandbox.stats();
  await context.close();
  return {
    seconds,
    requestsToLastCreate: atLastCreate.requests.total - before.requests.total,
    requestsWholeJob: after.requests.total - before.requests.total,
    rateLimited: after.rateLimited - before.rateLimited,
  };
}
