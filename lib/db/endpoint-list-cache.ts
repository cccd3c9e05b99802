import "server-only";
// The cache of each domain's endpoint list (migration 7): every statement it needs, plain SQL
// that reads the same on SQLite and Postgres. Three writers meet here, and two rules keep
// them apart:
// - a refresh writes only while it is the domain's current one (`generation`), so a refresh
//   taken over or whose domain was deleted stops changing anything;
// - a row one of our own writes set after a refresh began (`written_at`) is left as written
//   by that refresh, so a refresh that read Catapult before our write cannot undo it.
// Times are epoch milliseconds from the caller's clock.
import type Database from "better-sqlite3";
import type { Endpoint } from "@/lib/endpoints/contract";
import { getDb } from "./database";

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

/** The refresh a caller runs: its generation and when it began. */
export interface RefreshTicket {
  generation: number;
  startedAt: number;
}

const LIST_COLUMNS = `complete_at AS completeAt, complete_count AS completeCount, generation, refreshing_since AS refreshingSince,
  refresh_progress_at AS refreshProgressAt, refresh_loaded AS refreshLoaded, refresh_error AS refreshError, seq, purged_seq AS purgedSeq`;
const ROW_COLUMNS = `endpoint_id AS id, name, description, domain_id AS domainId, application_id AS applicationId, enabled,
  sip_uri AS sipUri, realm, username`;
type StoredRow = Omit<Endpoint, "enabled"> & { enabled: number };
const toEndpoint = (row: StoredRow): Endpoint => ({ ...row, enabled: row.enabled === 1 });

export function getCachedList(domainId: string, db: Database.Database = getDb()): CachedListRecord | undefined {
  return db.prepare(`SELECT ${LIST_COLUMNS} FROM cached_endpoint_lists WHERE domain_id = ?`).get(domainId) as CachedListRecord | undefined;
}

/** Live rows changed after `sinceSeq`, and the ids removed after it (none when starting from 0). */
export function readCachedEndpoints(domainId: string, sinceSeq: number, db: Database.Database = getDb()): { endpoints: Endpoint[]; removed: string[] } {
  const endpoints = (db.prepare(`SELECT ${ROW_COLUMNS} FROM cached_endpoints WHERE domain_id = ? AND removed = 0 AND seq > ? ORDER BY seq, endpoint_id`).all(domainId, sinceSeq) as StoredRow[]).map(toEndpoint);
  const removed = sinceSeq === 0 ? [] : (db.prepare("SELECT endpoint_id AS id FROM cached_endpoints WHERE domain_id = ? AND removed = 1 AND seq > ?").all(domainId, sinceSeq) as { id: string }[]).map((r) => r.id);
  return { endpoints, removed };
}

/** Starts a refresh unless a live one holds the domain (progress within `stallMs`); undefined then. */
export function beginListRefresh(domainId: string, now: number, stallMs: number, db: Database.Database = getDb()): RefreshTicket | undefined {
  return db.transaction(() => {
    db.prepare("INSERT INTO cached_endpoint_lists (domain_id) VALUES (?) ON CONFLICT (domain_id) DO NOTHING").run(domainId);
    const list = getCachedList(domainId, db)!;
    if (list.refreshingSince !== null && (list.refreshProgressAt ?? 0) >= now - stallMs) return undefined;
    db.prepare(
      `UPDATE cached_endpoint_lists SET generation = generation + 1, refreshing_since = ?, refresh_progress_at = ?, refresh_loaded = 0, refresh_error = NULL
       WHERE domain_id = ?`,
    ).run(now, now, domainId);
    return { generation: list.generation + 1, startedAt: now };
  })();
}

function isCurrent(domainId: string, ticket: RefreshTicket, db: Database.Database): CachedListRecord | undefined {
  const list = getCachedList(domainId, db);
  return list && list.generation === ticket.generation && list.refreshingSince !== null ? list : undefined;
}

