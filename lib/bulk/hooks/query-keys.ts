// API paths of the bulk job hooks, from one place.
import type { BulkJobListQuery } from "@/lib/bulk/job-schema";

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
