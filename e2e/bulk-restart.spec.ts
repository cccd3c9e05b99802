// The server stops mid-job (killed, no goodbye); at the next start the job goes on where it
// stopped, and ends with every row created exactly once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall, signedInFetch, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

test("a job interrupted by a killed server completes after restart, with no duplicate", async () => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "restart-"));
  const env = { DATA_DIR: dataDir, CATAPULT_RATE_LIMIT: "8" };
  const domainId = await createSandboxDomain(`restart-${Date.now()}`);
  const rows = Array.from({ length: 60 }, (_, i) => ({ sourceRow: i + 2, name: `restart-${i}`, password: `pw-${i}-secret` }));

  let app = await startApp(E2E.restartAppPort, env);
  let call = await signedInFetch(app.url);
  const created = await call("/api/bulk-jobs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ domainId, rows }) });
  expect(created.status).toBe(201);
  const jobId = ((await created.json()) as { job: { id: string } }).job.id;

  const progress = async () => ((await (await call(`/api/bulk-jobs/${jobId}`)).json()) as { job: { done: number; status: string } }).job;
  await expect.poll(async () => (await progress()).done, { timeout: 30_000, intervals: [100] }).toBeGreaterThanOrEqual(12);
  await app.kill("SIGKILL");
  const doneAtKill = (await sandboxCall<unknown[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body.length;
  expect(doneAtKill).toBeLessThan(60);

  app = await startApp(E2E.restartAppPort, env);
  call = await signedInFetch(app.url);
  await expect.poll(async () => (await progress()).status, { timeout: 60_000, intervals: [500] }).toBe("completed");
  await app.kill("SIGTERM");

  const state = (await sandboxCall<{ id: string; name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  expect(state.map((e) => e.name).toSorted()).toEqual(rows.map((r) => r.name).toSorted());
  const app2 = await startApp(E2E.restartAppPort, env);
  const call2 = await signedInFetch(app2.url);
  const view = (await (await call2(`/api/bulk-jobs/${jobId}`)).json()) as { rows: { name: string; status: string; endpointId: string }[] };
  await app2.kill("SIGTERM");
  const ids = new Map(state.map((e) => [e.name, e.id]));
  expect(view.rows).toHaveLength(60);
  for (const row of view.rows) {
    expect(["created", "already_existed"]).toContain(row.status);
    expect(row.endpointId).toBe(ids.get(row.name));
  }
  // Nothing of the passwords is left in the data folder once every row is done.
  const files = fs.readdirSync(dataDir).map((f) => fs.readFileSync(path.join(dataDir, f), "latin1")).join("");
  expect(files).not.toContain("-secret");
  expect(files).not.toContain(E2E.secret);
});
