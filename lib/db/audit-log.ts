import "server-only";
// The audit log's table. Append-only: entries are inserted, read and, past the retention
// period only, pruned; nothing here (or anywhere) updates one, and a trigger refuses it.
import type Database from "better-sqlite3";
import { getDb } from "./database";

/** A row of audit_log, as stored (`at` in epoch milliseconds, `detail` as JSON text). */
export interface AuditRow {
  id: number;
  at: number;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  source_address: string | null;
  action: string;
  domain_id: string | null;
  domain_name: string | null;
  endpoint_id: string | null;
  endpoint_name: string | null;
  job_id: string | null;
  /** The user acted upon (user and API-key actions). */
  user_email: string | null;
  outcome: "ok" | "failed";
  error_code: string | null;
  detail: string | null;
}

export type NewAuditRow = Omit<AuditRow, "id">;

export interface AuditRowFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: number;
  to?: number;
}

export function insertAuditRow(row: NewAuditRow, db: Database.Database = getDb()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_type, actor_id, actor_label, source_address, action, domain_id, domain_name, endpoint_id, endpoint_name, job_id, user_email, outcome, error_code, detail)
     VALUES (@at, @actor_type, @actor_id, @actor_label, @source_address, @action, @domain_id, @domain_name, @endpoint_id, @endpoint_name, @job_id, @user_email, @outcome, @error_code, @detail)`,
  ).run(row);
}

// "Person" matches the actor's label, id or type, and an owner's email finds their API keys'
// entries too; "target" any id or name of the target.
const WHERE = `WHERE (@actor IS NULL OR lower(actor_label) = lower(@actor) OR actor_id = @actor OR actor_type = @actor
         OR substr(lower(actor_label), 1, length(@actor) + 9) = lower(@actor) || ' (api key')
    AND (@action IS NULL OR action = @action)
    AND (@target IS NULL OR instr(lower(coalesce(domain_id, '') || char(31) || coalesce(domain_name, '') || char(31) || coalesce(endpoint_id, '') || char(31)
         || coalesce(endpoint_name, '') || char(31) || coalesce(job_id, '') || char(31) || coalesce(user_email, '')), lower(@target)) > 0)
    AND (@from IS NULL OR at >= @from)
    AND (@to IS NULL OR at <= @to)`;

function bind(filter: AuditRowFilter) {
  return { actor: filter.actor || null, action: filter.action || null, target: filter.target || null, from: filter.from ?? null, to: filter.to ?? null };
}

/** Newest first, `limit` rows from `offset`, with the count of all matching rows. */
export function listAuditRows(
  filter: AuditRowFilter,
  page: { limit: number; offset: number },
  db: Database.Database = getDb(),
): { rows: AuditRow[]; total: number } {
  const params = bind(filter);
  const rows = db.prepare(`SELECT * FROM audit_log ${WHERE} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`).all({ ...params, ...page }) as AuditRow[];
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${WHERE}`).get(params) as { n: number };
  return { rows, total: n };
}

/** Deletes the entries older than `before` (epoch ms) and records the prune, in one transaction. */
export function pruneAuditRows(before: number, entry: (count: number) => NewAuditRow, db: Database.Database = getDb()): number {
  return db.transaction(() => {
    const { changes } = db.prepare("DELETE FROM audit_log WHERE at < ?").run(before);
    if (changes > 0) insertAuditRow(entry(changes), db);
    return changes;
  })();
}
