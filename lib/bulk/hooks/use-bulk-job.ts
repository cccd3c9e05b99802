// A bulk job's progress (GET /api/bulk-jobs/{id}?after=<seq>). Each poll asks only for the
// rows changed since the last one and merges them into the cached rows, so a 10,000-row
// job costs a few rows per second, and a page that comes back later resumes from the cache.
import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { BulkJobResponse, BulkJobRow, BulkJobSnapshot } from "@/lib/bulk/contract";
import { endpointKeys } from "@/lib/endpoints/hooks/query-keys";
import { historyKeys } from "@/lib/history/hooks/query-keys";
import { bulkJobApiPath, bulkJobKeys } from "./query-keys";

interface BulkJobState {
  job: BulkJobSnapshot;
  /** Every row by rowIndex, in row order. */
  rows: ReadonlyMap<number, BulkJobRow>;
}

async function pollBulkJob(queryClient: QueryClient, jobId: string, signal: AbortSignal): Promise<BulkJobState> {
  const previous = queryClient.getQueryData<BulkJobState>(bulkJobKeys.detail(jobId));
  const { job, rows } = await apiFetch<BulkJobResponse>(`${bulkJobApiPath(jobId)}?after=${previous?.job.seq ?? 0}`, { signal });
  const merged = new Map(previous?.rows);
  for (const row of rows) merged.set(row.rowIndex, row);
  if (previous && previous.job.status !== job.status && (job.status === "completed" || job.status === "cancelled")) {
    // The domain has new endpoints: a later preview must see their names as taken.
    void queryClient.invalidateQueries({ queryKey: endpointKeys.list(job.domainId) });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  }
  if (previous && previous.job.status !== job.status) void queryClient.invalidateQueries({ queryKey: bulkJobKeys.lists() });
  return { job, rows: merged };
}

/** Still worth asking: a cancelled job settles its last rows after the status changes. */
function pollInterval(state: BulkJobState | undefined): number | false {
  if (!state) return false;
  const { status, counts } = state.job;
  if (status === "running") return 1000;
  if (status === "paused") return 3000;
  return counts.pending + counts.in_flight > 0 ? 1000 : false;
}

export function useBulkJob(jobId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: bulkJobKeys.detail(jobId),
    queryFn: ({ signal }) => pollBulkJob(queryClient, jobId, signal),
    refetchInterval: (query) => pollInterval(query.state.data),
    // A progress page keeps counting in a background tab too, so the numbers are right on return.
    refetchIntervalInBackground: true,
    staleTime: 0,
    // Maps are not plain data: skip the deep compare and hand over the new state as is.
    structuralSharing: false,
  });
}
