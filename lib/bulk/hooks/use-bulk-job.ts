// A bulk job's progress (GET /api/bulk-jobs/{id}?after=<seq>). Each poll asks only for the
// rows changed since the last one and merges them into the rows held, so a 10,000-row job
// costs a few rows per second; the state is kept per job for the tab's life, so a page that
// comes back later resumes from it. A plain polling hook rather than TanStack Query: the job
// page is the only reader, and the library would cost it ~11 kB gzip.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import type { BulkJobResponse, BulkJobRow, BulkJobSnapshot } from "@/lib/bulk/contract";
import { bulkJobApiPath } from "./query-keys";

export interface BulkJobState {
  job: BulkJobSnapshot;
  /** Every row by rowIndex, in row order. */
  rows: ReadonlyMap<number, BulkJobRow>;
}

const held = new Map<string, BulkJobState>();
const RETRY_AFTER_ERROR_MS = 3_000;

async function pollBulkJob(jobId: string, signal: AbortSignal): Promise<BulkJobState> {
  const previous = held.get(jobId);
  const { job, rows } = await apiFetch<BulkJobResponse>(`${bulkJobApiPath(jobId)}?after=${previous?.job.seq ?? 0}`, { signal });
  const merged = new Map(previous?.rows);
  for (const row of rows) merged.set(row.rowIndex, row);
  if (previous && previous.job.status !== job.status) {
    // The domain has new endpoints: a later preview must see their names as taken.
    if (job.status === "completed" || job.status === "cancelled") dataChanged({ kind: "endpoints", domainId: job.domainId });
    dataChanged({ kind: "bulk-jobs" });
  }
  const state = { job, rows: merged };
  held.set(jobId, state);
  return state;
}

/** Still worth asking: a cancelled job settles its last rows after the status changes. */
export function pollInterval(state: BulkJobState | undefined): number | false {
  if (!state) return false;
  const { status, counts } = state.job;
  if (status === "running") return 1000;
  if (status === "paused") return 3000;
  return counts.pending + counts.in_flight > 0 ? 1000 : false;
}

/** The job and its rows, polled while it can still change (in a background tab too, so the numbers are right on return). */
export function useBulkJob(jobId: string) {
  const [data, setData] = useState<BulkJobState | undefined>(() => held.get(jobId));
  const [error, setError] = useState<unknown>(null);
  const [isFetching, setFetching] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const pollNow = useRef<() => void>(() => {});

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    async function poll() {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setFetching(true);
      let next: number | false;
      try {
        const state = await pollBulkJob(jobId, abort.signal);
        setData(state);
        setError(null);
        next = pollInterval(state);
      } catch (failure) {
        if (abort.signal.aborted) return;
        setError(failure);
        // A 4xx answers the same again (no such job): wait for Retry. Otherwise keep trying.
        next = failure instanceof ApiRequestError && failure.isClientError ? false : RETRY_AFTER_ERROR_MS;
      }
      setFetching(false);
      if (!stopped && next !== false) timer = setTimeout(() => void poll(), next);
    }
    pollNow.current = () => {
      clearTimeout(timer);
      void poll();
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.current?.abort();
    };
  }, [jobId]);

  /** Asks at once (Retry, or after an action), and polls again from there. */
  const refetch = useCallback(() => pollNow.current(), []);
  return { data, error, isError: error !== null, isFetching, refetch };
}
