// Starting a bulk job (POST /api/bulk-jobs) with the rows the preview validated.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { BulkJobCreatedResponse } from "@/lib/bulk/contract";
import type { CreateBulkJobRequest } from "@/lib/bulk/job-schema";
import { bulkJobKeys } from "./query-keys";

export function useCreateBulkJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateBulkJobRequest) => (await apiFetch<BulkJobCreatedResponse>("/api/bulk-jobs", { method: "POST", body: request })).job,
    // The jobs list and the domain's banner show it at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulkJobKeys.lists() }),
  });
}
