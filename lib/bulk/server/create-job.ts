import "server-only";
// Starting a bulk job: check the rows again, flag names the domain already has (from the
// domain's cached endpoint list, read from Catapult first when missing or older than its
// age), seal the passwords, store everything, then hand it to the runner.
// Under "update existing names" an existing row's differences are computed here again, from
// that list, never taken from the browser: only what differs is stored and sent. A name the
// list does not know yet but Catapult has is met when the row is sent (409), and settled
// there by the same policy (create-conflict.ts); a new row keeps its wanted fields for that.
import type { AuditActor } from "@/lib/audit/contract";
import crypto from "node:crypto";
import type { CatapultClient } from "@/lib/catapult/client";
import type { NewBulkRow } from "@/lib/db/bulk-jobs";
import { insertBulkJob } from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/dialect";
import { DomainError } from "@/lib/domain-error";
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";
import type { CreateEndpointsJobRequest } from "@/lib/bulk/job-schema";
import { endpointDiff, type EndpointPatch } from "@/lib/bulk/endpoint-diff";
import type { Endpoint } from "@/lib/endpoints/contract";
import { createEndpointListCache, type EndpointListCache } from "@/lib/endpoints/server/endpoint-list-cache";
import { sealPassword } from "./password-vault";
import { rowIdentity } from "./runner-support";

export async function createBulkJob(
  request: Omit<CreateEndpointsJobRequest, "action">,
  deps: { db: Db; catapult: CatapultClient; encryptionKey: Buffer; actor?: AuditActor; endpointList?: EndpointListCache },
): Promise<string> {
  const seen = new Map<string, number>();
  const repeated: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  request.rows.forEach((row, i) => {
    const first = seen.get(row.name);
    if (first === undefined) return void seen.set(row.name, i);
    const rows = [request.rows[first]!.sourceRow, row.sourceRow];
    repeated[`rows.${i}.name`] = `Name "${row.name}" is repeated (rows ${rows[0]} and ${rows[1]}).`;
    issues.push({ field: `rows.${i}.name`, code: "repeated_name", params: { rows } });
  });
  if (issues.length) throw new DomainError("invalid", "Some names appear more than once in the rows.", repeated, issues);

  const endpointList = deps.endpointList ?? createEndpointListCache({ db: deps.db, catapult: deps.catapult });
  const readAt = Date.now();
  let existing = byName((await endpointList.wholeList(request.domainId)).endpoints);
  const newWithoutPassword = () => request.rows.some((row) => !existing.has(row.name) && !row.password);
  // A refusal must not rest on a list that may be behind Catapult: read it again first.
  if (newWithoutPassword() && ((await endpointList.state(request.domainId)).asOf ?? 0) < readAt) {
    await endpointList.refresh(request.domainId);
    existing = byName((await endpointList.wholeList(request.domainId)).endpoints);
  }

  // A password is needed only to create: a new name without one is refused, with its row.
  const missing: Record<string, string> = {};
  request.rows.forEach((row, i) => {
    if (!existing.has(row.name) && !row.password) {
      missing[`rows.${i}.password`] = "Password is required to create an endpoint.";
      issues.push({ field: `rows.${i}.password`, code: "required", params: {} });
    }
  });
  if (issues.length) throw new DomainError("invalid", "Some new names have no password.", missing, issues);

  const id = crypto.randomUUID();
  const rows: NewBulkRow[] = request.rows.map((row, index) => {
    const base = {
      sourceRow: row.sourceRow,
      name: row.name,
      description: row.description || undefined,
      applicationId: row.applicationId || undefined,
      enabled: row.enabled,
    };
    const current = existing.get(row.name);
    const existingId = current?.id;
    if (current && request.existingPolicy === "update") {
      const diff = endpointDiff(current, row);
      if (diff.changes.length === 0) return { ...base, endpointId: current.id, passwordSealed: null, status: "unchanged" };
      const passwordSealed = diff.setsPassword ? sealPassword(deps.encryptionKey, rowIdentity(id, index), row.password ?? "") : null;
      return { ...base, endpointId: current.id, passwordSealed, status: "pending", patch: diff.patch };
    }
    if (existingId) {
      return request.existingPolicy === "skip"
        ? { ...base, endpointId: existingId, passwordSealed: null, status: "skipped", error: "Already existed in the domain; skipped." }
        : { ...base, passwordSealed: null, status: "failed", error: "An endpoint with this name already exists in the domain." };
    }
    const passwordSealed = sealPassword(deps.encryptionKey, rowIdentity(id, index), row.password ?? "");
    // Under "update", what to update should the name turn out to be taken after all.
    return { ...base, passwordSealed, status: "pending", op: "create", ...(request.existingPolicy === "update" ? { patch: wantedFields(row) } : {}) };
  });
  await insertBulkJob({ id, domainId: request.domainId, existingPolicy: request.existingPolicy, rows, actor: deps.actor }, deps.db);
  return id;
}

function byName(endpoints: readonly Endpoint[]): Map<string, Endpoint> {
  return new Map(endpoints.map((e) => [e.name, e]));
}

/** The fields a row sets, as an update would send them ("" clears; a field not given is left alone). */
function wantedFields(row: CreateEndpointsJobRequest["rows"][number]): EndpointPatch {
  return {
    ...(row.description !== undefined ? { description: row.description } : {}),
    ...(row.applicationId !== undefined ? { applicationId: row.applicationId } : {}),
    ...(row.enabled !== undefined ? { enabled: row.enabled } : {}),
  };
}
