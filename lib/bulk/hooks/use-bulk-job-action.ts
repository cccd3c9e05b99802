// Steering a job (POST /api/bulk-jobs/{id}/actions): cancel, resume, retry failed rows.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { BulkJobView } from "@/lib/bulk/contract";
import { apiFetch } from "@/lib/browser/api-fetch";
import { bulkJobKey, bulkJobPath } from "./use-bulk-job";

export type BulkJobAction = "cancel" | "resume" | "retry-failed";

export async function runBulkJobAction(jobId: string, action: BulkJobAction): Promise<BulkJobView> {
  const { job } = await apiFetch<{ job: BulkJobView }>(`${bulkJobPath(jobId)}/actions`, { method: "POST", body: { action } });
  return job;
}

export function useBulkJobAction(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: BulkJobAction) => runBulkJobAction(jobId, action),
    // The poll picks up the changed rows (and starts again when the job runs again).
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulkJobKey(jobId) }),
  });
}
