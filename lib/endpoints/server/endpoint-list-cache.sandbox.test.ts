// The cache of a domain's endpoint list against a real sandbox holding 2,500 endpoints (three
// pages): a first look grows page by page, one read per domain at a time, reads again only
// once old, sees another client's changes (deletions included) on a refresh, and keeps our
// own writes, also those made while a read was under way. On SQLite and Postgres; "another
// instance" is a second connection to the same store (the file, or the Postgres schema).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { TEST_DIALECTS, type TestDatabase, useTestDatabase } from "@/scripts/test-support/test-databases";
import { createCatapultClient } from "@/lib/catapult/client";
import { closeDatabase, type Db, openDatabase } from "@/lib/db/database";
import { getCachedList, recordOwnWrite } from "@/lib/db/endpoint-list-cache";
import { deleteDomain } from "@/lib/domains/server/domain-service";
import type { Endpoint } from "@/lib/endpoints/contract";
import { createOneEndpoint } from "./create-one-endpoint";
import { createEndpointListCache, MAX_AGE_MS, STALL_MS } from "./endpoint-list-cache";
import { deleteOneEndpoint, updateOneEndpoint } from "./endpoint-writes";

const SEEDED = "rd-5eed00000000000000000000";
let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandbox({ SANDBOX_SEED: "none", SANDBOX_SEED_ENDPOINTS: "2500" });
});
afterAll(() => sandbox?.stop());
// Each test leaves the seeded domain as it found it.
const resetSandbox = () => sandbox.admin("/_sandbox/reset", {});

/** The cache on the test's store, its list reads counted and, when asked, held before a page is stored. */
function setUp(db: Db, options: { heartbeatMs?: number } = {}) {
  const catapult = createCatapultClient({ baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 1000, timeoutMs: 5000 });
  const reads = { pages: 0, holdBefore: -1, held: deferred(), release: deferred() };
  const counted = {
    async *listEndpointPages(domainId: string) {
      let index = 0;
      for await (const page of catapult.listEndpointPages(domainId)) {
        reads.pages++;
        if (index++ === reads.holdBefore) {
          reads.held.resolve();
          await reads.release.promise;
        }
        yield page;
      }
    },
  };
  const clock = { offset: 0 };
  const cache = createEndpointListCache({ db, catapult: counted, now: () => Date.now() + clock.offset, ...options });
  const writes = { db, catapult };
  const create = (name: string) =>
    createOneEndpoint(SEEDED, { name, password: "cache-test-pw-1" }, { type: "shared-admin" }, { catapult, record: async () => undefined, cache: (d, e) => recordOwnWrite(d, { endpoint: e }, Date.now(), db) });
  return { db, catapult, cache, reads, clock, writes, create };
}

