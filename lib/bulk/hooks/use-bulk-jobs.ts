// Bulk jobs, newest first (GET /api/bulk-jobs): the jobs list, and a domain's unfinished jobs
// for its banner. Polled while a listed job runs, so its counts move; gently otherwise.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { BulkJobListResponse } from "@/lib/bulk/contract";
import type { BulkJobListQuery } from "@/lib/bulk/job-schema";
import { bulkJobKeys, bulkJobListApiPath } from "./query-keys";

interface PollOptions {
  /** While a listed job is running or paused. */
  whileUnfinishedMs: number;
  /** Otherwise (false: only on focus and remount), e.g. to notice a job started elsewhere. */
  idleMs: number | false;
}

export function useBulkJobs(query: BulkJobListQuery, poll: PollOptions) {
  return useQuery({
    queryKey: bulkJobKeys.list(query),
    queryFn: async ({ signal }) => apiFetch<BulkJobListResponse>(bulkJobListApiPath(query), { signal }),
    refetchInterval: ({ state }) => (state.data?.jobs.some((j) => j.status === "running" || j.status === "paused") ? poll.whileUnfinishedMs : poll.idleMs),
    staleTime: 5_000,
    // A page change keeps the old page (dimmed) instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
