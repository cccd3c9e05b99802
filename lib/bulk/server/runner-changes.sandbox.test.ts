// Bulk changes (enable, disable, set-application, rotate-password, delete) against the
// sandbox: exactly the selected endpoints change, rows already as wanted are not sent, a
// delete whose answer was lost counts once, and the audit log names the job's starter.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { TEST_DIALECTS, type TestDatabase, useTestDatabase } from "@/scripts/test-support/test-databases";
import { createBulkJobSchema } from "@/lib/bulk/job-schema";
import type { BulkChangeJobRequest } from "@/lib/bulk/change-job-schema";
import { createCatapultClient } from "@/lib/catapult/client";
import { listAuditRows } from "@/lib/db/audit-log";
import { getBulkJob, listRowsChangedSince } from "@/lib/db/bulk-jobs";
import { isDomainError } from "@/lib/domain-error";
import { createBulkChangeJob } from "./create-change-job";
import { createBulkRunner } from "./runner";

let sandbox: SandboxProcess;
beforeAll(async () => {
  // The demo seed: applications come only from a seed.
  sandbox = await startSandbox({ SANDBOX_RATE_LIMIT: "0" });
});
afterAll(() => sandbox?.stop());

const actor = { type: "user", id: "u-1", email: "op@example.com" } as const;

function setUp(store: TestDatabase) {
  const { db } = store;
  const config = { baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 100, timeoutMs: 5000 };
  const catapult = createCatapultClient(config);
  const encryptionKey = crypto.randomBytes(32);
  return { db, dialect: store.dialect, catapult, encryptionKey, actor, runner: createBulkRunner({ db, catapult, encryptionKey, ratePerSecond: 100 }) };
}
type Deps = ReturnType<typeof setUp>;

async function domainWith(deps: Deps, base: string, count: number, enabled: (i: number) => boolean = () => true) {
  // One sandbox serves every dialect's run: each run names its own domains.
  const name = `${base}-${dialectTag(deps)}`;
  const domainId = await sandbox.createDomain(name);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await deps.catapult.createEndpoint(domainId, { name: `${name}-${i}`, password: "first-pass", enabled: enabled(i) })).id);
  return { domainId, ids };
}

