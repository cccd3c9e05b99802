import "server-only";
// Starting a bulk CHANGE (enable, disable, set-application, rotate-password, delete). The
// rows are exactly the endpoint ids the body selected, each checked against one read of the
// domain: an id the domain does not have is refused (a delete counts it as already gone:
// the wanted state holds, and the id is never sent). Names come from Catapult, never from
// the body. Rows already as wanted are marked so here and checked again at run time.
import crypto from "node:crypto";
import type { AuditActor } from "@/lib/audit/contract";
import type { CatapultClient } from "@/lib/catapult/client";
import { type BulkChangeJobRequest, endpointRef } from "@/lib/bulk/change-job-schema";
import type { EndpointPatch } from "@/lib/bulk/endpoint-diff";
import { insertBulkJob, type NewBulkRow } from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/dialect";
import { DomainError } from "@/lib/domain-error";
import type { Endpoint } from "@/lib/endpoints/contract";
import { generatePassword } from "@/lib/endpoints/generate-password";
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";
import { sealPassword } from "./password-vault";
import { rowIdentity } from "./runner-support";

export interface CreatedChangeJob {
  id: string;
  /** generate: true only; never stored in plain text, returned once. */
  passwords?: { endpointId: string; name: string; password: string }[];
}

export async function createBulkChangeJob(
  request: BulkChangeJobRequest,
  deps: { db: Db; catapult: CatapultClient; encryptionKey: Buffer; actor?: AuditActor },
): Promise<CreatedChangeJob> {
  const inDomain = new Map<string, Endpoint>();
  for await (const endpoint of deps.catapult.listEndpoints(request.domainId)) inDomain.set(endpoint.id, endpoint);

  const refs = request.rows.map((row) => endpointRef(row) as { endpointId: string; name?: string; password?: string });
  const fields: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  refs.forEach((ref, i) => {
    const endpoint = inDomain.get(ref.endpointId);
    if (!endpoint && request.action !== "delete") {
      fields[`rows.${i}.endpointId`] = `Endpoint ${ref.endpointId} is not in this domain.`;
      issues.push({ field: `rows.${i}.endpointId`, code: "not_in_domain", params: {} });
    } else if (endpoint && ref.name !== undefined && ref.name !== endpoint.name) {
      fields[`rows.${i}.name`] = `Endpoint ${ref.endpointId} is named "${endpoint.name}", not "${ref.name}".`;
      issues.push({ field: `rows.${i}.name`, code: "name_mismatch", params: { actual: endpoint.name } });
    }
  });
  if (issues.length) throw new DomainError("invalid", "Some rows do not match the domain's endpoints; nothing was started.", fields, issues);

  const id = crypto.randomUUID();
  const generated: NonNullable<CreatedChangeJob["passwords"]> = [];
  const rows: NewBulkRow[] = refs.map((ref, index) => {
    const endpoint = inDomain.get(ref.endpointId);
    const base = { sourceRow: index + 1, name: endpoint?.name ?? ref.name ?? ref.endpointId, endpointId: ref.endpointId };
    if (request.action === "delete") {
      return endpoint ? { ...base, op: "delete", passwordSealed: null, status: "pending" } : { ...base, op: "delete", passwordSealed: null, status: "already_gone" };
    }
    const current = endpoint!;
    if (request.action === "rotate-password") {
      const password = ref.password ?? generatePassword();
      if (request.generate) generated.push({ endpointId: ref.endpointId, name: current.name, password });
      return { ...base, op: "update", patch: {}, passwordSealed: sealPassword(deps.encryptionKey, rowIdentity(id, index), password), status: "pending" };
    }
    const patch = wantedPatch(request);
    const already = Object.entries(patch).every(([field, value]) => sameValue(value, current[field as keyof EndpointPatch]));
    return { ...base, op: "update", patch, passwordSealed: null, status: already ? "unchanged" : "pending" };
  });
  await insertBulkJob({ id, domainId: request.domainId, action: request.action, existingPolicy: "skip", rows, actor: deps.actor }, deps.db);
  return request.action === "rotate-password" && request.generate ? { id, passwords: generated } : { id };
}

/** What every row of an enable, disable or set-application job wants ("" clears the application). */
function wantedPatch(request: Exclude<BulkChangeJobRequest, { action: "delete" | "rotate-password" }>): EndpointPatch {
  switch (request.action) {
    case "enable":
      return { enabled: true };
    case "disable":
      return { enabled: false };
    case "set-application":
      return { applicationId: request.applicationId ?? "" };
  }
}

const sameValue = (wanted: unknown, current: unknown) => (wanted === "" ? null : wanted) === (current === "" ? null : current);
