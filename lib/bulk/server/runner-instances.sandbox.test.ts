// Several instances on one store, as two bulk runners in one process, each with its own
// instance id: they share a job without sending any row twice and read its SIP details once; a
// live one keeps its rows however long their requests take (its heartbeat renews the leases);
// an instance that dies holding rows has them taken over after their lease, in doubt, and
// created once, and its answers arriving late are not counted; a cancel on one stops all.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { type CatapultClient, createCatapultClient } from "@/lib/catapult/client";
import { listAuditRows } from "@/lib/db/audit-log";
import { countRowsByStatus, getBulkJob, listRowsChangedSince } from "@/lib/db/bulk-jobs";
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import type { Db } from "@/lib/db/database";
import { createBulkJob } from "./create-job";
import { type BulkRunnerDeps, createBulkRunner } from "./runner";

let sandbox: SandboxProcess;
beforeAll(async () => {
  // A little latency, so that the instances' requests overlap.
  sandbox = await startSandbox({ SANDBOX_SEED: "none", SANDBOX_RATE_LIMIT: "0", SANDBOX_LATENCY_MS: "20" });
});
afterAll(() => sandbox?.stop());

/** What one instance asked Catapult: creates by name, and reads of a whole domain (the job's end). */
function counted(catapult: CatapultClient) {
  const posts = new Map<string, number>();
  const reads = { listed: 0 };
  const client: CatapultClient = {
    ...catapult,
    createEndpoint: (domainId, endpoint, options) => {
      posts.set(endpoint.name, (posts.get(endpoint.name) ?? 0) + 1);
      return catapult.createEndpoint(domainId, endpoint, options);
    },
    listEndpoints: (domainId, options) => {
      reads.listed++;
      return catapult.listEndpoints(domainId, options);
    },
  };
  return { client, posts, reads };
}

/** An instance that dies once its requests are out: their answers come back only when the test says. */
function dyingAfterSending(catapult: CatapultClient) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const client: CatapultClient = {
    ...catapult,
    createEndpoint: async (domainId, endpoint, options) => {
      const answer = catapult.createEndpoint(domainId, endpoint, options);
      await answer.catch(() => undefined);
      await released;
      return answer;
    },
  };
  return { client, release };
}

function setUp(db: Db) {
  const config = { baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 200, timeoutMs: 5000 };
  const catapult = createCatapultClient(config);
  const encryptionKey = crypto.randomBytes(32);
  const instance = (instanceId: string, client: CatapultClient, extra: Partial<BulkRunnerDeps> = {}) =>
    createBulkRunner({ db, catapult: client, encryptionKey, ratePerSecond: 5, instanceId, scoutIntervalMs: 100, ...extra });
  return { db, config, catapult, encryptionKey, instance };
}

