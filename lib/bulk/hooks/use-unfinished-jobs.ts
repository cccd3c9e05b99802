// A domain's running or paused bulk jobs (GET /api/bulk-jobs?domainId=&only=unfinished), for
// the banner on its page: asked every few seconds while one runs, so its counts move, and
// twice a minute otherwise, to notice a job started elsewhere.
import { useEffect } from "react";
import { apiFetch } from "@/lib/browser/api-fetch";
import { onDataChanged } from "@/lib/browser/data-changed";
import { usePolling } from "@/lib/browser/use-polling";
import type { BulkJobListResponse } from "@/lib/bulk/contract";
import { bulkJobListApiPath } from "./query-keys";

export const UNFINISHED_POLL = { whileUnfinishedMs: 5_000, idleMs: 30_000 } as const;

const load = (domainId: string, signal: AbortSignal) => apiFetch<BulkJobListResponse>(bulkJobListApiPath({ domainId, only: "unfinished" }), { signal });
const interval = (answer: BulkJobListResponse) => (answer.jobs.length > 0 ? UNFINISHED_POLL.whileUnfinishedMs : UNFINISHED_POLL.idleMs);

export function useUnfinishedJobs(domainId: string) {
  const jobs = usePolling(domainId, load, interval);
  const { pollNow } = jobs;
  // A job started or ended in this tab shows at once.
  useEffect(() => onDataChanged((change) => void (change.kind === "bulk-jobs" && pollNow())), [pollNow]);
  return jobs;
}
