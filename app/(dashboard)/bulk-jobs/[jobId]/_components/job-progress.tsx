// How far a job has got: a progress bar split by outcome, the counts (one tile per status
// the rows filter offers, adding up to the job's rows), the pace and the time left. A cancelled job says how many rows were not sent,
// and its bar and percent never claim it is all done.
import type { ReactNode } from "react";
import { formatDateTime, formatDuration, formatRate } from "@/lib/browser/format";
import { StatusDot } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { type BulkAction, BULK_ROW_STATUS_LABELS, type BulkJobSnapshot, type BulkJobTally, type BulkRowStatus, tallyBulkJob } from "@/lib/bulk/contract";
import { outcomeParts, outcomeWords } from "@/lib/bulk/job-outcomes";
import { rowStatus } from "@/app/(dashboard)/bulk-jobs/_components/statuses";

type Outcome = "created" | "updated" | "unchanged" | "deleted" | "alreadyGone" | "skipped" | "failed";
const SEGMENTS: { key: Outcome; bar: string }[] = [
  { key: "created", bar: "bg-emerald-500" },
  { key: "updated", bar: "bg-emerald-600" },
  { key: "deleted", bar: "bg-emerald-600" },
  { key: "unchanged", bar: "bg-slate-400" },
  { key: "alreadyGone", bar: "bg-slate-400" },
  { key: "skipped", bar: "bg-amber-400" },
  { key: "failed", bar: "bg-red-500" },
];

/** The job's progress in words, e.g. "18 of 30 done · 12 not sent (cancelled)". */
export function progressWords(tally: BulkJobTally): string {
  const done = `${tally.done.toLocaleString("en")} of ${tally.total.toLocaleString("en")} done`;
  return tally.notSent > 0 ? `${done} · ${tally.notSent.toLocaleString("en")} ${BULK_ROW_STATUS_LABELS.cancelled.toLowerCase()}` : done;
}

export function JobProgress({ job }: { job: BulkJobSnapshot }) {
  const tally = tallyBulkJob(job.total, job.counts);
  const percent = job.total === 0 ? 100 : Math.floor((tally.done / job.total) * 100);
  const words = progressWords(tally);

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <div className="flex items-baseline justify-between gap-4 text-sm">
          <span id="job-progress-label" className="font-medium text-slate-900">
            {words}
          </span>
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{percent}%</span>
        </div>
        <div
          role="progressbar"
          aria-labelledby="job-progress-label"
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={tally.done}
          aria-valuetext={`${words.replace(" · ", ", ")} (${percent}%)`}
          className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          {SEGMENTS.map(({ key, bar }) =>
            tally[key] > 0 ? (
              <div key={key} className={cn("h-full transition-[width] duration-500 ease-out", bar)} style={{ width: `${(tally[key] / Math.max(1, job.total)) * 100}%` }} />
            ) : null,
          )}
        </div>
      </div>

      {job.action !== "create" && tally.done > 0 && <p className="text-sm font-medium text-slate-900">{outcomeWords(job.action, tally)}</p>}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {outcomeParts(job.action, tally).map(({ status, count }) => (
          <Tile
            key={status}
            status={status}
            action={job.action}
            count={count}
            emphasise={status === "failed" && count > 0}
            note={status === "created" && tally.confirmedByName > 0 ? `${tally.confirmedByName.toLocaleString("en")} confirmed by name after a lost answer` : undefined}
          />
        ))}
        <Tile status="pending" action={job.action} count={tally.waiting} />
        <Tile status="in_flight" action={job.action} count={tally.sending} />
        <Tile status="cancelled" action={job.action} count={tally.notSent} />
      </dl>

      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <Fact label="Current rate" value={job.status === "running" ? `${formatRate(job.currentRate)} ${job.currentRate === 1 ? "row" : "rows"}/s` : "—"} />
        <Fact label="Time left" value={job.etaSeconds !== null ? formatDuration(job.etaSeconds) : job.status === "paused" ? "Paused" : "—"} />
        <Fact label="Configured pace" value={`${formatRate(job.configuredRate)} request/s`} />
        <Fact label="Started" value={formatDateTime(job.createdAt)} />
        {job.finishedAt !== null && <Fact label="Took" value={formatDuration((job.finishedAt - job.createdAt) / 1000)} />}
      </dl>
    </div>
  );
}

function Tile({ status, action, count, note, emphasise }: { status: BulkRowStatus; action: BulkAction; count: number; note?: ReactNode; emphasise?: boolean }) {
  const { label, tone } = rowStatus(status, action);
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-600">
        <StatusDot tone={tone} />
        {label}
      </dt>
      <dd className={cn("text-xl font-semibold tabular-nums", emphasise ? "text-red-700" : "text-slate-900")}>{count.toLocaleString("en")}</dd>
      {note && <dd className="text-xs text-slate-600">{note}</dd>}
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
