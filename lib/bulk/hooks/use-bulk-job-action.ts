// Steering a job (POST /api/bulk-jobs/{id}/actions): cancel, resume, retry failed rows.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { BulkJobAction, BulkJobActionResponse } from "@/lib/bulk/contract";
import { bulkJobApiPath, bulkJobKeys } from "./query-keys";

export function useBulkJobAction(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: BulkJobAction) =>
      (await apiFetch<BulkJobActionResponse>(`${bulkJobApiPath(jobId)}/actions`, { method: "POST", body: { action } })).job,
    // The poll picks up the changed rows (and starts again when the job runs again).
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: bulkJobKeys.lists() });
      return queryClient.invalidateQueries({ queryKey: bulkJobKeys.detail(jobId) });
    },
  });
}
