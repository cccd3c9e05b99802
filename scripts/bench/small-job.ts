// Part 1b: a small job as a person starts it (20 rows at 5 requests/s, in the browser), timed
// from the click on the confirm button to the last create Catapult receives, against each
// way the sandbox can count its limit. Even pacing must stay under every one of them.
import type { Browser } from "@playwright/test";
import type { App, Sandbox } from "./services";
import { summarize } from "./stats";

const ROWS = 20;
export const SMALL_JOB_RATE = 5;
export const RATE_LIMIT_MODES = ["fixed-window", "sliding-window", "token-bucket", "min-gap"] as const;

export async function measureSmallJob(browser: Browser, app: App, sandbox: Sandbox, runs: number) {
  const floor = ROWS / SMALL_JOB_RATE;
  const results = [];
  for (const mode of RATE_LIMIT_MODES) {
    const ratios: number[] = [];
    let rateLimited = 0;
    for (let run = 0; run < runs; run++) {
      await sandbox.call("/_sandbox/faults", "POST", { rateLimit: SMALL_JOB_RATE, rateLimitMode: mode, rateLimitScope: "path-prefix" });
      const domainId = await sandbox.createDomain(`bench-small-${mode}-${Date.now()}-${run}`);
      // The bench's own request to the sandbox spends the account's budget too: let it pass
      // (every mode recovers within a second) so only the dashboard's requests are judged.
      await new Promise((r) => setTimeout(r, 1100));
      const before = (await sandbox.stats()).rateLimited;
      const seconds = await runInBrowser(browser, app, sandbox, domainId, `${mode}-${run}`);
      ratios.push(seconds / floor);
      rateLimited += (await sandbox.stats()).rateLimited - before;
    }
    results.push({ mode, ratio: summarize(ratios), rateLimited });
  }
  return { rows: ROWS, rate: SMALL_JOB_RATE, floorSeconds: floor, modes: results };
}

async function runInBrowser(browser: Browser, app: App, sandbox: Sandbox, domainId: string, tag: string): Promise<number> {
  const context = await browser.newContext({ baseURL: app.url });
  const [name, value] = app.cookie.split("=");
  await context.addCookies([{ name: name!, value: value!, url: app.url }]);
  const page = await context.newPage();
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  const rows = Array.from({ length: ROWS }, (_, i) => `small-${tag}-${i},Desk ${i},pw-${i}-abcdef`);
  await page.getByLabel(/paste rows/i).fill(["name,description,password", ...rows].join("\n"));
  await page.getByRole("button", { name: `Create ${ROWS} endpoints` }).click();
  const confirm = page.getByRole("dialog").getByRole("button", { name: new RegExp(`^Create ${ROWS}`) });
  await confirm.waitFor();
  const started = performance.now();
  await confirm.click();
  await sandbox.waitForEndpoints(domainId, ROWS, { timeoutMs: 120_000, label: "small job" });
  const seconds = (performance.now() - started) / 1000;
  await context.close();
  return seconds;
}
