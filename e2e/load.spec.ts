// Two admins run bulk jobs on the same domain at once while a third person uses the form:
// the process-wide pacer keeps 429s rare, both jobs finish, and the form still answers
// promptly (a person's request goes ahead of queued bulk work).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall, signedInFetch, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

test("two concurrent bulk jobs and the form on one domain", async () => {
  test.setTimeout(120_000);
  await sandboxCall("/_sandbox/faults", { method: "POST", body: { rateLimit: 20 } });
  // A store of its own: instances sharing one work on each other's jobs, and the suite's own
  // dashboard (at 50/s) would otherwise join these jobs.
  const app = await startApp(E2E.loadAppPort, { CATAPULT_RATE_LIMIT: "20", DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "load-")) });
  try {
    const admin1 = await signedInFetch(app.url);
    const admin2 = await signedInFetch(app.url);
    const person = await signedInFetch(app.url);
    const domainId = await createSandboxDomain(`load-${Date.now()}`);
    const before = (await sandboxCall<{ rateLimited: number }>("/_sandbox/stats")).body.rateLimited;
    const rows = (prefix: string) => Array.from({ length: 100 }, (_, i) => ({ sourceRow: i + 2, name: `${prefix}-${i}`, password: "load-pw-123" }));
    const start = (call: typeof admin1, prefix: string) =>
      call("/api/bulk-jobs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ domainId, rows: rows(prefix) }) }).then(
        async (r) => ((await r.json()) as { job: { id: string } }).job.id,
      );
    const [job1, job2] = await Promise.all([start(admin1, "a1"), start(admin2, "a2")]);

    const formTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      const r = await person(`/api/domains/${domainId}/endpoints`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: `form-${i}`, password: "load-pw-123" }),
      });
      expect(r.status).toBe(201);
      formTimes.push(Date.now() - t);
      await new Promise((res) => setTimeout(res, 500));
    }
    const status = async (call: typeof admin1, id: string) => ((await (await call(`/api/bulk-jobs/${id}`)).json()) as { job: { status: string } }).job.status;
    await expect.poll(async () => [await status(admin1, job1), await status(admin2, job2)], { timeout: 60_000, intervals: [500] }).toEqual(["completed", "completed"]);

    const state = (await sandboxCall<{ name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
    const rateLimited = (await sandboxCall<{ rateLimited: number }>("/_sandbox/stats")).body.rateLimited - before;
    console.log(`load: form answered in ${formTimes.join(", ")} ms; ${rateLimited} × 429 over ${state.length} creates`);
    expect(state).toHaveLength(205);
    expect(Math.max(...formTimes)).toBeLessThan(2000);
    expect(rateLimited).toBeLessThanOrEqual(5);
  } finally {
    await app.kill("SIGTERM");
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { rateLimit: 50 } });
  }
});
