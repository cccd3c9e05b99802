// Colours for a bulk job's statuses and its rows' statuses; the words come from the bulk
// contract, so the page, the API and the CSV say the same thing.
import type { BadgeTone } from "@/components/ui/badge";
import { BULK_ROW_STATUS_LABELS, type BulkJobSnapshot, type BulkRowStatus } from "@/lib/bulk/contract";

const ROW_TONES: Record<BulkRowStatus, BadgeTone> = {
  created: "green",
  already_existed: "sky",
  skipped: "amber",
  failed: "red",
  pending: "slate",
  in_flight: "indigo",
  cancelled: "slate",
};

export function rowStatus(status: BulkRowStatus): { label: string; tone: BadgeTone } {
  return { label: BULK_ROW_STATUS_LABELS[status], tone: ROW_TONES[status] };
}

export function jobStatus(job: BulkJobSnapshot): { label: string; tone: BadgeTone; live: boolean } {
  switch (job.status) {
    case "running":
      return { label: "Running", tone: "indigo", live: true };
    case "paused":
      return { label: "Paused", tone: "red", live: false };
    case "cancelled":
      return { label: "Cancelled", tone: "slate", live: false };
    case "completed":
      return job.counts.failed > 0 ? { label: "Completed with failures", tone: "amber", live: false } : { label: "Completed", tone: "green", live: false };
  }
}
