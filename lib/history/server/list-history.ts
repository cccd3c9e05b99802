import "server-only";
// History as the API sends it: the stored rows mapped to the contract, so a column added to
// the table does not silently become part of the API.
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import type { HistoryEntry } from "@/lib/history/contract";

export async function listHistory(filter: { domainId?: string; name?: string }): Promise<HistoryEntry[]> {
  return (await listCreatedEndpoints(filter)).map((r) => ({
    endpointId: r.endpoint_id,
    name: r.name,
    domainId: r.domain_id,
    source: r.source,
    jobId: r.job_id,
    createdAt: r.created_at,
    actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
  }));
}

export const HISTORY_CSV_HEADER = ["endpoint_id", "name", "domain_id", "created_at", "source", "job_id", "created_by"] as const;

export function historyCsvRows(entries: HistoryEntry[]) {
  return entries.map((e) => [e.endpointId, e.name, e.domainId, new Date(e.createdAt).toISOString(), e.source, e.jobId, e.actor.label]);
}
