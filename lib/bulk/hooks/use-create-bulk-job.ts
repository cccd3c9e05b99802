// Starting a bulk job (POST /api/bulk-jobs) with the rows the preview validated, or the ids a
// bulk change selected. The caller goes on to the job's page; views listing jobs are told.
import { apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import { useRequest } from "@/lib/browser/use-request";
import type { BulkJobCreatedResponse } from "@/lib/bulk/contract";
import type { CreateBulkJobRequest } from "@/lib/bulk/job-schema";

export function useCreateBulkJob() {
  return useRequest(
    async (request: CreateBulkJobRequest) => {
      const { job } = await apiFetch<BulkJobCreatedResponse>("/api/bulk-jobs", { method: "POST", body: request });
      dataChanged({ kind: "bulk-jobs" });
      return job;
    },
    // The page is left for the job's own: nothing here to render again.
    { refresh: false },
  );
}