/** A second instance's connection to the same store. */
function anotherInstance(store: TestDatabase): Db {
  return store.dialect === "sqlite" ? openDatabase({ dialect: "sqlite", file: store.file! }) : openDatabase({ dialect: "postgres", url: store.url! });
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function catapultCall(method: string, endpointPath: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/v1/users/${sandbox.userId}/domains/${SEEDED}/endpoints${endpointPath}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${sandbox.token}:${sandbox.secret}`).toString("base64")}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return response;
}
const byName = (list: Endpoint[], name: string) => list.find((e) => e.name === name);
const idOf = (n: number) => `re-5eed${(n - 1).toString(16).padStart(20, "0")}`;

describe.each(TEST_DIALECTS)("endpoint-list cache on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("a first look answers at once and the list grows page by page; every caller joins the one read", async () => {
    await resetSandbox();
    const { catapult, cache, reads } = setUp(store().db);
    reads.holdBefore = 1;
    const first = await cache.look(SEEDED, 0);
    expect(first).toMatchObject({ endpoints: [], whole: true, list: { asOf: null, refreshing: { loaded: 0 } } });
    await reads.held.promise;

    const partial = await cache.look(SEEDED, first.seq);
    expect(partial.endpoints).toHaveLength(1000);
    expect(partial.list).toMatchObject({ asOf: null, refreshing: { loaded: 1000 } });
    // A second visitor, the whole-list API and another instance on the same store join it.
    const otherDb = anotherInstance(store());
    try {
      const other = createEndpointListCache({ db: otherDb, catapult });
      const joined = [cache.refresh(SEEDED), cache.wholeList(SEEDED), other.refresh(SEEDED)];
      reads.release.resolve();
      const [, whole] = await Promise.all(joined);
      expect(reads.pages).toBe(3);
      expect((whole as { endpoints: Endpoint[] }).endpoints).toHaveLength(2500);
      expect((await other.wholeList(SEEDED)).endpoints).toHaveLength(2500);
    } finally {
      await closeDatabase(otherDb);
    }

    const rest = await cache.look(SEEDED, partial.seq);
    expect(rest.endpoints).toHaveLength(1500);
    expect(rest.whole).toBe(false);
    expect(rest.list).toMatchObject({ refreshing: null, lastCount: 2500, error: null });
    expect(rest.list.asOf).toBeGreaterThanOrEqual(Date.now() - 10_000);
  });

  it("another instance sees a read in progress by its heartbeat and waits for it; a read gone silent it takes over", async () => {
    await resetSandbox();
    const a = setUp(store().db, { heartbeatMs: 20 });
    const otherDb = anotherInstance(store());
    try {
      const b = setUp(otherDb);
      a.reads.holdBefore = 1;
      const reading = a.cache.refresh(SEEDED);
      await a.reads.held.promise;
      // A waits on Catapult for longer than STALL_MS (a slow rate limit, retries): both clocks move on.
      a.clock.offset = b.clock.offset = STALL_MS + 5_000;
      await expect.poll(async () => (await getCachedList(SEEDED, otherDb))?.refreshProgressAt ?? 0).toBeGreaterThanOrEqual(Date.now() + STALL_MS);
      expect((await b.cache.look(SEEDED, 0)).list.refreshing).toMatchObject({ loaded: 1000 });
      const waiting = b.cache.refresh(SEEDED);
      a.reads.release.resolve();
      await Promise.all([reading, waiting]);
      expect([a.reads.pages, b.reads.pages]).toEqual([3, 0]);

      // A read whose instance stopped (no heartbeat any more) is taken over by the next look at
      // the list; its late pages are refused.
      const gone = setUp(store().db, { heartbeatMs: 3_600_000 });
      gone.reads.holdBefore = 0;
      const abandoned = gone.cache.refresh(SEEDED);
      await gone.reads.held.promise;
      b.clock.offset = 2 * STALL_MS + 5_000;
      expect((await b.cache.look(SEEDED, 0)).list.refreshing?.since).toBeGreaterThanOrEqual(Date.now() + 2 * STALL_MS);
      await b.cache.refresh(SEEDED);
      expect(b.reads.pages).toBe(3);
      gone.reads.release.resolve();
      await abandoned;
      expect(gone.reads.pages).toBe(1);
      expect((await getCachedList(SEEDED, otherDb))?.refreshingSince).toBeNull();
    } finally {
      await closeDatabase(otherDb);
    }
  });

  it("reads again only once older than its age; the whole-list API waits for that read", async () => {
    await resetSandbox();
    const { cache, reads, clock } = setUp(store().db);
    await cache.refresh(SEEDED);
    expect(reads.pages).toBe(3);
    clock.offset = MAX_AGE_MS - 5_000;
    expect((await cache.look(SEEDED, 0)).list.refreshing).toBeNull();
    await cache.wholeList(SEEDED);
    expect(reads.pages).toBe(3);

    await catapultCall("POST", "", { name: "made-elsewhere", credentials: { password: "abc123" } });
    clock.offset = MAX_AGE_MS + 5_000;
    const whole = await cache.wholeList(SEEDED);
    expect(reads.pages).toBe(6);
    expect(byName(whole.endpoints, "made-elsewhere")).toBeDefined();
    // A stale look answers with what it has and reads in the background.
    clock.offset = 2 * MAX_AGE_MS + 10_000;
    expect(await cache.look(SEEDED, 0)).toMatchObject({ endpoints: expect.arrayContaining([expect.objectContaining({ name: "made-elsewhere" })]), list: { refreshing: expect.any(Object) } });
    await cache.refresh(SEEDED);
  });

  it("shows another client's creates, changes and deletions after a refresh, and nothing before it", async () => {
    await resetSandbox();
    const { cache } = setUp(store().db);
    await cache.refresh(SEEDED);
    const seq = (await cache.look(SEEDED, 0)).seq;
    await catapultCall("POST", "", { name: "their-new", credentials: { password: "abc123" } });
    await catapultCall("POST", `/${idOf(2)}`, { enabled: false, description: "changed by them" });
    await catapultCall("DELETE", `/${idOf(3)}`);
    expect(await cache.look(SEEDED, seq)).toMatchObject({ endpoints: [], removed: [] });

    await cache.refresh(SEEDED);
    const changed = await cache.look(SEEDED, seq);
    expect(changed.endpoints.map((e) => e.name).toSorted()).toEqual(["ep-00002", "their-new"]);
    expect(byName(changed.endpoints, "ep-00002")).toMatchObject({ enabled: false, description: "changed by them" });
    expect(changed.removed).toEqual([idOf(3)]);
    const truth = await sandbox.admin<{ id: string; name: string; enabled: boolean; description?: string }[]>(`/_sandbox/endpoints?domainId=${SEEDED}`);
    const cached = (await cache.wholeList(SEEDED)).endpoints;
    const view = (list: { id: string; name: string; enabled: boolean; description?: string | null }[]) => list.map((e) => `${e.id} ${e.name} ${e.enabled} ${e.description ?? ""}`).toSorted();
    expect(view(cached)).toEqual(view(truth));
  });

  it("shows our own create, update and delete at once, without reading the list, and never a password", async () => {
    await resetSandbox();
    const { db, cache, reads, writes, create } = setUp(store().db);
    await cache.refresh(SEEDED);
    const { seq, list } = await cache.look(SEEDED, 0);

    const created = await create("ours-new");
    await updateOneEndpoint(writes, SEEDED, idOf(5), { description: "ours now", enabled: false });
    await deleteOneEndpoint(writes, SEEDED, idOf(6));
    const changed = await cache.look(SEEDED, seq);
    expect(reads.pages).toBe(3);
    expect(changed.list.asOf).toBe(list.asOf);
    expect(byName(changed.endpoints, "ours-new")).toMatchObject({ id: created.id, sipUri: expect.stringContaining("ours-new@") });
    expect(byName(changed.endpoints, "ep-00005")).toMatchObject({ description: "ours now", enabled: false });
    expect(changed.removed).toEqual([idOf(6)]);
    expect(JSON.stringify(await db.selectFrom("cached_endpoints").selectAll().execute())).not.toContain("cache-test-pw-1");

    // Deleting the domain drops its list.
    await deleteDomain(writes, SEEDED);
    expect(await getCachedList(SEEDED, db)).toBeUndefined();
  });

  it("a refresh that read Catapult before our writes and ended after them does not undo them", async () => {
    await resetSandbox();
    const { cache, reads, writes, create } = setUp(store().db);
    await cache.refresh(SEEDED);
    // The last page (ep-02001…ep-02500) is read, then held while we write.
    reads.holdBefore = 2;
    reads.held = deferred();
    const refreshing = cache.refresh(SEEDED);
    await reads.held.promise;
    await updateOneEndpoint(writes, SEEDED, idOf(2002), { description: "written mid-read" });
    await deleteOneEndpoint(writes, SEEDED, idOf(2003));
    await create("created-mid-read");
    reads.release.resolve();
    await refreshing;

    const check = (endpoints: Endpoint[]) => {
      expect(byName(endpoints, "ep-02002")?.description).toBe("written mid-read");
      expect(byName(endpoints, "ep-02003")).toBeUndefined();
      expect(byName(endpoints, "created-mid-read")).toBeDefined();
      expect(endpoints).toHaveLength(2500);
    };
    check((await cache.look(SEEDED, 0)).endpoints);
    // And a read that began after them agrees with Catapult.
    reads.holdBefore = -1;
    await cache.refresh(SEEDED);
    check((await cache.look(SEEDED, 0)).endpoints);
  });
});
