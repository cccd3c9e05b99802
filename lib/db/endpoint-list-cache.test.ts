// The rules of the endpoint-list cache's store, without Catapult: one current refresh per
// domain, our own writes outliving a refresh that began before them, removals seen by pages
// that look again, and no password anywhere in a cached row.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/endpoints/contract";
import { openDatabase } from "./database";
import * as cache from "./endpoint-list-cache";

const D = "rd-d1";
const STALL = 20_000;
const ep = (n: number, extra: Partial<Endpoint> = {}): Endpoint => ({
  id: `re-${n}`, name: `ep-${n}`, description: null, domainId: D, applicationId: null, enabled: true,
  sipUri: `ep-${n}@d.bwapp.bwsipp.io`, realm: "d.bwapp.bwsipp.io", username: `ep-${n}`, ...extra,
});
const fresh = () => openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "list-cache-")), "t.sqlite"));
const names = (list: Endpoint[]) => list.map((e) => e.name).toSorted();

describe("endpoint-list cache store", () => {
  it("grows page by page, then is whole as of the refresh's start with what it counted", () => {
    const db = fresh();
    const ticket = cache.beginListRefresh(D, 1000, STALL, db)!;
    expect(cache.storeRefreshPage(D, ticket, [ep(1), ep(2)], 1500, db)).toBe(true);
    expect(cache.getCachedList(D, db)).toMatchObject({ completeAt: null, refreshingSince: 1000, refreshLoaded: 2 });
    expect(names(cache.readCachedEndpoints(D, 0, db).endpoints)).toEqual(["ep-1", "ep-2"]);
    cache.storeRefreshPage(D, ticket, [ep(3)], 2000, db);
    expect(cache.finishListRefresh(D, ticket, new Set(["re-1", "re-2", "re-3"]), db)).toBe(true);
    expect(cache.getCachedList(D, db)).toMatchObject({ completeAt: 1000, completeCount: 3, refreshingSince: null, refreshError: null });
  });

  it("lets one refresh run per domain; a stalled one is taken over and then writes nothing", () => {
    const db = fresh();
    const first = cache.beginListRefresh(D, 1000, STALL, db)!;
    expect(cache.beginListRefresh(D, 1000 + STALL - 1, STALL, db)).toBeUndefined();
    cache.touchListRefresh(D, first, 15_000, db);
    expect(cache.beginListRefresh(D, 15_000 + STALL - 1, STALL, db)).toBeUndefined();
    const second = cache.beginListRefresh(D, 15_000 + STALL + 1, STALL, db)!;
    expect(second.generation).toBe(first.generation + 1);
    expect(cache.storeRefreshPage(D, first, [ep(9)], 40_000, db)).toBe(false);
    expect(cache.finishListRefresh(D, first, new Set(), db)).toBe(false);
    expect(cache.readCachedEndpoints(D, 0, db).endpoints).toEqual([]);
  });

  it("keeps our create, update and delete made after a refresh began, whatever its pages said", () => {
    const db = fresh();
    const before = cache.beginListRefresh(D, 1000, STALL, db)!;
    cache.storeRefreshPage(D, before, [ep(1), ep(2), ep(3)], 1100, db);
    cache.finishListRefresh(D, before, new Set(["re-1", "re-2", "re-3"]), db);

    const racing = cache.beginListRefresh(D, 2000, STALL, db)!;
    cache.recordOwnWrite(D, { endpoint: ep(1, { description: "ours" }) }, 2100, db);
    cache.recordOwnWrite(D, { removedId: "re-2" }, 2100, db);
    cache.recordOwnWrite(D, { endpoint: ep(4) }, 2100, db);
    // The refresh's page was read from Catapult before our writes landed there.
    cache.storeRefreshPage(D, racing, [ep(1), ep(2), ep(3)], 2200, db);
    cache.finishListRefresh(D, racing, new Set(["re-1", "re-2", "re-3"]), db);
    const rows = cache.readCachedEndpoints(D, 0, db).endpoints;
    expect(names(rows)).toEqual(["ep-1", "ep-3", "ep-4"]);
    expect(rows.find((e) => e.id === "re-1")?.description).toBe("ours");
    expect(cache.getCachedList(D, db)?.completeCount).toBe(3);

    // A refresh that began after our writes reads Catapult as it is: it decides again.
    const after = cache.beginListRefresh(D, 3000, STALL, db)!;
    cache.storeRefreshPage(D, after, [ep(1, { description: "changed elsewhere" }), ep(3), ep(4)], 3100, db);
    cache.finishListRefresh(D, after, new Set(["re-1", "re-3", "re-4"]), db);
    expect(cache.readCachedEndpoints(D, 0, db).endpoints.find((e) => e.id === "re-1")?.description).toBe("changed elsewhere");
  });

  it("removes what a complete refresh did not see, and tells a page that looks again", () => {
    const db = fresh();
    const first = cache.beginListRefresh(D, 1000, STALL, db)!;
    cache.storeRefreshPage(D, first, [ep(1), ep(2)], 1100, db);
    cache.finishListRefresh(D, first, new Set(["re-1", "re-2"]), db);
    const seen = cache.getCachedList(D, db)!.seq;

    const second = cache.beginListRefresh(D, 2000, STALL, db)!;
    cache.storeRefreshPage(D, second, [ep(2, { enabled: false }), ep(3)], 2100, db);
    cache.finishListRefresh(D, second, new Set(["re-2", "re-3"]), db);
    const changed = cache.readCachedEndpoints(D, seen, db);
    expect(names(changed.endpoints)).toEqual(["ep-2", "ep-3"]);
    expect(changed.removed).toEqual(["re-1"]);
    // Unchanged rows are not sent again.
    const third = cache.beginListRefresh(D, 3000, STALL, db)!;
    const at = cache.getCachedList(D, db)!.seq;
    cache.storeRefreshPage(D, third, [ep(2, { enabled: false }), ep(3)], 3100, db);
    expect(cache.readCachedEndpoints(D, at, db).endpoints).toEqual([]);
    cache.finishListRefresh(D, third, new Set(["re-2", "re-3"]), db);
    // The old removal mark is gone now: a page from before it must read the whole list.
    expect(cache.getCachedList(D, db)!.purgedSeq).toBeGreaterThan(seen);
  });

  it("keeps what a failed refresh read and says why; a deleted domain's refresh writes nothing", () => {
    const db = fresh();
    const ticket = cache.beginListRefresh(D, 1000, STALL, db)!;
    cache.storeRefreshPage(D, ticket, [ep(1)], 1100, db);
    cache.failListRefresh(D, ticket, "Catapult could not be reached", 1200, db);
    expect(cache.getCachedList(D, db)).toMatchObject({ completeAt: null, refreshingSince: null, refreshError: "Catapult could not be reached", refreshProgressAt: 1200 });
    const again = cache.beginListRefresh(D, 2000, STALL, db)!;
    cache.dropCachedList(D, db);
    expect(cache.storeRefreshPage(D, again, [ep(2)], 2100, db)).toBe(false);
    expect(cache.getCachedList(D, db)).toBeUndefined();
    // Our writes touch only cached domains.
    cache.recordOwnWrite(D, { endpoint: ep(3) }, 2200, db);
    expect(cache.readCachedEndpoints(D, 0, db).endpoints).toEqual([]);
  });

  it("holds exactly the list's fields: no column for a password", () => {
    const db = fresh();
    const columns = (db.prepare("SELECT name FROM pragma_table_info('cached_endpoints')").all() as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => /pass|secret|credential/i.test(c))).toEqual([]);
    const ticket = cache.beginListRefresh(D, 1000, STALL, db)!;
    // Even an object carrying a password (it never should) leaves it behind.
    cache.storeRefreshPage(D, ticket, [{ ...ep(1), password: "leak-me-123" } as Endpoint], 1100, db);
    cache.recordOwnWrite(D, { endpoint: { ...ep(2), credentials: { password: "leak-me-456" } } as Endpoint }, 1200, db);
    expect(JSON.stringify(db.prepare("SELECT * FROM cached_endpoints").all())).not.toMatch(/leak-me/);
  });
});
