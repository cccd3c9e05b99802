import "server-only";
// The rows of the endpoint-list cache (table cached_endpoints, migration 7) as the statements of
// endpoint-list-cache.ts read and write them: columns, the batched upsert and the batched
// lookups. Batches keep a 1,000-endpoint page to a few statements on Postgres, where each one
// is a round trip, and under SQLite's bound-parameter limit.
import type { ExpressionBuilder, Insertable } from "kysely";
import type { Endpoint } from "@/lib/endpoints/contract";
import type { Db } from "./dialect";
import type { CachedEndpointsTable, DashboardTables, Flag } from "./schema";

/** Rows per INSERT (12 values each) and ids per IN list. */
const CHUNK = 400;

export const ENDPOINT_COLUMNS = [
  "endpoint_id as id", "name", "description", "domain_id as domainId", "application_id as applicationId", "enabled", "sip_uri as sipUri", "realm", "username",
] as const;

export type StoredEndpoint = Omit<Endpoint, "enabled"> & { enabled: number };
export type StoredRow = StoredEndpoint & { writtenAt: number | null; removed: number; seq: number };

export const toEndpoint = ({ enabled, ...rest }: StoredEndpoint): Endpoint => ({ ...rest, enabled: enabled === 1 });

export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The row as stored: only the list's fields, whatever else the object carries (a password never should). */
export function rowValues(e: Endpoint, domainId: string, seq: number, writtenAt: number | null, removed: Flag = 0): Insertable<CachedEndpointsTable> {
  return {
    domain_id: domainId, endpoint_id: e.id, name: e.name, description: e.description, application_id: e.applicationId, enabled: e.enabled ? 1 : 0,
    sip_uri: e.sipUri, realm: e.realm, username: e.username, written_at: writtenAt, removed, seq,
  };
}

type Excluded = ExpressionBuilder<DashboardTables & { excluded: CachedEndpointsTable }, "cached_endpoints" | "excluded">;

/** A blank SIP field (a write that did not read the endpoint back) keeps what the row had. */
const keepUnlessBlank = (eb: Excluded, column: "sip_uri" | "realm" | "username") =>
  eb.case().when(`excluded.${column}`, "=", "").then(eb.ref(`cached_endpoints.${column}`)).else(eb.ref(`excluded.${column}`)).end();

/** Inserts or replaces rows (one per endpoint id: Postgres refuses to change a row twice in one statement). */
export async function upsertRows(trx: Db, rows: readonly Insertable<CachedEndpointsTable>[]): Promise<void> {
  const unique = [...new Map(rows.map((r) => [r.endpoint_id, r])).values()];
  for (const chunk of chunks(unique)) {
    await trx
      .insertInto("cached_endpoints")
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(["domain_id", "endpoint_id"]).doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          description: eb.ref("excluded.description"),
          application_id: eb.ref("excluded.application_id"),
          enabled: eb.ref("excluded.enabled"),
          sip_uri: keepUnlessBlank(eb, "sip_uri"),
          realm: keepUnlessBlank(eb, "realm"),
          username: keepUnlessBlank(eb, "username"),
          written_at: eb.ref("excluded.written_at"),
          removed: eb.ref("excluded.removed"),
          seq: eb.ref("excluded.seq"),
        })),
      )
      .execute();
  }
}

/** The stored rows of these endpoints, by id. */
export async function storedRows(trx: Db, domainId: string, ids: readonly string[]): Promise<Map<string, StoredRow>> {
  const found = new Map<string, StoredRow>();
  for (const chunk of chunks(ids)) {
    const rows = await trx
      .selectFrom("cached_endpoints")
      .select([...ENDPOINT_COLUMNS, "written_at as writtenAt", "removed", "seq"])
      .where("domain_id", "=", domainId)
      .where("endpoint_id", "in", chunk)
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

export const sameContent = (row: StoredEndpoint, e: Endpoint) =>
  row.name === e.name && row.description === e.description && row.applicationId === e.applicationId && row.enabled === (e.enabled ? 1 : 0) &&
  row.sipUri === e.sipUri && row.realm === e.realm && row.username === e.username;
