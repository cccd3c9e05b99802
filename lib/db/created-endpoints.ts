import "server-only";
// Every endpoint the dashboard created, by the form or in bulk (the History page).
import type { Selectable } from "kysely";
import { type AuditActor, actorLabel } from "@/lib/audit/contract";
import type { CreationSource } from "@/lib/history/contract";
import { getDb } from "./database";
import type { Db } from "./dialect";
import type { CreatedEndpointsTable } from "./schema";
import { containsText } from "./text-match";

/** A row of created_endpoints, as stored (`created_at` in epoch milliseconds). */
export type CreatedEndpointRow = Omit<Selectable<CreatedEndpointsTable>, "id">;

export async function recordCreatedEndpoint(
  entry: { endpointId: string; name: string; domainId: string; source: CreationSource; jobId?: string | null; actor: AuditActor },
  db: Db = getDb(),
): Promise<void> {
  await db
    .insertInto("created_endpoints")
    .values({
      endpoint_id: entry.endpointId, name: entry.name, domain_id: entry.domainId, source: entry.source, job_id: entry.jobId ?? null, created_at: Date.now(),
      actor_type: entry.actor.type, actor_id: "id" in entry.actor ? entry.actor.id : null, actor_label: actorLabel(entry.actor),
    })
    .onConflict((oc) => oc.columns(["domain_id", "endpoint_id"]).doNothing())
    .execute();
}

export async function listCreatedEndpoints(filter: { domainId?: string; name?: string; limit?: number } = {}, db: Db = getDb()): Promise<CreatedEndpointRow[]> {
  return db
    .selectFrom("created_endpoints")
    .select(["endpoint_id", "name", "domain_id", "source", "job_id", "created_at", "actor_type", "actor_id", "actor_label"])
    .$if(!!filter.domainId, (q) => q.where("domain_id", "=", filter.domainId!))
    .$if(!!filter.name, (q) => q.where((eb) => containsText(eb.ref("name"), filter.name!)))
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit ?? 10_000)
    .execute();
}