/** Still running: a page is slow in coming (rate limit, retries), not abandoned. */
export function touchListRefresh(domainId: string, ticket: RefreshTicket, now: number, db: Database.Database = getDb()): void {
  db.prepare("UPDATE cached_endpoint_lists SET refresh_progress_at = ? WHERE domain_id = ? AND generation = ? AND refreshing_since IS NOT NULL").run(now, domainId, ticket.generation);
}

const UPSERT = `INSERT INTO cached_endpoints (domain_id, endpoint_id, name, description, application_id, enabled, sip_uri, realm, username, written_at, removed, seq)
  VALUES (@domainId, @id, @name, @description, @applicationId, @enabled, @sipUri, @realm, @username, @writtenAt, @removed, @seq)
  ON CONFLICT (domain_id, endpoint_id) DO UPDATE SET name = excluded.name, description = excluded.description, application_id = excluded.application_id,
    enabled = excluded.enabled, sip_uri = CASE WHEN excluded.sip_uri = '' THEN cached_endpoints.sip_uri ELSE excluded.sip_uri END,
    realm = CASE WHEN excluded.realm = '' THEN cached_endpoints.realm ELSE excluded.realm END,
    username = CASE WHEN excluded.username = '' THEN cached_endpoints.username ELSE excluded.username END,
    written_at = excluded.written_at, removed = excluded.removed, seq = excluded.seq`;

const upsertParams = (e: Endpoint, domainId: string, seq: number, writtenAt: number | null, removed = 0) => ({
  domainId, id: e.id, name: e.name, description: e.description, applicationId: e.applicationId, enabled: e.enabled ? 1 : 0,
  sipUri: e.sipUri, realm: e.realm, username: e.username, writtenAt, removed, seq,
});

const sameContent = (row: StoredRow, e: Endpoint) =>
  row.name === e.name && row.description === e.description && row.applicationId === e.applicationId && row.enabled === (e.enabled ? 1 : 0) &&
  row.sipUri === e.sipUri && row.realm === e.realm && row.username === e.username;

/** One page a refresh read. False when the refresh is no longer the domain's current one. */
export function storeRefreshPage(domainId: string, ticket: RefreshTicket, page: readonly Endpoint[], now: number, db: Database.Database = getDb()): boolean {
  return db.transaction(() => {
    const list = isCurrent(domainId, ticket, db);
    if (!list) return false;
    const seq = list.seq + 1;
    const current = db.prepare(`SELECT ${ROW_COLUMNS}, written_at AS writtenAt, removed FROM cached_endpoints WHERE domain_id = ? AND endpoint_id = ?`);
    const upsert = db.prepare(UPSERT);
    let changed = false;
    for (const endpoint of page) {
      const row = current.get(domainId, endpoint.id) as (StoredRow & { writtenAt: number | null; removed: number }) | undefined;
      if (row && row.writtenAt !== null && row.writtenAt >= ticket.startedAt) continue;
      if (row && row.removed === 0 && sameContent(row, endpoint)) continue;
      upsert.run(upsertParams(endpoint, domainId, seq, null));
      changed = true;
    }
    db.prepare("UPDATE cached_endpoint_lists SET refresh_progress_at = ?, refresh_loaded = refresh_loaded + ?, seq = ? WHERE domain_id = ?").run(now, page.length, changed ? seq : list.seq, domainId);
    return true;
  })();
}

/**
 * The end of a complete refresh: a row it did not see is gone from Catapult (another client's
 * delete), unless our own write set it after the refresh began. Removal marks from before the
 * refresh began have done their work and are dropped (`purged_seq` tells pages behind them
 * to read the whole list again).
 */
