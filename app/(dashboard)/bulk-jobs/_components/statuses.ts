// Colours for bulk jobs' and their rows' statuses, shared by the jobs list and a job's page;
// the words come from the bulk contract, so the pages, the API and the CSV say the same thing.
import type { BadgeTone } from "@/components/ui/badge";
import {
  type BulkAction,
  BULK_JOB_STATUS_LABELS,
  bulkRowStatusLabel,
  type BulkJobSummary,
  type BulkRowStatus,
  COMPLETED_WITH_FAILURES_LABEL,
} from "@/lib/bulk/contract";

const ROW_TONES: Record<BulkRowStatus, BadgeTone> = {
  created: "green",
  already_existed: "green",
  updated: "green",
  unchanged: "slate",
  deleted: "green",
  already_gone: "slate",
  skipped: "amber",
  failed: "red",
  pending: "slate",
  in_flight: "indigo",
  cancelled: "slate",
};

/** A change job says what it did ("Disabled", "Skipped (already disabled)"); a create job keeps its words. */
export function rowStatus(status: BulkRowStatus, action: BulkAction = "create"): { label: string; tone: BadgeTone } {
  return { label: bulkRowStatusLabel(status, action), tone: ROW_TONES[status] };
}

export function jobStatus(job: Pick<BulkJobSummary, "status" | "counts">): { label: string; tone: BadgeTone; live: boolean } {
  const label = BULK_JOB_STATUS_LABELS[job.status];
  switch (job.status) {
    case "running":
      return { label, tone: "indigo", live: true };
    case "paused":
      return { label, tone: "red", live: false };
    case "cancelled":
      return { label, tone: "slate", live: false };
    case "completed":
      return job.counts.failed > 0 ? { label: COMPLETED_WITH_FAILURES_LABEL, tone: "amber", live: false } : { label, tone: "green", live: false };
  }
}
