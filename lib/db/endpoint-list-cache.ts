import "server-only";
// The cache of each domain's endpoint list (migration 7): every statement it needs, through
// Kysely on SQLite and Postgres alike. Three writers meet here (a refresh reading Catapult, our
// own writes, and a refresh of another instance sharing the store), and two rules keep them apart:
// - a refresh writes only while it is the domain's current one (`generation`), so a refresh
//   taken over or whose domain was deleted stops changing anything;
// - a row one of our own writes set after a refresh began is left as written by that refresh,
//   so a refresh that read Catapult before our write cannot undo it. "After" is told by the
//   list's change counter (`seq`), taken under the list row's lock, not by clocks: instances
//   sharing a Postgres may disagree on the time by more than a write takes. An own write
//   stamps its row with `written_at` (the time, for people) and the counter's new value.
// Every transaction that changes a list locks its cached_endpoint_lists row first, then rows of
// cached_endpoints: two instances take turns and never deadlock (SQLite has one writer anyway).
import type { Endpoint } from "@/lib/endpoints/contract";
import { chunks, ENDPOINT_COLUMNS, rowValues, sameContent, storedRows, toEndpoint, upsertRows } from "./cached-endpoint-rows";
import { getDb } from "./database";
import { type Db, dialectOf, inTransaction } from "./dialect";

export interface CachedListRecord {
  completeAt: number | null;
  completeCount: number | null;
  generation: number;
  refreshingSince: number | null;
  refreshProgressAt: number | null;
  refreshLoaded: number;
  refreshError: string | null;
  seq: number;
  purgedSeq: number;
}

/** The refresh a caller runs: its generation, when it began, and the list's change counter then. */
export interface RefreshTicket {
  generation: number;
  startedAt: number;
  startSeq: number;
}

const LIST_COLUMNS = [
  "complete_at as completeAt", "complete_count as completeCount", "generation", "refreshing_since as refreshingSince", "refresh_progress_at as refreshProgressAt",
  "refresh_loaded as refreshLoaded", "refresh_error as refreshError", "seq", "purged_seq as purgedSeq",
] as const;

export async function getCachedList(domainId: string, db: Db = getDb()): Promise<CachedListRecord | undefined> {
  return db.selectFrom("cached_endpoint_lists").select(LIST_COLUMNS).where("domain_id", "=", domainId).executeTakeFirst();
}

/** The list, its row locked until the transaction `trx` ends (Postgres; SQLite's one writer needs no lock). */
async function lockList(domainId: string, trx: Db): Promise<CachedListRecord | undefined> {
  return trx
    .selectFrom("cached_endpoint_lists")
    .select(LIST_COLUMNS)
    .where("domain_id", "=", domainId)
    .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate())
    .executeTakeFirst();
}

/** The list, locked, while `ticket` is still its current refresh. */
async function lockIfCurrent(domainId: string, ticket: RefreshTicket, trx: Db): Promise<CachedListRecord | undefined> {
  const list = await lockList(domainId, trx);
  return list && list.generation === ticket.generation && list.refreshingSince !== null ? list : undefined;
}

/** Live rows changed after `sinceSeq`, and the ids removed after it (none when starting from 0). */
export async function readCachedEndpoints(domainId: string, sinceSeq: number, db: Db = getDb()): Promise<{ endpoints: Endpoint[]; removed: string[] }> {
  const live = await db
    .selectFrom("cached_endpoints")
    .select(ENDPOINT_COLUMNS)
    .where("domain_id", "=", domainId)
    .where("removed", "=", 0)
    .where("seq", ">", sinceSeq)
    .orderBy("seq")
    .orderBy("endpoint_id")
    .execute();
  const removed =
    sinceSeq === 0
      ? []
      : await db.selectFrom("cached_endpoints").select("endpoint_id").where("domain_id", "=", domainId).where("removed", "=", 1).where("seq", ">", sinceSeq).execute();
  return { endpoints: live.map(toEndpoint), removed: removed.map((r) => r.endpoint_id) };
}

/** Starts a refresh unless a live one holds the domain (progress within `stallMs`); undefined then. */
export async function beginListRefresh(domainId: string, now: number, stallMs: number, db: Db = getDb()): Promise<RefreshTicket | undefined> {
  return inTransaction(db, async (trx) => {
    await trx.insertInto("cached_endpoint_lists").values({ domain_id: domainId }).onConflict((oc) => oc.column("domain_id").doNothing()).execute();
    const list = (await lockList(domainId, trx))!;
    if (list.refreshingSince !== null && (list.refreshProgressAt ?? 0) >= now - stallMs) return undefined;
    await trx
      .updateTable("cached_endpoint_lists")
      .set({ generation: list.generation + 1, refreshing_since: now, refresh_progress_at: now, refresh_loaded: 0, refresh_error: null })
      .where("domain_id", "=", domainId)
      .execute();
    return { generation: list.generation + 1, startedAt: now, startSeq: list.seq };
  });
}

/** Still running: a page is slow in coming (rate limit, retries), not abandoned. Other instances read this. */
export async function touchListRefresh(domainId: string, ticket: RefreshTicket, now: number, db: Db = getDb()): Promise<void> {
  await db
    .updateTable("cached_endpoint_lists")
    .set({ refresh_progress_at: now })
    .where("domain_id", "=", domainId)
    .where("generation", "=", ticket.generation)
    .where("refreshing_since", "is not", null)
    .execute();
}

