// Part 1: a 300-row job through the real job path (API → SQLite → runner → pacer) against
// the sandbox at 20 requests/s, next to two loops a user might write instead.
import type { App, Sandbox } from "./services";
import { summarize } from "./stats";

const ROWS = 300;

export async function measureBulkPacing(app: App, sandbox: Sandbox, rate: number, runs: number) {
  const floor = ROWS / rate;
  const ratios: number[] = [];
  let totalRateLimited = 0;
  let exact = true;
  for (let run = 0; run < runs; run++) {
    const domainId = await sandbox.createDomain(`bench-job-${Date.now()}-${run}`);
    const rows = Array.from({ length: ROWS }, (_, i) => ({ sourceRow: i + 2, name: `job-${run}-${i}`, password: `pw-${i}-abcdef` }));
    const before = await sandbox.stats();
    const started = performance.now();
    const created = await app.call("/api/bulk-jobs", "POST", { domainId, rows });
    if (created.status !== 201) throw new Error(`job create answered ${created.status}: ${await created.text()}`);
    const { job } = (await created.json()) as { job: { id: string } };
    for (;;) {
      const view = (await (await app.call(`/api/bulk-jobs/${job.id}?after=999999999`)).json()) as { job: { status: string } };
      if (view.job.status === "completed") break;
      if (view.job.status !== "running") throw new Error(`job ended ${view.job.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await sandbox.stats();
    const state = await sandbox.endpoints(domainId);
    ratios.push(seconds / floor);
    totalRateLimited += after.rateLimited - before.rateLimited;
    exact &&= state.length === ROWS && new Set(state.map((e) => e.name)).size === ROWS;
  }
  return { rows: ROWS, rate, floorSeconds: floor, ratio: summarize(ratios), rateLimited: totalRateLimited, exactEveryRun: exact };
}

/** (a) every create fired at once, no pacing: how many Catapult refuses. */
export async function measureUnpacedBurst(sandbox: Sandbox) {
  const domainId = await sandbox.createDomain(`bench-burst-${Date.now()}`);
  const statuses = await Promise.all(
    Array.from({ length: ROWS }, (_, i) =>
      sandbox.call(`${sandbox.accountPath}/domains/${domainId}/endpoints`, "POST", { name: `burst-${i}`, credentials: { password: "abc123" } }).then((r) => r.status),
    ),
  );
  return { sent: ROWS, failed: statuses.filter((s) => s !== 201).length, rateLimited: statuses.filter((s) => s === 429).length };
}

/** (b) a sequential loop that sleeps until X-RateLimit-Reset on each 429. */
export async function measureSleepOn429(sandbox: Sandbox, rate: number) {
  const domainId = await sandbox.createDomain(`bench-loop-${Date.now()}`);
  const started = performance.now();
  let rateLimited = 0;
  for (let i = 0; i < ROWS; i++) {
    for (;;) {
      const r = await sandbox.call(`${sandbox.accountPath}/domains/${domainId}/endpoints`, "POST", { name: `loop-${i}`, credentials: { password: "abc123" } });
      if (r.status === 201) break;
      if (r.status !== 429) throw new Error(`loop create answered ${r.status}`);
      rateLimited++;
      await new Promise((res) => setTimeout(res, Math.max(0, Number(r.headers.get("x-ratelimit-reset")) - Date.now())));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, ratio: seconds / (ROWS / rate), rateLimited };
}
