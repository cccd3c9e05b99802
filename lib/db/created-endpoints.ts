import "server-only";
// Every endpoint the dashboard created, by the form or in bulk (the History page).
import type Database from "better-sqlite3";
import { type AuditActor, actorLabel } from "@/lib/audit/contract";
import type { CreationSource } from "@/lib/history/contract";
import { getDb } from "./database";

/** A row of created_endpoints, as stored (`created_at` in epoch milliseconds). */
export interface CreatedEndpointRow {
  endpoint_id: string;
  name: string;
  domain_id: string;
  source: CreationSource;
  job_id: string | null;
  created_at: number;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
}

export function recordCreatedEndpoint(
  entry: { endpointId: string; name: string; domainId: string; source: CreationSource; jobId?: string | null; actor: AuditActor },
  db: Database.Database = getDb(),
): void {
  db.prepare(
    `INSERT INTO created_endpoints (endpoint_id, name, domain_id, source, job_id, created_at, actor_type, actor_id, actor_label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain_id, endpoint_id) DO NOTHING`,
  ).run(
    entry.endpointId, entry.name, entry.domainId, entry.source, entry.jobId ?? null, Date.now(),
    entry.actor.type, "id" in entry.actor ? entry.actor.id : null, actorLabel(entry.actor),
  );
}

export function listCreatedEndpoints(
  filter: { domainId?: string; name?: string; limit?: number } = {},
  db: Database.Database = getDb(),
): CreatedEndpointRow[] {
  const rows = db
    .prepare(
      `SELECT endpoint_id, name, domain_id, source, job_id, created_at, actor_type, actor_id, actor_label
       FROM created_endpoints
       WHERE (@domainId IS NULL OR domain_id = @domainId)
         AND (@name IS NULL OR instr(lower(name), lower(@name)) > 0)
       ORDER BY created_at DESC, id DESC
       LIMIT @limit`,
    )
    // An empty filter is no filter: History's page reads "all domains" from its URL as "".
    .all({ domainId: filter.domainId || null, name: filter.name || null, limit: filter.limit ?? 10_000 });
  return rows as CreatedEndpointRow[];
}