export function finishListRefresh(domainId: string, ticket: RefreshTicket, seenIds: ReadonlySet<string>, db: Database.Database = getDb()): boolean {
  return db.transaction(() => {
    const list = isCurrent(domainId, ticket, db);
    if (!list) return false;
    const seq = list.seq + 1;
    const oldMarks = "domain_id = ? AND removed = 1 AND (written_at IS NULL OR written_at < ?)";
    const purged = (db.prepare(`SELECT MAX(seq) AS upTo FROM cached_endpoints WHERE ${oldMarks}`).get(domainId, ticket.startedAt) as { upTo: number | null }).upTo;
    db.prepare(`DELETE FROM cached_endpoints WHERE ${oldMarks}`).run(domainId, ticket.startedAt);
    const live = db.prepare("SELECT endpoint_id AS id, written_at AS writtenAt FROM cached_endpoints WHERE domain_id = ? AND removed = 0").all(domainId) as { id: string; writtenAt: number | null }[];
    const remove = db.prepare("UPDATE cached_endpoints SET removed = 1, seq = ? WHERE domain_id = ? AND endpoint_id = ?");
    let count = 0;
    for (const row of live) {
      if (seenIds.has(row.id) || (row.writtenAt !== null && row.writtenAt >= ticket.startedAt)) count++;
      else remove.run(seq, domainId, row.id);
    }
    db.prepare(
      `UPDATE cached_endpoint_lists SET complete_at = ?, complete_count = ?, refreshing_since = NULL, refresh_progress_at = NULL, refresh_error = NULL,
         seq = ?, purged_seq = ? WHERE domain_id = ?`,
    ).run(ticket.startedAt, count, seq, Math.max(list.purgedSeq, purged ?? 0), domainId);
    return true;
  })();
}

/**
 * A refresh stopped short: what it read stays, the list keeps its last complete time, and
 * `refresh_progress_at` keeps when it failed (so visits do not retry it at every look).
 */
export function failListRefresh(domainId: string, ticket: RefreshTicket, reason: string, now: number, db: Database.Database = getDb()): void {
  db.prepare("UPDATE cached_endpoint_lists SET refreshing_since = NULL, refresh_progress_at = ?, refresh_error = ? WHERE domain_id = ? AND generation = ?").run(now, reason, domainId, ticket.generation);
}

/**
 * One of our own writes: the endpoint as we now know it (blank SIP fields keep what the row
 * had), or its removal. Only a cached domain is written: without one there is nothing to keep
 * right, and the first refresh reads Catapult after the write anyway.
 */
export function recordOwnWrite(domainId: string, write: { endpoint: Endpoint } | { removedId: string }, now: number, db: Database.Database = getDb()): void {
  db.transaction(() => {
    const list = getCachedList(domainId, db);
    if (!list) return;
    const seq = list.seq + 1;
    const endpoint = "endpoint" in write ? write.endpoint : { id: write.removedId, name: "", description: null, domainId, applicationId: null, enabled: true, sipUri: "", realm: "", username: "" };
    db.prepare(UPSERT).run(upsertParams(endpoint, domainId, seq, now, "endpoint" in write ? 0 : 1));
    db.prepare("UPDATE cached_endpoint_lists SET seq = ? WHERE domain_id = ?").run(seq, domainId);
  })();
}

/** SIP details read after a bulk job (they never change for an endpoint): fills rows that lack them. */
export function fillCachedSipDetails(domainId: string, details: ReadonlyMap<string, Pick<Endpoint, "sipUri" | "realm" | "username">>, db: Database.Database = getDb()): void {
  db.transaction(() => {
    const list = getCachedList(domainId, db);
    if (!list) return;
    const update = db.prepare("UPDATE cached_endpoints SET sip_uri = ?, realm = ?, username = ?, seq = ? WHERE domain_id = ? AND endpoint_id = ? AND sip_uri = '' AND removed = 0");
    let changes = 0;
    for (const [id, d] of details) changes += update.run(d.sipUri, d.realm, d.username, list.seq + 1, domainId, id).changes;
    if (changes > 0) db.prepare("UPDATE cached_endpoint_lists SET seq = ? WHERE domain_id = ?").run(list.seq + 1, domainId);
  })();
}

/** The domain was deleted: its list goes, and a refresh still running finds itself superseded. */
export function dropCachedList(domainId: string, db: Database.Database = getDb()): void {
  db.transaction(() => {
    db.prepare("DELETE FROM cached_endpoints WHERE domain_id = ?").run(domainId);
    db.prepare("DELETE FROM cached_endpoint_lists WHERE domain_id = ?").run(domainId);
  })();
}
