// A bulk job in terminal words: the progress line the import redraws, and the rows that
// failed. The status words are the job page's own (lib/bulk/contract.ts).
import { BULK_JOB_STATUS_LABELS, BULK_ROW_STATUS_LABELS, type BulkJobRow, type BulkJobSnapshot } from "@/lib/bulk/contract";

const n = (value: number) => value.toLocaleString("en");

export function progressLine(job: BulkJobSnapshot): string {
  const { counts } = job;
  const parts = [
    `${n(job.done)}/${n(job.total)} done`,
    `created ${n(counts.created + counts.already_existed)}`,
    counts.updated ? `updated ${n(counts.updated)}` : "",
    counts.unchanged ? `unchanged ${n(counts.unchanged)}` : "",
    counts.skipped ? `skipped ${n(counts.skipped)}` : "",
    `failed ${n(counts.failed)}`,
    job.status === "running" && job.currentRate > 0 ? `${job.currentRate.toLocaleString("en", { maximumFractionDigits: 1 })}/s` : "",
    job.status === "running" && job.etaSeconds !== null ? `~${formatSeconds(job.etaSeconds)} left` : "",
  ];
  const status = job.status === "running" ? "" : ` (${BULK_JOB_STATUS_LABELS[job.status]})`;
  return `${parts.filter(Boolean).join(" · ")}${status}${job.notice ? ` · ${job.notice}` : ""}`;
}

export function failedRowLines(rows: Iterable<BulkJobRow>): string[] {
  return [...rows].filter((row) => row.status === "failed").map((row) => `row ${n(row.sourceRow)} ${row.name}: ${row.error ?? BULK_ROW_STATUS_LABELS.failed}`);
}

export function summaryLines(job: BulkJobSnapshot): string[] {
  const counted = (Object.entries(job.counts) as [keyof typeof BULK_ROW_STATUS_LABELS, number][]).filter(([, count]) => count > 0);
  return [
    `Job ${job.id}: ${BULK_JOB_STATUS_LABELS[job.status]}${job.pauseReason ? ` (${job.pauseReason})` : ""}, ${n(job.done)} of ${n(job.total)} rows done.`,
    ...counted.map(([status, count]) => `  ${BULK_ROW_STATUS_LABELS[status]}: ${n(count)}`),
  ];
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
