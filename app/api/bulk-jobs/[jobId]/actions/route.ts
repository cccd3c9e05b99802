// Steering a bulk job: cancel (after the row in flight), resume (after a pause), retry failed rows.
import { requestAuditContext } from "@/lib/audit/server/context";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import type { BulkJobActionResponse } from "@/lib/bulk/contract";
import { bulkJobActionSchema } from "@/lib/bulk/job-schema";
import { actOnBulkJob } from "@/lib/bulk/server/job-service";

export const POST = apiRoute<{ jobId: string }>(async (request, params) => {
  const { action } = await readJsonBody(request, bulkJobActionSchema, 1024);
  return Response.json({ job: await actOnBulkJob(params.jobId, action, requestAuditContext(request)) } satisfies BulkJobActionResponse);
}, { access: "operator" });
