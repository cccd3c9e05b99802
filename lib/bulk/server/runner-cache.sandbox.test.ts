// Bulk jobs and the cache of a domain's endpoint list: each row outcome is written into the
// cache as it happens (no read of the list needed to see it), a job starts from the cache,
// and a name the cache does not know yet but Catapult has is still skipped, failed or
// updated as the job's policy says. On SQLite and Postgres.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { createBulkJobSchema, type CreateEndpointsJobRequest } from "@/lib/bulk/job-schema";
import type { BulkChangeJobRequest } from "@/lib/bulk/change-job-schema";
import { createCatapultClient } from "@/lib/catapult/client";
import { listRowsChangedSince } from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/database";
import type { Endpoint } from "@/lib/endpoints/contract";
import { createEndpointListCache } from "@/lib/endpoints/server/endpoint-list-cache";
import { createBulkChangeJob } from "./create-change-job";
import { createBulkJob } from "./create-job";
import { createBulkRunner } from "./runner";

const APP = "a-0000000000000000000000a2";
let sandbox: SandboxProcess;
beforeAll(async () => {
  // The demo seed, for its applications.
  sandbox = await startSandbox({ SANDBOX_RATE_LIMIT: "0" });
});
afterAll(() => sandbox?.stop());

/** One dashboard instance on `db`: its Catapult client, list cache (list reads counted) and runner. */
function setUp(db: Db) {
  const catapult = createCatapultClient({ baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 200, timeoutMs: 5000 });
  let listReads = 0;
  const counted = {
    async *listEndpointPages(domainId: string) {
      listReads++;
      yield* catapult.listEndpointPages(domainId);
    },
  };
  const endpointList = createEndpointListCache({ db, catapult: counted });
  const encryptionKey = crypto.randomBytes(32);
  const deps = { db, catapult, encryptionKey, endpointList };
  const runner = createBulkRunner({ db, catapult, encryptionKey, ratePerSecond: 200 });
  return { ...deps, runner, listReads: () => listReads };
}
type Deps = ReturnType<typeof setUp>;

async function createJob(deps: Deps, request: Omit<CreateEndpointsJobRequest, "action">) {
  const id = await createBulkJob(request, deps);
  await deps.runner.start(id);
  return new Map((await listRowsChangedSince(id, 0, deps.db)).map((r) => [r.name, r]));
}
async function changeJob(deps: Deps, body: unknown) {
  const { id } = await createBulkChangeJob(createBulkJobSchema.parse(body) as BulkChangeJobRequest, deps);
  await deps.runner.start(id);
}
const cached = async (deps: Deps, domainId: string) => new Map((await deps.endpointList.look(domainId, 0)).endpoints.map((e) => [e.name, e]));
const row = (name: string, extra: Record<string, unknown> = {}, sourceRow = 2) => ({ sourceRow, name, password: "bulk-cache-pw-1", ...extra });

