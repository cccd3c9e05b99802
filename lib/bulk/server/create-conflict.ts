import "server-only";
// A create answered "name taken" (409) without any doubt of ours: another endpoint has the
// name. The job's policy decides, as it would have when the job started had the name been
// known then. That happens when someone took the name since the preview, or when the
// domain's cached list, which the preview and the job's start read, was behind Catapult.
// - skip: Skipped, with the existing endpoint's id;
// - fail: Failed, "already exists";
// - update: the row becomes an update of that endpoint (its wanted fields and password),
//   sent like any update row: read first, only what differs, read back.
// The existing endpoint is looked up in Catapult, not the cache: the cache did not know it.
import type { CatapultClient } from "@/lib/catapult/client";
import * as jobs from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/dialect";
import { recordOwnWrite } from "@/lib/db/endpoint-list-cache";

export const TAKEN_MESSAGE = "An endpoint with this name already exists in the domain.";

export async function settleNameTaken(deps: { db: Db; catapult: CatapultClient }, job: jobs.BulkJobRecord, row: jobs.BulkRowRecord): Promise<void> {
  const { db } = deps;
  if (job.existingPolicy === "fail") return jobs.finishRow(job.id, row.rowIndex, { status: "failed", error: TAKEN_MESSAGE }, db);
  const existing = await deps.catapult.findEndpointByName(job.domainId, row.name, { background: true }).catch(() => undefined);
  // What Catapult just said, which the cached list may not have known.
  if (existing) await recordOwnWrite(job.domainId, { endpoint: existing }, Date.now(), db);
  if (job.existingPolicy === "skip") {
    return jobs.finishRow(job.id, row.rowIndex, { status: "skipped", endpointId: existing?.id, error: "Already existed in the domain; skipped." }, db);
  }
  if (!existing || !row.patch) {
    return jobs.finishRow(job.id, row.rowIndex, { status: "failed", error: `${TAKEN_MESSAGE} It could not be read to update it; retry this row.` }, db);
  }
  await jobs.turnRowIntoUpdate(job.id, row.rowIndex, existing.id, db);
}
