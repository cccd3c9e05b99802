// Words and colours for a bulk job's statuses and its rows' statuses.
import type { BadgeTone } from "@/components/ui/badge";
import type { BulkJobView, BulkRowView } from "@/lib/bulk/contract";

export type RowStatus = BulkRowView["status"];

export const ROW_STATUS: Record<RowStatus, { label: string; tone: BadgeTone }> = {
  created: { label: "Created", tone: "green" },
  already_existed: { label: "Already existed", tone: "sky" },
  skipped: { label: "Skipped", tone: "amber" },
  failed: { label: "Failed", tone: "red" },
  pending: { label: "Pending", tone: "slate" },
  in_flight: { label: "Sending", tone: "indigo" },
  cancelled: { label: "Cancelled", tone: "slate" },
};

/** The order statuses are counted and filtered in. */
export const ROW_STATUS_ORDER: RowStatus[] = ["created", "already_existed", "skipped", "failed", "pending", "in_flight", "cancelled"];

export function jobStatus(job: BulkJobView): { label: string; tone: BadgeTone; live: boolean } {
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