async function createElsewhere(domainId: string, name: string, description: string): Promise<string> {
  const response = await fetch(`${sandbox.url}/v1/users/${sandbox.userId}/domains/${domainId}/endpoints`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${sandbox.token}:${sandbox.secret}`).toString("base64")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, description, credentials: { password: "their-pass-1" } }),
  });
  expect(response.status).toBe(201);
  return response.headers.get("location")!.split("/").pop()!;
}

describe.each(TEST_DIALECTS)("bulk jobs and the cached endpoint list on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("writes every row outcome into the cache: creates (SIP details filled at the end), updates, changes, deletes", async () => {
    const deps = setUp(store().db);
    const domainId = await sandbox.createDomain(`cache-jobs-${Date.now()}`);
    expect((await deps.endpointList.look(domainId, 0)).list.refreshing).not.toBeNull();
    await deps.endpointList.refresh(domainId);
    const reads = deps.listReads();

    await createJob(deps, { domainId, existingPolicy: "skip", rows: [row("a"), row("b", { description: "desk" }, 3), row("c", { enabled: false }, 4)] });
    let now = await cached(deps, domainId);
    expect([...now.keys()].toSorted()).toEqual(["a", "b", "c"]);
    expect(now.get("b")).toMatchObject({ description: "desk", enabled: true, sipUri: expect.stringContaining("b@") });
    expect(now.get("c")).toMatchObject({ enabled: false });

    await createJob(deps, { domainId, existingPolicy: "update", rows: [row("a", { description: "updated", password: undefined })] });
    expect((await cached(deps, domainId)).get("a")?.description).toBe("updated");

    const ids = Object.fromEntries([...now].map(([name, e]) => [name, e.id]));
    await changeJob(deps, { action: "disable", domainId, rows: [ids.a, ids.b] });
    await changeJob(deps, { action: "set-application", domainId, applicationId: APP, rows: [ids.a] });
    await changeJob(deps, { action: "delete", domainId, rows: [ids.c] });
    now = await cached(deps, domainId);
    expect(now.get("a")).toMatchObject({ enabled: false, applicationId: APP });
    expect(now.get("b")).toMatchObject({ enabled: false });
    expect(now.has("c")).toBe(false);
    // All of it without reading the list again: the job-end SIP reads go straight to Catapult.
    expect(deps.listReads()).toBe(reads);
    expect(JSON.stringify(await deps.db.selectFrom("cached_endpoints").selectAll().execute())).not.toContain("bulk-cache-pw-1");
  });

  it("a name the cache does not know but Catapult has: skip skips it, fail fails it, update updates it", async () => {
    const deps = setUp(store().db);
    const domainId = await sandbox.createDomain(`cache-stale-${Date.now()}`);
    await deps.endpointList.refresh(domainId);
    const theirs = await createElsewhere(domainId, "taken", "theirs");
    expect((await cached(deps, domainId)).has("taken")).toBe(false);

    const skipped = await createJob(deps, { domainId, existingPolicy: "skip", rows: [row("taken"), row("new-1", {}, 3)] });
    expect(skipped.get("taken")).toMatchObject({ status: "skipped", endpointId: theirs });
    expect(skipped.get("new-1")?.status).toBe("created");
    // The cache learned of it from that answer.
    expect((await cached(deps, domainId)).get("taken")?.id).toBe(theirs);

    // Other instances on the same store, each with its own cache of the list (no shared memory).
    const other = setUp(store().db);
    await other.endpointList.refresh(domainId);
    const theirsToo = await createElsewhere(domainId, "taken-2", "theirs");
    const failed = await createJob(other, { domainId, existingPolicy: "fail", rows: [row("taken-2")] });
    expect(failed.get("taken-2")).toMatchObject({ status: "failed", error: "An endpoint with this name already exists in the domain." });

    const updater = setUp(store().db);
    await updater.endpointList.refresh(domainId);
    const theirsThree = await createElsewhere(domainId, "taken-3", "theirs");
    const updated = await createJob(updater, { domainId, existingPolicy: "update", rows: [row("taken-3", { description: "ours", enabled: false })] });
    expect(updated.get("taken-3")).toMatchObject({ status: "updated", endpointId: theirsThree });
    const truth = await sandbox.admin<(Endpoint & { description?: string })[]>(`/_sandbox/endpoints?domainId=${domainId}`);
    expect(truth.find((e) => e.name === "taken-3")).toMatchObject({ id: theirsThree, description: "ours", enabled: false });
    expect(truth.filter((e) => e.name.startsWith("taken"))).toHaveLength(3);
    expect(truth.find((e) => e.name === "taken-2")).toMatchObject({ id: theirsToo, description: "theirs" });
    expect((await cached(updater, domainId)).get("taken-3")).toMatchObject({ description: "ours", enabled: false });
  });

  it("under update, a row without a password for a name the cache does not know reads the list again instead of refusing it", async () => {
    const deps = setUp(store().db);
    const domainId = await sandbox.createDomain(`cache-nopw-${Date.now()}`);
    await deps.endpointList.refresh(domainId);
    const theirs = await createElsewhere(domainId, "no-pw", "theirs");
    const reads = deps.listReads();
    const rows = await createJob(deps, { domainId, existingPolicy: "update", rows: [{ sourceRow: 2, name: "no-pw", description: "ours" }] });
    expect(deps.listReads()).toBe(reads + 1);
    expect(rows.get("no-pw")).toMatchObject({ status: "updated", endpointId: theirs });
    // A name that is new after that read is still refused, naming its row.
    await expect(createBulkJob({ domainId, existingPolicy: "update", rows: [{ sourceRow: 7, name: "really-new" }] }, deps)).rejects.toMatchObject({
      kind: "invalid",
      fields: { "rows.0.password": expect.any(String) },
    });
  });
});
