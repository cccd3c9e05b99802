// "Update existing names" on the bulk runner, against the sandbox: only the fields that
// differ are changed, unchanged rows are never sent, a vanished endpoint fails its row, and
// each updated row has one audit entry naming the fields (never their values).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { createCatapultClient } from "@/lib/catapult/client";
import { listAuditRows } from "@/lib/db/audit-log";
import { getBulkJob, listRowsChangedSince } from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/database";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { createBulkJob } from "./create-job";
import { createBulkRunner } from "./runner";
import { GONE_MESSAGE } from "./update-row";

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandbox({ SANDBOX_SEED: "none", SANDBOX_RATE_LIMIT: "50", SANDBOX_FAIL_RATE: "0", SANDBOX_LOST_RESPONSE_RATE: "0" });
});
afterAll(() => sandbox?.stop());

function setUp(db: Db) {
  const catapult = createCatapultClient({ baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 50, timeoutMs: 5000 });
  const encryptionKey = crypto.randomBytes(32);
  return { db, catapult, encryptionKey, runner: createBulkRunner({ db, catapult, encryptionKey, ratePerSecond: 50 }) };
}

describe.each(TEST_DIALECTS)("bulk runner, update existing names, on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  // One sandbox serves every dialect's run: each run names its own domains.
  const domain = (name: string) => sandbox.createDomain(`${name}-${dialect.slice(0, 2)}`);

  it("changes exactly the differing fields, skips unchanged rows, creates new names, fails vanished endpoints", async () => {
    const deps = setUp(store().db);
    const domainId = await domain("bulk-update");
    const seed = await createBulkJob(
      {
        domainId,
        existingPolicy: "skip",
        rows: [
          { sourceRow: 2, name: "-front", description: "Front desk", password: "abc123", enabled: true },
          { sourceRow: 3, name: "'quoted", description: "Quoted", password: "abc123", enabled: true },
          { sourceRow: 4, name: "=x", description: "Same", password: "abc123", enabled: false },
          { sourceRow: 5, name: "gone", description: "Soon gone", password: "abc123" },
        ],
      },
      deps,
    );
    await deps.runner.start(seed);
    const before = new Map((await deps.catapult.listAllEndpoints(domainId)).map((e) => [e.name, e]));

    const rows = [
      { sourceRow: 2, name: "-front", description: "Lobby", enabled: true },
      { sourceRow: 3, name: "'quoted", description: "Quoted", enabled: false, password: "n3w-secret" },
      { sourceRow: 4, name: "=x", description: "Same", enabled: false },
      { sourceRow: 5, name: "gone", description: "Changed" },
      { sourceRow: 6, name: "+1-919-555-0100", description: "New", password: "abc123" },
    ];
    const jobId = await createBulkJob({ domainId, existingPolicy: "update", rows }, deps);
    // Deleted after the job was stored: the runner's own look-up must catch it.
    await deps.catapult.deleteEndpoint(domainId, before.get("gone")!.id);
    await deps.runner.start(jobId);

    expect((await getBulkJob(jobId, deps.db))?.status).toBe("completed");
    expect((await listRowsChangedSince(jobId, 0, deps.db)).map((r) => [r.name, r.status, r.error])).toEqual([
      ["-front", "updated", null],
      ["'quoted", "updated", null],
      ["=x", "unchanged", null],
      ["gone", "failed", GONE_MESSAGE],
      ["+1-919-555-0100", "created", null],
    ]);
    const after = new Map((await deps.catapult.listAllEndpoints(domainId)).map((e) => [e.name, e]));
    expect(after.get("-front")).toEqual({ ...before.get("-front"), description: "Lobby" });
    expect(after.get("'quoted")).toEqual({ ...before.get("'quoted"), enabled: false });
    expect(after.get("=x")).toEqual(before.get("=x"));
    expect(after.has("gone")).toBe(false);

    const audit = (await listAuditRows({ action: "endpoint.update", target: jobId }, { limit: 10, offset: 0 }, deps.db)).rows;
    expect(audit.map((a) => [a.endpoint_name, JSON.parse(a.detail!)]).toSorted()).toEqual([
      ["'quoted", { source: "bulk", changed: ["enabled", "password"] }],
      ["-front", { source: "bulk", changed: ["description"] }],
    ]);
    expect(JSON.stringify(audit)).not.toContain("n3w-secret");
    const sealed = await deps.db.selectFrom("bulk_rows").select("row_index").where("job_id", "=", jobId).where("status", "!=", "failed").where("password_sealed", "is not", null).execute();
    expect(sealed).toEqual([]);
  });

  it("refuses a new name without a password, naming its row", async () => {
    const deps = setUp(store().db);
    const domainId = await domain("bulk-update-nopass");
    await expect(createBulkJob({ domainId, existingPolicy: "update", rows: [{ sourceRow: 2, name: "fresh" }] }, deps)).rejects.toMatchObject({
      fields: { "rows.0.password": expect.stringMatching(/required/) },
    });
  });
});
