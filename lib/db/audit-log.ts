import "server-only";
// The audit log's table. Append-only: entries are inserted, read and, past the retention
// period only, pruned; nothing here (or anywhere) updates one, and a trigger refuses it.
import { type ExpressionBuilder, type Selectable, sql } from "kysely";
import { getDb } from "./database";
import { type Db, inTransaction } from "./dialect";
import type { AuditLogTable, DashboardTables } from "./schema";
import { containsText, startsWithText } from "./text-match";

/** A row of audit_log, as stored (`at` in epoch milliseconds, `detail` as JSON text). */
export type AuditRow = Selectable<AuditLogTable>;

export type NewAuditRow = Omit<AuditRow, "id">;

export interface AuditRowFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: number;
  to?: number;
}

const COLUMNS = [
  "id", "at", "actor_type", "actor_id", "actor_label", "source_address", "action", "domain_id", "domain_name",
  "endpoint_id", "endpoint_name", "job_id", "user_email", "outcome", "error_code", "detail",
] as const;

const TARGET_COLUMNS = ["domain_id", "domain_name", "endpoint_id", "endpoint_name", "job_id", "user_email"] as const;

export async function insertAuditRow(row: NewAuditRow, db: Db = getDb()): Promise<void> {
  await db.insertInto("audit_log").values(row).execute();
}

// "Person" matches the actor's label, id or type, and an owner's email finds their API keys'
// entries too; "target" any id or name of the target.
function matches(filter: AuditRowFilter) {
  return (eb: ExpressionBuilder<DashboardTables, "audit_log">) => {
    const { actor, action, target } = filter;
    return eb.and([
      ...(actor
        ? [
            eb.or([
              sql<boolean>`lower(${eb.ref("actor_label")}) = lower(${actor})`,
              eb("actor_id", "=", actor),
              eb("actor_type", "=", actor),
              startsWithText(eb.ref("actor_label"), `${actor} (api key`),
            ]),
          ]
        : []),
      ...(action ? [eb("action", "=", action)] : []),
      ...(target ? [eb.or(TARGET_COLUMNS.map((column) => containsText(eb.ref(column), target)))] : []),
      ...(filter.from !== undefined ? [eb("at", ">=", filter.from)] : []),
      ...(filter.to !== undefined ? [eb("at", "<=", filter.to)] : []),
    ]);
  };
}

/** Newest first, `limit` rows from `offset`, with the count of all matching rows. */
export async function listAuditRows(filter: AuditRowFilter, page: { limit: number; offset: number }, db: Db = getDb()): Promise<{ rows: AuditRow[]; total: number }> {
  const matching = db.selectFrom("audit_log").where(matches(filter));
  const rows = await matching.select(COLUMNS).orderBy("at", "desc").orderBy("id", "desc").limit(page.limit).offset(page.offset).execute();
  const { n } = await matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** Deletes the entries older than `before` (epoch ms) and records the prune, in one transaction. */
export async function pruneAuditRows(before: number, entry: (count: number) => NewAuditRow, db: Db = getDb()): Promise<number> {
  return inTransaction(db, async (trx) => {
    const result = await trx.deleteFrom("audit_log").where("at", "<", before).executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    if (deleted > 0) await insertAuditRow(entry(deleted), trx);
    return deleted;
  });
}
