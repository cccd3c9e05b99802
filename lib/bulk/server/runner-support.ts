import "server-only";
// The bulk runner's helpers that need none of its state: which Catapult refusals stop a whole
// job, the SIP details of a job's endpoints, read once at its end, and a created row as the
// domain's cached list holds it.
import type { CatapultClient } from "@/lib/catapult/client";
import { type CatapultError, isCatapultError } from "@/lib/catapult/errors";
import { saveEndpointDetails } from "@/lib/db/bulk-job-changes";
import type * as jobs from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/dialect";
import { fillCachedSipDetails } from "@/lib/db/endpoint-list-cache";
import type { Endpoint } from "@/lib/endpoints/contract";

/** SIP URI, realm and username of the job's endpoints, from one read of the domain. */
export async function saveSipDetails(deps: { db: Db; catapult: CatapultClient }, job: jobs.BulkJobRecord): Promise<void> {
  try {
    const details = new Map<string, { sipUri: string; realm: string; username: string }>();
    for await (const e of deps.catapult.listEndpoints(job.domainId, { background: true })) details.set(e.id, { sipUri: e.sipUri, realm: e.realm, username: e.username });
    await saveEndpointDetails(job.id, details, deps.db);
    await fillCachedSipDetails(job.domainId, details, deps.db);
  } catch (error) {
    console.warn(`[bulk] job ${job.id}: could not read SIP details (${isCatapultError(error) ? error.kind : "error"}); the export will leave them blank.`);
  }
}

export function systematicReason(error: CatapultError, op: "create" | "update" | "delete" = "create"): string | undefined {
  if (error.kind === "unauthorized") return "Catapult refused the dashboard's API credentials (401). Fix CATAPULT_API_TOKEN / CATAPULT_API_SECRET, restart, then resume.";
  if (error.kind === "not-found" && rowsOwnNotFound(error, op)) return undefined;
  if (error.kind === "not-found") return "Catapult says this domain does not exist any more (404). Nothing more can be created in it.";
  if (error.kind === "forbidden" && !error.code?.startsWith("application-")) return "Catapult refuses this account access to the domain (403). Fix the account's rights, then resume.";
  return undefined;
}

/** The additional data a row's sealed password is bound to (password-vault.ts). */
export function rowIdentity(jobId: string, rowIndex: number): string {
  return `${jobId}:${rowIndex}`;
}

/** A created row as the cached list holds it until the job's end fills its SIP details in (Catapult's default for enabled). */
export function cachedRowWrite(row: Pick<jobs.BulkRowRecord, "name" | "description" | "applicationId" | "enabled">, endpointId: string, domainId: string): Endpoint {
  return { id: endpointId, name: row.name, description: row.description, domainId, applicationId: row.applicationId, enabled: row.enabled ?? true, sipUri: "", realm: "", username: "" };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A 404 that is the row's own problem, not the domain's: an unknown application, or, for a row
 * that changes an existing endpoint, that endpoint gone since it was read (Catapult names the
 * domain when the domain is what is missing; without a code, the domain is assumed gone only
 * for creates, which name no endpoint).
 */
function rowsOwnNotFound(error: CatapultError, op: "create" | "update" | "delete"): boolean {
  if (error.code?.startsWith("application-")) return true;
  if (op === "create") return false;
  return error.code !== "domain-not-found";
}
