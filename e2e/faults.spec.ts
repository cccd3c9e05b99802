// The whole fault drill on one bulk job: Catapult failing 10 % of requests and losing 5 % of
// create answers, bursts of 429, the dashboard killed and restarted twice, and Catapult
// unreachable for a while in the middle. The job waits and says so, then goes on; it ends
// with exactly one endpoint per row, each row reported once.
// npm test runs it scaled down (200 rows, 10 s outage); `npm run test:faults` runs it in
// full (1,000 rows, 30 s outage) against the last build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type AppProcess, createSandboxDomain, sandboxCall, signedInFetch, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { openTcpGate } from "../scripts/test-support/tcp-gate";

const ROWS = Number(process.env.FAULT_ROWS ?? 200);
const OUTAGE_SECONDS = Number(process.env.FAULT_OUTAGE_SECONDS ?? 10);
const APP_PORT = E2E.faultsAppPort;
const GATE_PORT = E2E.faultsGatePort;

type JobView = { job: { status: string; done: number; total: number; notice: string | null }; rows: { name: string; status: string; endpointId: string | null }[] };

test("a bulk job survives server faults, 429 bursts, two kills and an outage, with no row lost or doubled", async () => {
  test.setTimeout((120 + ROWS / 5 + OUTAGE_SECONDS * 2) * 1000);
  const gate = await openTcpGate(GATE_PORT, E2E.sandboxPort);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faults-"));
  const env = { DATA_DIR: dataDir, CATAPULT_BASE_URL: `http://127.0.0.1:${GATE_PORT}`, CATAPULT_RATE_LIMIT: "40", CATAPULT_TIMEOUT_MS: "3000" };
  const domainId = await createSandboxDomain(`faults-${Date.now()}`);
  const rows = Array.from({ length: ROWS }, (_, i) => ({ sourceRow: i + 2, name: `fault-${i}`, password: `fault-pw-${i}` }));
  const before = (await sandboxCall<{ injectedFailures: number; lostResponses: number; rateLimited: number }>("/_sandbox/stats")).body;
  let app: AppProcess | undefined;
  const seenNotices = new Set<string>();
  try {
    app = await startApp(APP_PORT, env);
    let call = await signedInFetch(app.url);
    const created = await call("/api/bulk-jobs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ domainId, rows }) });
    expect(created.status).toBe(201);
    const jobId = ((await created.json()) as { job: { id: string } }).job.id;
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { failRate: 0.1, lostResponseRate: 0.05 } });
    const view = async () => (await (await call(`/api/bulk-jobs/${jobId}`)).json()) as JobView;
    const waitForDone = async (atLeast: number) =>
      expect.poll(async () => (await view()).job.done, { timeout: 120_000, intervals: [200] }).toBeGreaterThanOrEqual(atLeast);

    // A burst of 429s: Catapult drops to 2 requests/s for three seconds.
    await waitForDone(Math.floor(ROWS * 0.1));
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { rateLimit: 2 } });
    await new Promise((r) => setTimeout(r, 3000));
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { rateLimit: 50 } });

    // First kill, mid-flight.
    await waitForDone(Math.floor(ROWS * 0.25));
    await app.kill("SIGKILL");
    app = await startApp(APP_PORT, env);
    call = await signedInFetch(app.url);

    // Catapult unreachable: the job waits and says so, then goes on.
    await waitForDone(Math.floor(ROWS * 0.45));
    await gate.close();
    const outageStart = Date.now();
    while (Date.now() - outageStart < OUTAGE_SECONDS * 1000) {
      const notice = (await view()).job.notice;
      if (notice) seenNotices.add(notice);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect([...seenNotices].join(" ")).toMatch(/cannot be reached|waiting/i);
    expect((await view()).job.status).toBe("running");
    await gate.open();

    // Second kill.
    await waitForDone(Math.floor(ROWS * 0.7));
    await app.kill("SIGKILL");
    app = await startApp(APP_PORT, env);
    call = await signedInFetch(app.url);

    await expect.poll(async () => (await view()).job.status, { timeout: 180_000, intervals: [500] }).toBe("completed");
    const final = await view();
    const state = (await sandboxCall<{ id: string; name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
    const after = (await sandboxCall<{ injectedFailures: number; lostResponses: number; rateLimited: number }>("/_sandbox/stats")).body;

    const figures = {
      rows: ROWS,
      endpoints: state.length,
      distinctNames: new Set(state.map((e) => e.name)).size,
      reportedRows: final.rows.length,
      injectedFailures: after.injectedFailures - before.injectedFailures,
      lostResponses: after.lostResponses - before.lostResponses,
      rateLimited: after.rateLimited - before.rateLimited,
      kills: 2,
      outageSeconds: OUTAGE_SECONDS,
    };
    console.log(`fault drill: ${JSON.stringify(figures)}`);
    expect(figures.injectedFailures).toBeGreaterThan(0);
    expect(figures.lostResponses).toBeGreaterThan(0);
    expect(figures.rateLimited).toBeGreaterThan(0);
    expect(state).toHaveLength(ROWS);
    expect(figures.distinctNames).toBe(ROWS);
    expect(final.rows).toHaveLength(ROWS);
    const ids = new Map(state.map((e) => [e.name, e.id]));
    for (const row of final.rows) {
      expect(["created", "already_existed"]).toContain(row.status);
      expect(row.endpointId).toBe(ids.get(row.name));
    }
  } finally {
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { failRate: 0, lostResponseRate: 0, rateLimit: 50 } });
    await app?.kill("SIGTERM");
    await gate.close().catch(() => {});
  }
});
