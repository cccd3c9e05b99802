// The jobs, one row each: when, where (the domain, linked), how it stands and what became of
// its rows, and a link to the job. Columns on a wide screen, a small card per job on a phone.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, StatusDot } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { BULK_ACTION_LABELS, type BulkJobSummary, type BulkRowStatus, bulkJobHref, tallyBulkJob } from "@/lib/bulk/contract";
import { outcomeParts } from "@/lib/bulk/job-outcomes";
import { domainHref } from "@/lib/endpoints/links";
import { jobStatus, rowStatus } from "./statuses";

const GRID = "sm:grid sm:grid-cols-[12rem_minmax(0,1fr)_11rem_minmax(0,1.7fr)_6.5rem] sm:items-center";
const linkClasses = cn("rounded-sm text-indigo-700 hover:text-indigo-900 hover:underline", focusRing);

export function BulkJobsTable({ jobs, domainNames }: { jobs: readonly BulkJobSummary[]; domainNames: ReadonlyMap<string, string> }) {
  return (
    <div role="table" aria-label="Bulk jobs, newest first" className="text-sm">
      <div role="rowgroup" className="border-b border-slate-200 bg-slate-50 max-sm:sr-only">
        <div role="row" className={GRID}>
          {["Started", "Domain", "Status", "Rows", "Job"].map((header) => (
            <div key={header} role="columnheader" className="px-3 py-2.5 text-xs font-semibold tracking-wide text-slate-600 uppercase first:pl-5 last:pr-5">
              {header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="divide-y divide-slate-200">
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} domainName={domainNames.get(job.domainId)} />
        ))}
      </div>
    </div>
  );
}

function JobRow({ job, domainName }: { job: BulkJobSummary; domainName: string | undefined }) {
  const status = jobStatus(job);
  return (
    <div role="row" className={cn(GRID, "flex flex-col gap-1.5 px-5 py-3 transition-colors hover:bg-slate-50 sm:gap-0 sm:px-0")}>
      <Cell className="text-slate-700 tabular-nums sm:pl-5">
        <LocalDateTime at={job.createdAt} />
      </Cell>
      <Cell className="truncate font-medium">
        <Link href={domainHref(job.domainId)} className={linkClasses} title={job.domainId}>
          {domainName ?? <span className="font-mono text-xs">{job.domainId}</span>}
        </Link>
      </Cell>
      <Cell>
        <Badge dot tone={status.tone} pulse={status.live}>
          {status.label}
        </Badge>
      </Cell>
      <Cell>
        <span className="block text-xs font-semibold text-slate-700">{BULK_ACTION_LABELS[job.action]}</span>
        <RowCounts job={job} />
      </Cell>
      <Cell className="sm:pr-5">
        <Link href={bulkJobHref(job.id)} className={cn(linkClasses, "font-medium")}>
          View job
          <span className="sr-only">
            {" started "}
            <LocalDateTime at={job.createdAt} />
            {` in ${domainName ?? job.domainId}`}
          </span>
        </Link>
      </Cell>
    </div>
  );
}

/** "2 of 2 done", then each outcome that happened (Created always), in the job page's words. */
function RowCounts({ job }: { job: BulkJobSummary }) {
  const tally = tallyBulkJob(job.total, job.counts);
  const outcomes = outcomeParts(job.action, tally);
  const parts: { status: BulkRowStatus; count: number }[] = [
    ...outcomes,
    { status: "pending", count: tally.waiting },
    { status: "in_flight", count: tally.sending },
    { status: "cancelled", count: tally.notSent },
  ];
  return (
    <div className="space-y-0.5">
      <p className="text-slate-900 tabular-nums">
        {tally.done.toLocaleString("en")} of {tally.total.toLocaleString("en")} done
      </p>
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
        {parts
          // The action's main outcome always shows (Created 0, Disabled 0), the others when they happened.
          .filter((p) => p.status === outcomes[0]?.status || p.count > 0)
          .map(({ status, count }) => (
            <li key={status} className="flex items-center gap-1">
              <StatusDot tone={rowStatus(status, job.action).tone} />
              {rowStatus(status, job.action).label} <span className="font-medium text-slate-900 tabular-nums">{count.toLocaleString("en")}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

function Cell({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div role="cell" className={cn("min-w-0 sm:px-3 sm:py-3", className)}>
      {children}
    </div>
  );
}
