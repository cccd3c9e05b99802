// The bulk runner against a faulty, rate-limited sandbox: every row reported once, the
// domain holding exactly the rows' names, statuses matching the sandbox's state.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { createCatapultClient } from "@/lib/catapult/client";
import { listAuditRows } from "@/lib/db/audit-log";
import { getBulkJob, listRowsChangedSince } from "@/lib/db/bulk-jobs";
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import type { Db } from "@/lib/db/database";
import { createBulkJob } from "./create-job";
import { createBulkRunner, RETRY_WINDOW_MS } from "./runner";

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandbox({
    SANDBOX_SEED: "none",
    SANDBOX_RATE_LIMIT: "20",
    SANDBOX_FAIL_RATE: "0.1",
    SANDBOX_LOST_RESPONSE_RATE: "0.05",
  });
});
afterAll(() => sandbox?.stop());

function setUp(db: Db, rate: number) {
  const config = { baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: rate, timeoutMs: 5000 };
  const catapult = createCatapultClient(config);
  const encryptionKey = crypto.randomBytes(32);
  return { db, catapult, config, encryptionKey, runner: createBulkRunner({ db, catapult, encryptionKey, ratePerSecond: rate }) };
}


/** Sealed passwords still stored (of one job, or all). */
async function sealedCount(db: Db, jobId?: string): Promise<number> {
  const row = await db
    .selectFrom("bulk_rows")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("password_sealed", "is not", null)
    .$if(jobId !== undefined, (q) => q.where("job_id", "=", jobId!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(TEST_DIALECTS)("bulk runner on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  // One sandbox serves every dialect's run: each run names its own domains.
  const domain = (name: string) => sandbox.createDomain(`${name}-${dialect.slice(0, 2)}`);

  it("500 rows under faults: exactly 500 endpoints, each row reported once, statuses match the sandbox", { timeout: 180_000 }, async () => {
    const deps = setUp(store().db, 20);
    const domainId = await domain("bulk-faults");
    const rows = Array.from({ length: 500 }, (_, i) => ({ sourceRow: i + 2, name: `bulk-${i}`, password: `secret-${i}` }));
    const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows }, deps);
    await deps.runner.start(jobId);

    expect(await getBulkJob(jobId, deps.db)).toMatchObject({ status: "completed", total: 500 });
    const reported = await listRowsChangedSince(jobId, 0, deps.db);
    const state = await sandbox.admin<{ id: string; name: string; sipUri: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`);
    const stats = await sandbox.admin<{ injectedFailures: number; lostResponses: number }>("/_sandbox/stats");
    expect(stats.injectedFailures).toBeGreaterThan(0);
    expect(stats.lostResponses).toBeGreaterThan(0);
    expect(state).toHaveLength(500);
    expect(reported).toHaveLength(500);
    const byName = new Map(state.map((e) => [e.name, e]));
    for (const row of reported) {
      expect(["created", "already_existed"]).toContain(row.status);
      expect(row.endpointId).toBe(byName.get(row.name)?.id);
      expect(row.sipUri).toBe(byName.get(row.name)?.sipUri);
    }
    expect(new Set(reported.map((r) => r.name)).size).toBe(500);
    // Every password is gone from the database once its row is done.
    expect(await sealedCount(deps.db)).toBe(0);
    expect(await listCreatedEndpoints({ domainId }, deps.db)).toHaveLength(500);
  });

  it("skips names the domain already has, or fails them, as the admin chose", async () => {
    const deps = setUp(store().db, 50);
    await sandbox.admin("/_sandbox/faults", { failRate: 0, lostResponseRate: 0 });
    try {
      const domainId = await domain("bulk-existing");
      const first = await createBulkJob({ domainId, existingPolicy: "skip", rows: [{ sourceRow: 2, name: "old", password: "abc123" }] }, deps);
      await deps.runner.start(first);
      const rows = [
        { sourceRow: 2, name: "old", password: "abc123" },
        { sourceRow: 3, name: "new", password: "abc123" },
      ];
      const skip = await createBulkJob({ domainId, existingPolicy: "skip", rows }, deps);
      await deps.runner.start(skip);
      expect((await listRowsChangedSince(skip, 0, deps.db)).map((r) => [r.name, r.status, Boolean(r.endpointId)])).toEqual([
        ["old", "skipped", true],
        ["new", "created", true],
      ]);
      const fail = await createBulkJob({ domainId, existingPolicy: "fail", rows: [{ sourceRow: 2, name: "old", password: "abc123" }] }, deps);
      await deps.runner.start(fail);
      expect((await listRowsChangedSince(fail, 0, deps.db))[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/already exists/) });

      // A row Catapult refuses keeps its sealed password for a retry, for a day after the job.
      await sandbox.admin("/_sandbox/faults", { failRate: 0, lostResponseRate: 0 });
      const refused = await createBulkJob({ domainId, existingPolicy: "skip", rows: [{ sourceRow: 2, name: "no-app", password: "abc123", applicationId: "a-unknown" }] }, deps);
      await deps.runner.start(refused);
      expect((await listRowsChangedSince(refused, 0, deps.db))[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/application/) });
      expect(await sealedCount(deps.db, refused)).toBe(1);
      expect(await deps.runner.wipeExpiredRetryPasswords(Date.now() + 60_000)).toBe(0);
      expect(await deps.runner.wipeExpiredRetryPasswords(Date.now() + RETRY_WINDOW_MS + 60_000)).toBe(1);
      expect(await sealedCount(deps.db, refused)).toBe(0);
    } finally {
      await sandbox.admin("/_sandbox/faults", { failRate: 0.1, lostResponseRate: 0.05 });
    }
  });

  it("pauses on refused credentials instead of failing every row, and resumes", async () => {
    const deps = setUp(store().db, 50);
    await sandbox.admin("/_sandbox/faults", { failRate: 0, lostResponseRate: 0 });
    try {
      const domainId = await domain("bulk-pause");
      const rows = Array.from({ length: 5 }, (_, i) => ({ sourceRow: i + 2, name: `p-${i}`, password: "abc123" }));
      const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows }, deps);
      const broken = createBulkRunner({ ...deps, catapult: createCatapultClient({ ...deps.config, apiSecret: "wrong" }), ratePerSecond: 50 });
      await broken.start(jobId);
      expect(await getBulkJob(jobId, deps.db)).toMatchObject({ status: "paused", pauseReason: expect.stringMatching(/credentials/) });
      expect((await listRowsChangedSince(jobId, 0, deps.db)).every((r) => r.status === "pending")).toBe(true);
      // The runner's own pause is in the audit log, by "system", with the job and its reason.
      const paused = (await listAuditRows({ action: "bulk-job.pause", target: jobId }, { limit: 10, offset: 0 }, deps.db)).rows;
      expect(paused).toEqual([expect.objectContaining({ actor_type: "system", actor_label: "system", job_id: jobId, domain_id: domainId, outcome: "ok" })]);
      expect(JSON.parse(paused[0]!.detail!)).toEqual({ reason: expect.stringMatching(/credentials/) });
      await deps.runner.resume(jobId);
      await deps.runner.start(jobId);
      expect((await getBulkJob(jobId, deps.db))?.status).toBe("completed");
      expect((await listRowsChangedSince(jobId, 0, deps.db)).every((r) => r.status === "created")).toBe(true);
    } finally {
      await sandbox.admin("/_sandbox/faults", { failRate: 0.1, lostResponseRate: 0.05 });
    }
  });
});
