// The rules of the endpoint-list cache's store, without Catapult, on SQLite and Postgres: one
// current refresh per domain, our own writes outliving a refresh that began before them
// (whatever the writing instance's clock says), removals seen by pages that look again, no
// password anywhere in a cached row, and, on Postgres, instances racing on one list.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import type { Endpoint } from "@/lib/endpoints/contract";
import { closeDatabase, type Db, openDatabase } from "./database";
import * as cache from "./endpoint-list-cache";

const D = "rd-d1";
const STALL = 20_000;
const ep = (n: number, extra: Partial<Endpoint> = {}): Endpoint => ({
  id: `re-${n}`, name: `ep-${n}`, description: null, domainId: D, applicationId: null, enabled: true,
  sipUri: `ep-${n}@d.bwapp.bwsipp.io`, realm: "d.bwapp.bwsipp.io", username: `ep-${n}`, ...extra,
});
const names = (list: Endpoint[]) => list.map((e) => e.name).toSorted();
const rows = async (db: Db, since = 0) => (await cache.readCachedEndpoints(D, since, db)).endpoints;

describe.each(TEST_DIALECTS)("endpoint-list cache store on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("grows page by page, then is whole as of the refresh's start with what it counted", async () => {
    const { db } = store();
    const ticket = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    expect(await cache.storeRefreshPage(D, ticket, [ep(1), ep(2)], 1500, db)).toBe(true);
    expect(await cache.getCachedList(D, db)).toMatchObject({ completeAt: null, refreshingSince: 1000, refreshLoaded: 2 });
    expect(names(await rows(db))).toEqual(["ep-1", "ep-2"]);
    await cache.storeRefreshPage(D, ticket, [ep(3)], 2000, db);
    expect(await cache.finishListRefresh(D, ticket, new Set(["re-1", "re-2", "re-3"]), db)).toBe(true);
    expect(await cache.getCachedList(D, db)).toMatchObject({ completeAt: 1000, completeCount: 3, refreshingSince: null, refreshError: null });
    // Times and counters come back as numbers on both stores (BIGINT is text in pg by default).
    expect(typeof (await cache.getCachedList(D, db))?.completeAt).toBe("number");
  });

  it("lets one refresh run per domain; a stalled one is taken over and then writes nothing", async () => {
    const { db } = store();
    const first = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    expect(await cache.beginListRefresh(D, 1000 + STALL - 1, STALL, db)).toBeUndefined();
    await cache.touchListRefresh(D, first, 15_000, db);
    expect(await cache.beginListRefresh(D, 15_000 + STALL - 1, STALL, db)).toBeUndefined();
    const second = (await cache.beginListRefresh(D, 15_000 + STALL + 1, STALL, db))!;
    expect(second.generation).toBe(first.generation + 1);
    expect(await cache.storeRefreshPage(D, first, [ep(9)], 40_000, db)).toBe(false);
    expect(await cache.finishListRefresh(D, first, new Set(), db)).toBe(false);
    expect(await rows(db)).toEqual([]);
  });

  it("keeps our create, update and delete made after a refresh began, whatever its pages said", async () => {
    const { db } = store();
    const before = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    await cache.storeRefreshPage(D, before, [ep(1), ep(2), ep(3)], 1100, db);
    await cache.finishListRefresh(D, before, new Set(["re-1", "re-2", "re-3"]), db);

    const racing = (await cache.beginListRefresh(D, 2000, STALL, db))!;
    await cache.recordOwnWrite(D, { endpoint: ep(1, { description: "ours" }) }, 2100, db);
    await cache.recordOwnWrite(D, { removedId: "re-2" }, 2100, db);
    await cache.recordOwnWrite(D, { endpoint: ep(4) }, 2100, db);
    // The refresh's page was read from Catapult before our writes landed there.
    await cache.storeRefreshPage(D, racing, [ep(1), ep(2), ep(3)], 2200, db);
    await cache.finishListRefresh(D, racing, new Set(["re-1", "re-2", "re-3"]), db);
    const after = await rows(db);
    expect(names(after)).toEqual(["ep-1", "ep-3", "ep-4"]);
    expect(after.find((e) => e.id === "re-1")?.description).toBe("ours");
    expect((await cache.getCachedList(D, db))?.completeCount).toBe(3);

    // A refresh that began after our writes reads Catapult as it is: it decides again.
    const later = (await cache.beginListRefresh(D, 3000, STALL, db))!;
    await cache.storeRefreshPage(D, later, [ep(1, { description: "changed elsewhere" }), ep(3), ep(4)], 3100, db);
    await cache.finishListRefresh(D, later, new Set(["re-1", "re-3", "re-4"]), db);
    expect((await rows(db)).find((e) => e.id === "re-1")?.description).toBe("changed elsewhere");
  });

  it("keeps our write made after a refresh began even when the writing instance's clock is behind the refreshing one's", async () => {
    const { db } = store();
    const racing = (await cache.beginListRefresh(D, 5000, STALL, db))!;
    // Another instance, its clock 2 s behind, writes after the refresh began.
    await cache.recordOwnWrite(D, { endpoint: ep(1, { description: "ours" }) }, 3000, db);
    await cache.recordOwnWrite(D, { endpoint: ep(2) }, 3000, db);
    await cache.storeRefreshPage(D, racing, [ep(1)], 5100, db);
    await cache.finishListRefresh(D, racing, new Set(["re-1"]), db);
    const after = await rows(db);
    expect(after.find((e) => e.id === "re-1")?.description).toBe("ours");
    expect(names(after)).toEqual(["ep-1", "ep-2"]);
  });

  it("removes what a complete refresh did not see, and tells a page that looks again", async () => {
    const { db } = store();
    const first = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    await cache.storeRefreshPage(D, first, [ep(1), ep(2)], 1100, db);
    await cache.finishListRefresh(D, first, new Set(["re-1", "re-2"]), db);
    const seen = (await cache.getCachedList(D, db))!.seq;

    const second = (await cache.beginListRefresh(D, 2000, STALL, db))!;
    await cache.storeRefreshPage(D, second, [ep(2, { enabled: false }), ep(3)], 2100, db);
    await cache.finishListRefresh(D, second, new Set(["re-2", "re-3"]), db);
    const changed = await cache.readCachedEndpoints(D, seen, db);
    expect(names(changed.endpoints)).toEqual(["ep-2", "ep-3"]);
    expect(changed.removed).toEqual(["re-1"]);
    // Unchanged rows are not sent again.
    const third = (await cache.beginListRefresh(D, 3000, STALL, db))!;
    const at = (await cache.getCachedList(D, db))!.seq;
    await cache.storeRefreshPage(D, third, [ep(2, { enabled: false }), ep(3)], 3100, db);
    expect(await rows(db, at)).toEqual([]);
    await cache.finishListRefresh(D, third, new Set(["re-2", "re-3"]), db);
    // The old removal mark is gone now: a page from before it must read the whole list.
    expect((await cache.getCachedList(D, db))!.purgedSeq).toBeGreaterThan(seen);
  });

  it("stores a page of 2,500 in batches, and fills SIP details our writes lacked", async () => {
    const { db } = store();
    const ticket = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    const page = Array.from({ length: 2500 }, (_, i) => ep(i));
    await cache.storeRefreshPage(D, ticket, page, 1100, db);
    await cache.finishListRefresh(D, ticket, new Set(page.map((e) => e.id)), db);
    expect(await rows(db)).toHaveLength(2500);
    await cache.recordOwnWrite(D, { endpoint: ep(9001, { sipUri: "", realm: "", username: "" }) }, 1200, db);
    // A later write without SIP details keeps those the row has.
    await cache.recordOwnWrite(D, { endpoint: ep(7, { sipUri: "", realm: "", username: "", description: "desk" }) }, 1200, db);
    await cache.fillCachedSipDetails(D, new Map([["re-9001", { sipUri: "ep-9001@x", realm: "x", username: "ep-9001" }]]), db);
    const after = await rows(db);
    expect(after.find((e) => e.id === "re-9001")).toMatchObject({ sipUri: "ep-9001@x", realm: "x" });
    expect(after.find((e) => e.id === "re-7")).toMatchObject({ description: "desk", sipUri: "ep-7@d.bwapp.bwsipp.io" });
  });

  it("keeps what a failed refresh read and says why; a deleted domain's refresh writes nothing", async () => {
    const { db } = store();
    const ticket = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    await cache.storeRefreshPage(D, ticket, [ep(1)], 1100, db);
    await cache.failListRefresh(D, ticket, "Catapult could not be reached", 1200, db);
    expect(await cache.getCachedList(D, db)).toMatchObject({ completeAt: null, refreshingSince: null, refreshError: "Catapult could not be reached", refreshProgressAt: 1200 });
    const again = (await cache.beginListRefresh(D, 2000, STALL, db))!;
    await cache.dropCachedList(D, db);
    expect(await cache.storeRefreshPage(D, again, [ep(2)], 2100, db)).toBe(false);
    expect(await cache.getCachedList(D, db)).toBeUndefined();
    // Our writes touch only cached domains.
    await cache.recordOwnWrite(D, { endpoint: ep(3) }, 2200, db);
    expect(await rows(db)).toEqual([]);
  });

  it("holds exactly the list's fields: no column for a password", async () => {
    const { db } = store();
    const ticket = (await cache.beginListRefresh(D, 1000, STALL, db))!;
    // Even an object carrying a password (it never should) leaves it behind.
    await cache.storeRefreshPage(D, ticket, [{ ...ep(1), password: "leak-me-123" } as Endpoint], 1100, db);
    await cache.recordOwnWrite(D, { endpoint: { ...ep(2), credentials: { password: "leak-me-456" } } as Endpoint }, 1200, db);
    const stored = await db.selectFrom("cached_endpoints").selectAll().execute();
    expect(Object.keys(stored[0]!).filter((c) => /pass|secret|credential/i.test(c))).toEqual([]);
    expect(JSON.stringify(stored)).not.toMatch(/leak-me/);
  });

  it.runIf(dialect === "postgres")("lets exactly one of several instances begin a refresh of a list at once", async () => {
    const others = Array.from({ length: 3 }, () => openDatabase({ dialect: "postgres", url: store().url! }));
    try {
      const instances = [store().db, ...others];
      for (let round = 0; round < 10; round++) {
        const domainId = `rd-race-${round}`;
        // A list read once already: no insert to queue the instances behind one another.
        const done = (await cache.beginListRefresh(domainId, 500, STALL, store().db))!;
        await cache.finishListRefresh(domainId, done, new Set(), store().db);
        const tickets = await Promise.all(instances.map((db) => cache.beginListRefresh(domainId, 1000, STALL, db)));
        expect(tickets.filter(Boolean)).toHaveLength(1);
      }
    } finally {
      await Promise.all(others.map(closeDatabase));
    }
  });

  it.runIf(dialect === "postgres")("gives each of many writes from several instances its own change, none lost, while a refresh stores pages", async () => {
    const others = Array.from({ length: 2 }, () => openDatabase({ dialect: "postgres", url: store().url! }));
    try {
      const [a, b, c] = [store().db, ...others] as [Db, Db, Db];
      const ticket = (await cache.beginListRefresh(D, 1000, STALL, a))!;
      const pages = Array.from({ length: 10 }, (_page, p) => Array.from({ length: 100 }, (_row, i) => ep(p * 100 + i)));
      const writes = Array.from({ length: 40 }, (_, i) => cache.recordOwnWrite(D, { endpoint: ep(5000 + i) }, 1100, i % 2 ? b : c));
      const stored = (async () => {
        for (const page of pages) expect(await cache.storeRefreshPage(D, ticket, page, 1100, a)).toBe(true);
      })();
      await Promise.all([...writes, stored]);
      const list = (await cache.getCachedList(D, a))!;
      // One change per own write and one per stored page: a lost bump would leave fewer.
      expect(list.seq).toBe(40 + 10);
      const own = await sql<{ seq: number }>`SELECT seq FROM cached_endpoints WHERE written_at IS NOT NULL`.execute(a);
      expect(new Set(own.rows.map((r) => r.seq)).size).toBe(40);
      expect(await rows(a)).toHaveLength(1000 + 40);
    } finally {
      await Promise.all(others.map(closeDatabase));
    }
  });
});
