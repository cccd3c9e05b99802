import "server-only";
// Starting a bulk job: check the rows again, flag names the domain already has (one read
// of its endpoints), seal the passwords, store everything, then hand it to the runner.
import type { AuditActor } from "@/lib/audit/contract";
import crypto from "node:crypto";
import type { z } from "zod";
import type { CatapultClient } from "@/lib/catapult/client";
import type { NewBulkRow } from "@/lib/db/bulk-jobs";
import { insertBulkJob } from "@/lib/db/bulk-jobs";
import { DomainError } from "@/lib/domain-error";
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";
import type Database from "better-sqlite3";
import type { createBulkJobSchema } from "@/lib/bulk/contract";
import { sealPassword } from "./password-vault";
import { rowIdentity } from "./runner";

export async function createBulkJob(
  request: z.output<typeof createBulkJobSchema>,
  deps: { db: Database.Database; catapult: CatapultClient; encryptionKey: Buffer; actor?: AuditActor },
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

  const existing = new Map<string, string>();
  for await (const endpoint of deps.catapult.listEndpoints(request.domainId)) existing.set(endpoint.name, endpoint.id);

  const id = crypto.randomUUID();
  const rows: NewBulkRow[] = request.rows.map((row, index) => {
    const base = {
      sourceRow: row.sourceRow,
      name: row.name,
      description: row.description || undefined,
      applicationId: row.applicationId || undefined,
      enabled: row.enabled,
    };
    const existingId = existing.get(row.name);
    if (existingId) {
      return request.existingPolicy === "skip"
        ? { ...base, endpointId: existingId, passwordSealed: null, status: "skipped", error: "Already existed in the domain; skipped." }
        : { ...base, passwordSealed: null, status: "failed", error: "An endpoint with this name already exists in the domain." };
    }
    return { ...base, passwordSealed: sealPassword(deps.encryptionKey, rowIdentity(id, index), row.password), status: "pending" };
  });
  insertBulkJob({ id, domainId: request.domainId, existingPolicy: request.existingPolicy, rows, actor: deps.actor }, deps.db);
  return id;
}
