// How far a job has got: a progress bar split by outcome, the counts, the pace and the time left.
import { formatDuration, formatRate } from "@/lib/browser/format";
import { StatusDot } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { BULK_ROW_STATUS_LABELS, type BulkJobSnapshot, type BulkRowStatus } from "@/lib/bulk/contract";
import { rowStatus } from "./statuses";

const SEGMENTS: { status: BulkRowStatus; bar: string }[] = [
  { status: "created", bar: "bg-emerald-500" },
  { status: "already_existed", bar: "bg-sky-500" },
  { status: "skipped", bar: "bg-amber-400" },
  { status: "failed", bar: "bg-red-500" },
  { status: "cancelled", bar: "bg-slate-400" },
];

/** The tiles: finished outcomes, then "waiting" (pending and in flight together). */
const COUNTED: (BulkRowStatus | "waiting")[] = ["created", "already_existed", "skipped", "failed", "waiting", "cancelled"];

export function JobProgress({ job }: { job: BulkJobSnapshot }) {
  const percent = job.total === 0 ? 100 : Math.floor((job.done / job.total) * 100);
  const progressLabel = `${job.done.toLocaleString("en")} of ${job.total.toLocaleString("en")} done`;
  const count = (status: BulkRowStatus | "waiting") => (status === "waiting" ? job.counts.pending + job.counts.in_flight : job.counts[status]);

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <div className="flex items-baseline justify-between gap-4 text-sm">
          <span id="job-progress-label" className="font-medium text-slate-900">
            {progressLabel}
          </span>
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{percent}%</span>
        </div>
        <div
          role="progressbar"
          aria-labelledby="job-progress-label"
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={job.done}
          aria-valuetext={`${progressLabel} (${percent}%)`}
          className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          {SEGMENTS.map(({ status, bar }) =>
            job.counts[status] > 0 ? (
              <div key={status} className={cn("h-full transition-[width] duration-500 ease-out", bar)} style={{ width: `${(job.counts[status] / Math.max(1, job.total)) * 100}%` }} />
            ) : null,
          )}
        </div>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {COUNTED.map((status) => (
          <div key={status} className="rounded-md border border-slate-200 px-3 py-2">
            <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-600">
              <StatusDot tone={status === "waiting" ? "slate" : rowStatus(status).tone} />
              {status === "waiting" ? BULK_ROW_STATUS_LABELS.pending : BULK_ROW_STATUS_LABELS[status]}
            </dt>
            <dd className={cn("text-xl font-semibold tabular-nums", status === "failed" && count(status) > 0 ? "text-red-700" : "text-slate-900")}>{count(status).toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>

      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <Fact label="Current rate" value={job.status === "running" ? `${formatRate(job.currentRate)} ${job.currentRate === 1 ? "row" : "rows"}/s` : "—"} />
        <Fact label="Time left" value={job.etaSeconds !== null ? formatDuration(job.etaSeconds) : job.status === "paused" ? "Paused" : "—"} />
        <Fact label="Configured pace" value={`${formatRate(job.configuredRate)} request/s`} />
        <Fact label="Started" value={new Date(job.createdAt).toLocaleString()} />
        {job.finishedAt !== null && <Fact label="Took" value={formatDuration((job.finishedAt - job.createdAt) / 1000)} />}
      </dl>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