const rowsNamed = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ sourceRow: i + 2, name: `${prefix}-${i}`, password: `pw-${prefix}-${i}` }));
const sandboxEndpoints = (domainId: string) => sandbox.admin<{ id: string; name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`);
const untilStatus = (db: Db, jobId: string, status: string) =>
  vi.waitFor(async () => expect((await getBulkJob(jobId, db))?.status).toBe(status), { timeout: 20_000, interval: 50 });
const audited = async (db: Db, jobId: string) => (await listAuditRows({ action: "endpoint.create", target: jobId }, { limit: 1000, offset: 0 }, db)).rows;

describe.each(TEST_DIALECTS)("bulk runners of several instances on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  const domain = (name: string) => sandbox.createDomain(`${name}-${dialect.slice(0, 2)}-${Date.now()}`);

  it("share one job: every row sent once, by one of them, and its SIP details read once", { timeout: 60_000 }, async () => {
    const deps = setUp(store().db);
    const [a, b] = [counted(deps.catapult), counted(deps.catapult)];
    const [first, second] = [deps.instance("host-a:3000", a.client), deps.instance("host-b:3000", b.client)];
    const domainId = await domain("shared");
    const rows = rowsNamed("shared", 120);
    const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows }, deps);

    // The first works on the job it started; the second finds it with its scout.
    const run = first.start(jobId);
    await second.startScout();
    await run;
    await untilStatus(deps.db, jobId, "completed");
    second.stop();

    const sent = [...a.posts, ...b.posts];
    expect(sent.map(([name]) => name).toSorted()).toEqual(rows.map((r) => r.name).toSorted());
    expect(sent.every(([, times]) => times === 1)).toBe(true);
    expect([a.posts.size, b.posts.size].every((n) => n > 0)).toBe(true);
    expect(a.reads.listed + b.reads.listed).toBe(1);
    const truth = new Map((await sandboxEndpoints(domainId)).map((e) => [e.name, e.id]));
    expect(truth.size).toBe(120);
    const stored = await listRowsChangedSince(jobId, 0, deps.db);
    expect(stored.every((r) => r.status === "created" && r.attempts === 1 && r.endpointId === truth.get(r.name) && r.sipUri !== null)).toBe(true);
    expect(await listCreatedEndpoints({ domainId }, deps.db)).toHaveLength(120);
    expect(await audited(deps.db, jobId)).toHaveLength(120);
  });

  it.each([
    ["lost in the sandbox", 1],
    ["delivered late", 0],
  ])("an instance that dies holding rows, its answers %s: the rows are taken over in doubt and created once", { timeout: 60_000 }, async (_, lostResponseRate) => {
    const deps = setUp(store().db);
    const lease = { ms: 500, heartbeatMs: 100 };
    const dying = dyingAfterSending(deps.catapult);
    const [doomed, survivor] = [deps.instance("host-a:3000", dying.client, { lease }), deps.instance("host-b:3000", deps.catapult, { lease })];
    const domainId = await domain("takeover");
    const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows: rowsNamed("takeover", 2) }, deps);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await sandbox.admin("/_sandbox/faults", { lostResponseRate });
    try {
      // Two workers each send a row; both creates take effect; then the instance is gone.
      const doomedRun = doomed.start(jobId);
      await vi.waitFor(async () => expect(await sandboxEndpoints(domainId)).toHaveLength(2), { timeout: 10_000, interval: 20 });
      doomed.stop();
      await sandbox.admin("/_sandbox/faults", { lostResponseRate: 0 });

      await survivor.startScout();
      await untilStatus(deps.db, jobId, "completed");
      survivor.stop();
      const truth = new Map((await sandboxEndpoints(domainId)).map((e) => [e.name, e.id]));
      expect(truth.size).toBe(2);
      const settled = await listRowsChangedSince(jobId, 0, deps.db);
      // Looked up by name, found, not posted again: "Created (confirmed by name)".
      expect(settled.map((r) => [r.status, r.attempts, r.endpointId === truth.get(r.name)])).toEqual([
        ["already_existed", 2, true],
        ["already_existed", 2, true],
      ]);

      // The dead instance's answers arrive after all: refused, nothing counted twice.
      dying.release();
      await doomedRun;
      expect(await listRowsChangedSince(jobId, 0, deps.db)).toEqual(settled);
      expect(await listCreatedEndpoints({ domainId }, deps.db)).toHaveLength(2);
      expect(await audited(deps.db, jobId)).toHaveLength(2);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/came after another instance took the row over/));
      expect(await sandboxEndpoints(domainId)).toHaveLength(2);
    } finally {
      warn.mockRestore();
      await sandbox.admin("/_sandbox/faults", { lostResponseRate: 0 });
    }
  });

  it("a live instance keeps its rows through requests longer than the lease: its heartbeat renews them", { timeout: 30_000 }, async () => {
    const deps = setUp(store().db);
    const lease = { ms: 300, heartbeatMs: 50 };
    const slow: CatapultClient = {
      ...deps.catapult,
      createEndpoint: async (...args) => {
        await new Promise((r) => setTimeout(r, 1_200));
        return deps.catapult.createEndpoint(...args);
      },
    };
    const other = counted(deps.catapult);
    const [holder, watcher] = [deps.instance("host-a:3000", slow, { lease }), deps.instance("host-b:3000", other.client, { lease })];
    const domainId = await domain("renewed");
    const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows: rowsNamed("renewed", 2) }, deps);
    const run = holder.start(jobId);
    await vi.waitFor(async () => expect((await countRowsByStatus(jobId, deps.db)).in_flight).toBe(2), { timeout: 5_000, interval: 10 });
    await watcher.startScout();
    await run;
    await untilStatus(deps.db, jobId, "completed");
    watcher.stop();
    expect((await listRowsChangedSince(jobId, 0, deps.db)).map((r) => [r.status, r.attempts, r.inDoubt])).toEqual([
      ["created", 1, false],
      ["created", 1, false],
    ]);
    expect(other.posts.size).toBe(0);
  });

  it("a cancel on one instance stops the job on the other, which ends it once", { timeout: 60_000 }, async () => {
    const deps = setUp(store().db);
    // Slow enough to cancel a third of the way in.
    const [a, b] = [counted(createCatapultClient({ ...deps.config, ratePerSecond: 20 })), counted(deps.catapult)];
    const [worker, other] = [deps.instance("host-a:3000", a.client), deps.instance("host-b:3000", b.client)];
    const domainId = await domain("cancel");
    const jobId = await createBulkJob({ domainId, existingPolicy: "skip", rows: rowsNamed("cancel", 100) }, deps);
    const run = worker.start(jobId);
    await vi.waitFor(async () => expect((await countRowsByStatus(jobId, deps.db)).created).toBeGreaterThanOrEqual(10), { timeout: 10_000, interval: 20 });

    await other.cancel(jobId);
    await run;
    const job = await getBulkJob(jobId, deps.db);
    expect(job).toMatchObject({ status: "cancelled", finishedAt: expect.any(Number) });
    const counts = await countRowsByStatus(jobId, deps.db);
    expect(counts.created + counts.cancelled).toBe(100);
    expect(counts.cancelled).toBeGreaterThan(0);
    expect(await sandboxEndpoints(domainId)).toHaveLength(counts.created);
    expect(b.posts.size).toBe(0);
    expect(a.reads.listed + b.reads.listed).toBe(1);
  });
});
