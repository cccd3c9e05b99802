// Steering a job (POST /api/bulk-jobs/{id}/actions): cancel, resume, retry failed rows. The
// job page polls the job itself: after an action it asks again at once (`onSettled`), and
// starts polling again when the job runs again.
import { apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import { useRequest } from "@/lib/browser/use-request";
import type { BulkJobAction, BulkJobActionResponse } from "@/lib/bulk/contract";
import { bulkJobApiPath } from "./query-keys";

export function useBulkJobAction(jobId: string, onSettled: () => void) {
  return useRequest(
    async (action: BulkJobAction) => {
      try {
        return (await apiFetch<BulkJobActionResponse>(`${bulkJobApiPath(jobId)}/actions`, { method: "POST", body: { action } })).job;
      } finally {
        dataChanged({ kind: "bulk-jobs" });
        onSettled();
      }
    },
    { refresh: false },
  );
}