/** One page a refresh read. False when the refresh is no longer the domain's current one. */
export async function storeRefreshPage(domainId: string, ticket: RefreshTicket, page: readonly Endpoint[], now: number, db: Db = getDb()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const list = await lockIfCurrent(domainId, ticket, trx);
    if (!list) return false;
    const seq = list.seq + 1;
    const stored = await storedRows(trx, domainId, page.map((e) => e.id));
    const changed = page.filter((endpoint) => {
      const row = stored.get(endpoint.id);
      if (row && row.writtenAt !== null && row.seq > ticket.startSeq) return false;
      return !(row && row.removed === 0 && sameContent(row, endpoint));
    });
    await upsertRows(trx, changed.map((e) => rowValues(e, domainId, seq, null)));
    await trx
      .updateTable("cached_endpoint_lists")
      .set((eb) => ({ refresh_progress_at: now, refresh_loaded: eb("refresh_loaded", "+", page.length), seq: changed.length > 0 ? seq : list.seq }))
      .where("domain_id", "=", domainId)
      .execute();
    return true;
  });
}

/**
 * The end of a complete refresh: a row it did not see is gone from Catapult (another client's
 * delete), unless our own write set it after the refresh began. Removal marks from before the
 * refresh began have done their work and are dropped (`purged_seq` tells pages behind them
 * to read the whole list again).
 */
export async function finishListRefresh(domainId: string, ticket: RefreshTicket, seenIds: ReadonlySet<string>, db: Db = getDb()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const list = await lockIfCurrent(domainId, ticket, trx);
    if (!list) return false;
    const seq = list.seq + 1;
    const oldMarks = trx
      .deleteFrom("cached_endpoints")
      .where("domain_id", "=", domainId)
      .where("removed", "=", 1)
      .where((eb) => eb.or([eb("written_at", "is", null), eb("seq", "<=", ticket.startSeq)]))
      .returning("seq");
    const purged = (await oldMarks.execute()).reduce((upTo, r) => Math.max(upTo, r.seq), list.purgedSeq);
    const live = await trx.selectFrom("cached_endpoints").select(["endpoint_id", "written_at", "seq"]).where("domain_id", "=", domainId).where("removed", "=", 0).execute();
    const gone = live.filter((r) => !seenIds.has(r.endpoint_id) && !(r.written_at !== null && r.seq > ticket.startSeq)).map((r) => r.endpoint_id);
    for (const chunk of chunks(gone)) {
      await trx.updateTable("cached_endpoints").set({ removed: 1, seq }).where("domain_id", "=", domainId).where("endpoint_id", "in", chunk).execute();
    }
    await trx
      .updateTable("cached_endpoint_lists")
      .set({ complete_at: ticket.startedAt, complete_count: live.length - gone.length, refreshing_since: null, refresh_progress_at: null, refresh_error: null, seq, purged_seq: purged })
      .where("domain_id", "=", domainId)
      .execute();
    return true;
  });
}

/**
 * A refresh stopped short: what it read stays, the list keeps its last complete time, and
 * `refresh_progress_at` keeps when it failed (so visits do not retry it at every look).
 */
export async function failListRefresh(domainId: string, ticket: RefreshTicket, reason: string, now: number, db: Db = getDb()): Promise<void> {
  await db
    .updateTable("cached_endpoint_lists")
    .set({ refreshing_since: null, refresh_progress_at: now, refresh_error: reason })
    .where("domain_id", "=", domainId)
    .where("generation", "=", ticket.generation)
    .execute();
}

/**
 * One of our own writes: the endpoint as we now know it (blank SIP fields keep what the row
 * had), or its removal. Only a cached domain is written: without one there is nothing to keep
 * right, and the first refresh reads Catapult after the write anyway. The counter's bump
 * locks the list row, so a refresh beginning at the same time is wholly before or after it.
 */
export async function recordOwnWrite(domainId: string, write: { endpoint: Endpoint } | { removedId: string }, now: number, db: Db = getDb()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const bumped = await trx
      .updateTable("cached_endpoint_lists")
      .set((eb) => ({ seq: eb("seq", "+", 1) }))
      .where("domain_id", "=", domainId)
      .returning("seq")
      .executeTakeFirst();
    if (!bumped) return;
    const endpoint = "endpoint" in write ? write.endpoint : { id: write.removedId, name: "", description: null, domainId, applicationId: null, enabled: true, sipUri: "", realm: "", username: "" };
    await upsertRows(trx, [rowValues(endpoint, domainId, bumped.seq, now, "endpoint" in write ? 0 : 1)]);
  });
}

/** SIP details read after a bulk job (they never change for an endpoint): fills rows that lack them. */
export async function fillCachedSipDetails(domainId: string, details: ReadonlyMap<string, { sipUri: string; realm: string; username: string }>, db: Db = getDb()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const list = await lockList(domainId, trx);
    if (!list) return;
    const blank = await trx.selectFrom("cached_endpoints").select("endpoint_id").where("domain_id", "=", domainId).where("sip_uri", "=", "").where("removed", "=", 0).execute();
    const filled = blank.filter((r) => details.has(r.endpoint_id));
    for (const { endpoint_id } of filled) {
      const d = details.get(endpoint_id)!;
      await trx
        .updateTable("cached_endpoints")
        .set({ sip_uri: d.sipUri, realm: d.realm, username: d.username, seq: list.seq + 1 })
        .where("domain_id", "=", domainId)
        .where("endpoint_id", "=", endpoint_id)
        .execute();
    }
    if (filled.length > 0) await trx.updateTable("cached_endpoint_lists").set({ seq: list.seq + 1 }).where("domain_id", "=", domainId).execute();
  });
}

/** The domain was deleted: its list goes, and a refresh still running finds itself superseded. */
export async function dropCachedList(domainId: string, db: Db = getDb()): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await lockList(domainId, trx))) return;
    await trx.deleteFrom("cached_endpoints").where("domain_id", "=", domainId).execute();
    await trx.deleteFrom("cached_endpoint_lists").where("domain_id", "=", domainId).execute();
  });
}
