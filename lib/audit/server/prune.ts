import "server-only";
// Retention, the audit log's one exception to append-only: entries older than
// AUDIT_RETENTION_DAYS are deleted, and the prune records itself (in the same transaction).
import { pruneAuditRows } from "@/lib/db/audit-log";
import type { Db } from "@/lib/db/dialect";
import { actorLabel } from "@/lib/audit/contract";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Prunes past `retentionDays` (undefined: keeps everything); returns how many went. */
export async function pruneAudit(retentionDays: number | undefined, db?: Db, now = Date.now()): Promise<number> {
  if (retentionDays === undefined) return 0;
  const before = now - retentionDays * DAY_MS;
  // A prune that removes nothing is not recorded: an hourly no-op would bury the log.
  return pruneAuditRows(
    before,
    (count) => ({
      at: now, actor_type: "system", actor_id: null, actor_label: actorLabel({ type: "system" }), source_address: null,
      action: "audit.pruned", domain_id: null, domain_name: null, endpoint_id: null, endpoint_name: null, job_id: null, user_email: null,
      outcome: "ok", error_code: null, detail: JSON.stringify({ count, retentionDays, before: new Date(before).toISOString() }),
    }),
    db,
  );
}
