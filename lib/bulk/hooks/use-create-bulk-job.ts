// Starting a bulk job (POST /api/bulk-jobs) with the rows the preview validated.
import { useMutation } from "@tanstack/react-query";
import type { CreateBulkJobRequest } from "@/lib/bulk/contract";
import { apiFetch } from "@/lib/browser/api-fetch";

export interface CreatedBulkJob {
  id: string;
  /** The job's dashboard page. */
  url: string;
}

export async function createBulkJob(request: CreateBulkJobRequest): Promise<CreatedBulkJob> {
  const { job } = await apiFetch<{ job: CreatedBulkJob }>("/api/bulk-jobs", { method: "POST", body: request });
  return job;
}

export function useCreateBulkJob() {
  return useMutation({ mutationFn: createBulkJob });
}
