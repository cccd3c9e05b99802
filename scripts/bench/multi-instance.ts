// Part 1d: three dashboards on one Postgres sharing a 300-row job at 20 requests/s. Without
// faults the wall time is judged against the 15 s floor; with 10 % 5xx, 5 % lost answers and
// the starting instance killed a third of the way in, against the floor of the requests the
// instances actually sent (requests ÷ rate). One instance on the same Postgres is the yardstick.
import crypto from "node:crypto";
import { type App, type Sandbox, startApp, startSandbox } from "./services";
import { summarize } from "./stats";

const ROWS = 300;
export const MULTI_RATE = 20;

interface Run {
  seconds: number;
  requests: number;
  rateLimited: number;
  exact: boolean;
}

export async function measureMultiInstance(runs: number) {
  const { startPostgres } = await import("../test-support/postgres.mjs");
  const postgres = await startPostgres();
  try {
    const sandbox = await startSandbox(4217, MULTI_RATE);
    const shared = { DATABASE_URL: postgres.url, SESSION_SECRET: crypto.randomBytes(32).toString("hex"), ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex") };
    // One instance alone first; then two more join, and every instance works on whatever job runs.
    const apps: App[] = [await startApp(3217, 4217, MULTI_RATE, shared)];
    const one: Run[] = [];
    const three: Run[] = [];
    for (let run = 0; run < runs; run++) one.push(await runJob(sandbox, apps[0]!, `one-${run}`, false));
    for (const port of [3218, 3219]) apps.push(await startApp(port, 4217, MULTI_RATE, shared));
    for (let run = 0; run < runs; run++) three.push(await runJob(sandbox, apps[0]!, `three-${run}`, false));
    await sandbox.call("/_sandbox/faults", "POST", { failRate: 0.1, lostResponseRate: 0.05 });
    const faulty = await runJob(sandbox, apps[0]!, "faults", true, apps[1]!);
    const summary = (list: Run[]) => ({
      ratio: summarize(list.map((r) => r.seconds / (ROWS / MULTI_RATE))),
      rateLimited: list.reduce((n, r) => n + r.rateLimited, 0),
      requests: list.reduce((n, r) => n + r.requests, 0),
      exact: list.every((r) => r.exact),
    });
    return {
      rows: ROWS,
      rate: MULTI_RATE,
      floorSeconds: ROWS / MULTI_RATE,
      oneInstance: summary(one),
      threeInstances: summary(three),
      faultsAndKill: { ...faulty, ratioToRequestsFloor: faulty.seconds / (faulty.requests / MULTI_RATE) },
    };
  } finally {
    postgres.stop();
  }
}

async function runJob(sandbox: Sandbox, starter: App, tag: string, killStarter: boolean, watcher: App = starter): Promise<Run> {
  const domainId = await sandbox.createDomain(`bench-multi-${tag}-${Date.now()}`);
  await new Promise((r) => setTimeout(r, 1100)); // the domain create spent the budget
  const rows = Array.from({ length: ROWS }, (_, i) => ({ sourceRow: i + 2, name: `multi-${tag}-${i}`, password: `pw-${i}-abcdef` }));
  const before = await sandbox.stats();
  const started = performance.now();
  const created = await starter.call("/api/bulk-jobs", "POST", { domainId, rows });
  if (created.status !== 201) throw new Error(`job create answered ${created.status}: ${await created.text()}`);
  const { job } = (await created.json()) as { job: { id: string } };
  let killed = !killStarter;
  for (;;) {
    if (!killed && (await sandbox.endpoints(domainId)).length >= ROWS / 3) {
      starter.kill();
      killed = true;
    }
    const view = (await (await watcher.call(`/api/bulk-jobs/${job.id}?after=999999999`)).json()) as { job: { status: string } };
    if (view.job.status === "completed") break;
    if (view.job.status !== "running") throw new Error(`job ended ${view.job.status}`);
    if (performance.now() - started > 300_000) throw new Error("multi-instance job did not finish in 5 minutes");
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = await sandbox.stats();
  const state = await sandbox.endpoints(domainId);
  return {
    seconds,
    requests: after.requests.total - before.requests.total,
    rateLimited: after.rateLimited - before.rateLimited,
    exact: state.length === ROWS && new Set(state.map((e) => e.name)).size === ROWS,
  };
}
