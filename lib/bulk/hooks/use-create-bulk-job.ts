// Starting a bulk job (POST /api/bulk-jobs) with the rows the preview validated.
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { BulkJobCreatedResponse, CreateBulkJobRequest } from "@/lib/bulk/contract";

export function useCreateBulkJob() {
  return useMutation({
    mutationFn: async (request: CreateBulkJobRequest) => (await apiFetch<BulkJobCreatedResponse>("/api/bulk-jobs", { method: "POST", body: request })).job,
  });
}
