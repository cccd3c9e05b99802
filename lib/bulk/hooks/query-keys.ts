// Query keys and API paths of the bulk job hooks, from one factory.
import type { BulkJobListQuery } from "@/lib/bulk/job-schema";

export const bulkJobKeys = {
  all: ["bulk-jobs"] as const,
  lists: () => [...bulkJobKeys.all, "list"] as const,
  list: (query: BulkJobListQuery) => [...bulkJobKeys.lists(), query] as const,
  detail: (jobId: string) => [...bulkJobKeys.all, "detail", jobId] as const,
};

export const bulkJobApiPath = (jobId: string) => `/api/bulk-jobs/${encodeURIComponent(jobId)}`;

/** GET /api/bulk-jobs with the query's set values only. */
export function bulkJobListApiPath(query: BulkJobListQuery): string {
  const params = new URLSearchParams();
  if (query.domainId) params.set("domainId", query.domainId);
  if (query.only) params.set("only", query.only);
  if (query.page !== undefined && query.page !== 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/api/bulk-jobs${search ? `?${search}` : ""}`;
}