const start = (deps: Deps, body: unknown) => createBulkChangeJob(createBulkJobSchema.parse(body) as BulkChangeJobRequest, deps);
const sandboxEndpoints = (domainId: string) => sandbox.admin<{ id: string; name: string; enabled: boolean; applicationId?: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`);
const statuses = async (deps: Deps, jobId: string) => (await listRowsChangedSince(jobId, 0, deps.db)).map((r) => r.status);
const dialectTag = (deps: Deps) => deps.dialect.slice(0, 2);
const sealedCount = async (deps: Deps) =>
  Number((await deps.db.selectFrom("bulk_rows").select((eb) => eb.fn.countAll<number>().as("n")).where("password_sealed", "is not", null).executeTakeFirstOrThrow()).n);

describe.each(TEST_DIALECTS)("bulk changes on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  it("disables exactly the selection: 30 sent, 10 already disabled skipped, the rest of the domain untouched", async () => {
    const deps = setUp(store());
    const { domainId, ids } = await domainWith(deps, "dis", 45, (i) => i % 4 !== 0);
    const selected = ids.slice(0, 40);
    const { id } = await start(deps, { action: "disable", domainId, rows: selected });
    await deps.runner.start(id);

    expect(await getBulkJob(id, deps.db)).toMatchObject({ status: "completed", action: "disable" });
    const counts = (await statuses(deps, id)).reduce<Record<string, number>>((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {});
    expect(counts).toEqual({ updated: 30, unchanged: 10 });
    const state = new Map((await sandboxEndpoints(domainId)).map((e) => [e.id, e.enabled]));
    for (const endpointId of selected) expect(state.get(endpointId)).toBe(false);
    // Not selected: as they were (indices 40 and 44 started disabled).
    expect(ids.slice(40).map((endpointId) => state.get(endpointId))).toEqual([false, true, true, true, false]);
    const audit = (await listAuditRows({ action: "endpoint.update", target: id }, { limit: 100, offset: 0 }, deps.db)).rows;
    expect(audit).toHaveLength(30);
    expect(audit[0]).toMatchObject({ actor_type: "user", actor_id: "u-1", job_id: id, domain_id: domainId });
    expect(JSON.parse(audit[0]!.detail!)).toEqual({ source: "bulk", action: "disable", changed: ["enabled"] });
  });

  it("refuses an id outside the job's domain, a wrong name and a repeated id, starting nothing", async () => {
    const deps = setUp(store());
    const a = await domainWith(deps, "sel-a", 2);
    const b = await domainWith(deps, "sel-b", 1);
    const outside = await start(deps, { action: "enable", domainId: a.domainId, rows: [a.ids[0], b.ids[0]] }).catch((e: unknown) => e);
    expect(isDomainError(outside) && outside.issues).toEqual([{ field: "rows.1.endpointId", code: "not_in_domain", params: {} }]);
    const renamed = await start(deps, { action: "enable", domainId: a.domainId, rows: [{ endpointId: a.ids[0], name: "someone-else" }] }).catch((e: unknown) => e);
    expect(isDomainError(renamed) && renamed.issues).toEqual([{ field: "rows.0.name", code: "name_mismatch", params: { actual: `sel-a-${dialectTag(deps)}-0` } }]);
    const repeated = createBulkJobSchema.safeParse({ action: "delete", domainId: a.domainId, rows: [a.ids[0], { endpointId: a.ids[0] }] });
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues[0]).toMatchObject({ path: ["rows", 1], params: { rule: "repeated_endpoint" } });
    expect(await deps.db.selectFrom("bulk_jobs").select("id").execute()).toEqual([]);
    expect(await sandboxEndpoints(b.domainId)).toHaveLength(1);
  });

  it("sets and clears the application, skipping rows already so", async () => {
    const deps = setUp(store());
    const { domainId, ids } = await domainWith(deps, "app", 3);
    const apps = await deps.catapult.listApplications();
    const appId = apps[0]?.id;
    if (!appId) throw new Error("the sandbox has no application to set");
    const set = await start(deps, { action: "set-application", domainId, applicationId: appId, rows: ids.slice(0, 2) });
    await deps.runner.start(set.id);
    expect(await statuses(deps, set.id)).toEqual(["updated", "updated"]);
    const again = await start(deps, { action: "set-application", domainId, applicationId: appId, rows: ids });
    await deps.runner.start(again.id);
    expect(await statuses(deps, again.id)).toEqual(["unchanged", "unchanged", "updated"]);
    const clear = await start(deps, { action: "set-application", domainId, applicationId: null, rows: [ids[0]] });
    await deps.runner.start(clear.id);
    const state = new Map((await sandboxEndpoints(domainId)).map((e) => [e.id, e.applicationId ?? null]));
    expect([state.get(ids[0]!), state.get(ids[1]!), state.get(ids[2]!)]).toEqual([null, appId, appId]);
  });

  it("rotates passwords: generated ones come back once, work, and are never stored readable", async () => {
    const deps = setUp(store());
    const { domainId, ids } = await domainWith(deps, "rot", 4);
    const { id, passwords } = await start(deps, { action: "rotate-password", domainId, generate: true, rows: ids.slice(0, 3) });
    expect(passwords).toHaveLength(3);
    await deps.runner.start(id);
    expect(await statuses(deps, id)).toEqual(["updated", "updated", "updated"]);
    for (const p of passwords!) {
      expect(p.password).toMatch(/^[A-Za-z0-9]\S{19}$/);
      expect(await sandbox.admin("/_sandbox/check-password", { domainId, endpointId: p.endpointId, password: p.password })).toEqual({ matches: true });
    }
    expect(await sandbox.admin("/_sandbox/check-password", { domainId, endpointId: ids[3], password: "first-pass" })).toEqual({ matches: true });
    const dump = JSON.stringify(await deps.db.selectFrom("bulk_rows").selectAll().execute());
    for (const p of passwords!) expect(dump).not.toContain(p.password);
    expect(await sealedCount(deps)).toBe(0);

    // Passwords given in the body are used as they are; none may come with generate.
    const given = await start(deps, { action: "rotate-password", domainId, rows: [{ endpointId: ids[3], password: "given-pass-1" }] });
    expect(given.passwords).toBeUndefined();
    await deps.runner.start(given.id);
    expect(await sandbox.admin("/_sandbox/check-password", { domainId, endpointId: ids[3], password: "given-pass-1" })).toEqual({ matches: true });
    expect(createBulkJobSchema.safeParse({ action: "rotate-password", domainId, rows: [ids[0]] }).error?.issues[0]).toMatchObject({ path: ["rows", 0, "password"] });
  });

  it("deletes: a lost answer then a 404 counts as deleted once, an endpoint gone before counts as already gone", async () => {
    const deps = setUp(store());
    const { domainId, ids } = await domainWith(deps, "del", 6);
    const { id } = await start(deps, { action: "delete", domainId, rows: ids.slice(0, 4) });
    // Row 0: the server stopped after its DELETE reached Catapult (left in flight, its lease lapsed).
    // Row 1: someone deleted it after the job started, before the job sent anything.
    await deps.db.updateTable("bulk_rows").set({ status: "in_flight", lease_owner: "gone#1", lease_expires_at: 0 }).where("job_id", "=", id).where("row_index", "=", 0).execute();
    await deps.catapult.deleteEndpoint(domainId, ids[0]!);
    await deps.catapult.deleteEndpoint(domainId, ids[1]!);
    await deps.runner.start(id);

    expect(await statuses(deps, id)).toEqual(["deleted", "already_gone", "deleted", "deleted"]);
    expect((await sandboxEndpoints(domainId)).map((e) => e.id).toSorted()).toEqual(ids.slice(4).toSorted());
    const audit = (await listAuditRows({ action: "endpoint.delete", target: id }, { limit: 100, offset: 0 }, deps.db)).rows;
    expect(audit.map((r) => r.endpoint_id).toSorted()).toEqual([ids[0], ids[2], ids[3]].toSorted());

    // An id no longer in the domain when a delete starts is already gone, never sent.
    const late = await start(deps, { action: "delete", domainId, rows: [ids[2], ids[4]] });
    await deps.runner.start(late.id);
    expect(await statuses(deps, late.id)).toEqual(["already_gone", "deleted"]);
  });

  it("deletes 25 of 30 under lost answers and faults: exactly those 25 gone, each recorded once", { timeout: 60_000 }, async () => {
    const deps = setUp(store());
    const { domainId, ids } = await domainWith(deps, "del-faults", 30);
    await sandbox.admin("/_sandbox/faults", { failRate: 0.15, lostResponseRate: 0.25 });
    try {
      const { id } = await start(deps, { action: "delete", domainId, rows: ids.slice(0, 25) });
      await deps.runner.start(id);
      expect((await statuses(deps, id)).every((s) => s === "deleted")).toBe(true);
    } finally {
      await sandbox.admin("/_sandbox/faults", { failRate: 0, lostResponseRate: 0 });
    }
    expect((await sandboxEndpoints(domainId)).map((e) => e.id).toSorted()).toEqual(ids.slice(25).toSorted());
    const audit = (await listAuditRows({ action: "endpoint.delete", target: domainId }, { limit: 100, offset: 0 }, deps.db)).rows;
    expect(new Set(audit.map((r) => r.endpoint_id)).size).toBe(25);
    expect(audit).toHaveLength(25);
  });
});
