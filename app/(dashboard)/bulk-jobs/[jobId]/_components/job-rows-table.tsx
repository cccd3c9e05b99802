"use client";
// A job's rows, virtualized (a job can have 10,000), filtered by status. On a phone each row
// is a small card (name and status, then its endpoint and its error), so no column, the
// error least of all, sits off-screen.
import Link from "next/link";
import { type ReactNode, useMemo, useState } from "react";
import { SegmentedFilter } from "@/components/ui/segmented-filter";
import { Badge } from "@/components/ui/badge";
import { endpointHref } from "@/lib/endpoints/links";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { VirtualTable } from "@/components/ui/virtual-table";
import { type BulkAction, BULK_ROW_STATUSES, type BulkJobRow, type BulkJobSnapshot, type BulkRowStatus } from "@/lib/bulk/contract";
import { rowStatus } from "@/app/(dashboard)/bulk-jobs/_components/statuses";
import { useWideScreen } from "./use-wide-screen";

const WIDE = {
  rowHeight: 48,
  grid: "grid grid-cols-[3.5rem_minmax(9rem,1fr)_10rem_14.5rem_minmax(12rem,1.5fr)_minmax(10rem,1.2fr)]",
  minWidth: "min-w-[944px]",
  headers: ["Row", "Name", "Status", "Endpoint id", "SIP URI", "Error"],
};
const NARROW = { rowHeight: 96, grid: "grid grid-cols-[3rem_minmax(0,1fr)]", minWidth: "min-w-0", headers: ["Row", "Endpoint"] };

/** Created rows get their SIP details from one read of the domain when the job ends. */
export const SIP_DETAILS_NOTE = "SIP URIs arrive when the job ends: Catapult's answer to a create carries none, and one read of the domain at the end spares a request per row.";

export function JobRowsTable({ job, rows }: { job: BulkJobSnapshot; rows: readonly BulkJobRow[] }) {
  const [show, setShow] = useState<BulkRowStatus | "all">("all");
  const visible = useMemo(() => (show === "all" ? rows : rows.filter((r) => r.status === show)), [rows, show]);
  const unfinished = job.status === "running" || job.status === "paused";
  const options = [
    { value: "all" as const, label: "All", count: job.total },
    ...BULK_ROW_STATUSES.filter((s) => job.counts[s] > 0 || s === show).map((s) => ({ value: s, label: rowStatus(s, job.action).label, count: job.counts[s] })),
  ];

  return (
    <Card aria-labelledby="rows-heading">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3 border-b border-slate-200 px-5 py-3">
        <h2 id="rows-heading" className="text-base font-semibold text-slate-900">
          Rows
        </h2>
        <SegmentedFilter className="ml-auto" legend="Show:" value={show} onChange={setShow} options={options} />
        {unfinished && <p className="w-full text-sm text-slate-600">{SIP_DETAILS_NOTE}</p>}
      </div>
      <RowsGrid key={show} rows={visible} domainId={job.domainId} sipPending={unfinished} empty={show === "all" ? "No rows yet." : `No rows with the status “${rowStatus(show, job.action).label}”.`} action={job.action} />
    </Card>
  );
}

interface RowProps {
  row: BulkJobRow;
  domainId: string;
  /** The job has not ended: a created row's SIP URI is still to come. */
  sipPending: boolean;
  action: BulkAction;
}

function RowsGrid({ rows, domainId, sipPending, empty, action }: { rows: readonly BulkJobRow[]; domainId: string; sipPending: boolean; empty: string; action: BulkAction }) {
  const layout = useWideScreen() ? WIDE : NARROW;
  const Row = layout === WIDE ? WideRow : NarrowRow;
  return (
    <VirtualTable
      key={layout.grid}
      rows={rows}
      label={`Rows of this job (${rows.length.toLocaleString("en")} shown)`}
      headers={layout.headers}
      grid={layout.grid}
      minWidthClass={layout.minWidth}
      rowHeight={layout.rowHeight}
      empty={empty}
      rowKey={(row) => row.rowIndex}
      renderRow={(row, { ariaRowIndex, top }) => (
        <div
          role="row"
          aria-rowindex={ariaRowIndex}
          className={cn(layout.grid, "absolute inset-x-0 border-b border-slate-100 bg-white hover:bg-slate-50")}
          style={{ height: layout.rowHeight, transform: `translateY(${top}px)` }}
        >
          <Row row={row} domainId={domainId} sipPending={sipPending} action={action} />
        </div>
      )}
    />
  );
}

function WideRow({ row, domainId, sipPending, action }: RowProps) {
  return (
    <>
      <Cell className="pl-5 font-mono text-xs text-slate-600 tabular-nums">{row.sourceRow}</Cell>
      <Cell>
        <span className="block truncate font-medium text-slate-900" title={row.name}>
          {row.name}
        </span>
      </Cell>
      <Cell>
        <StatusBadge status={row.status} action={action} />
      </Cell>
      <Cell>{row.endpointId ? <EndpointLink domainId={domainId} endpointId={row.endpointId} /> : <Muted />}</Cell>
      <Cell>{row.sipUri ? <SipUri uri={row.sipUri} /> : <SipMissing row={row} sipPending={sipPending} />}</Cell>
      <Cell className="pr-5">{row.error ? <ErrorText row={row} className="line-clamp-2" /> : <Muted />}</Cell>
    </>
  );
}

function NarrowRow({ row, domainId, sipPending, action }: RowProps) {
  return (
    <>
      <Cell className="items-start pt-2.5 pl-4 font-mono text-xs text-slate-600 tabular-nums">{row.sourceRow}</Cell>
      <Cell className="items-start py-2 pr-4">
        <div className="flex min-w-0 items-center justify-between gap-2">
          <span className="truncate font-medium text-slate-900" title={row.name}>
            {row.name}
          </span>
          <StatusBadge status={row.status} action={action} />
        </div>
        {row.endpointId && <EndpointLink domainId={domainId} endpointId={row.endpointId} />}
        {row.error ? <ErrorText row={row} className={row.endpointId ? "line-clamp-2" : "line-clamp-3"} /> : row.sipUri ? <SipUri uri={row.sipUri} /> : <SipMissing row={row} sipPending={sipPending} />}
      </Cell>
    </>
  );
}

function StatusBadge({ status, action }: { status: BulkRowStatus; action: BulkAction }) {
  const { label, tone } = rowStatus(status, action);
  return (
    <Badge dot tone={tone} pulse={status === "in_flight"} className="max-w-full whitespace-normal!">
      {label}
    </Badge>
  );
}

function EndpointLink({ domainId, endpointId }: { domainId: string; endpointId: string }) {
  return (
    <Link
      href={endpointHref(domainId, endpointId)}
      className={cn("block truncate rounded-sm font-mono text-xs text-indigo-700 hover:text-indigo-900 hover:underline", focusRing)}
      title={endpointId}
    >
      {endpointId}
    </Link>
  );
}

function SipUri({ uri }: { uri: string }) {
  return (
    <span className="block truncate font-mono text-xs text-slate-700" title={uri}>
      {uri}
    </span>
  );
}

/** "—", or, for a created row while the job runs, when its SIP URI will come. */
function SipMissing({ row, sipPending }: { row: BulkJobRow; sipPending: boolean }) {
  if (sipPending && (row.status === "created" || row.status === "already_existed")) return <span className="text-xs text-slate-600 italic">When the job ends</span>;
  return <Muted />;
}

function ErrorText({ row, className }: { row: BulkJobRow; className: string }) {
  return (
    <span className={cn("text-xs leading-4", className, row.status === "failed" ? "text-red-700" : "text-slate-700")} title={row.error ?? undefined}>
      {row.error}
    </span>
  );
}

function Cell({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div role="cell" className={cn("flex min-w-0 items-center px-3", className)}>
      <div className="w-full min-w-0 space-y-1">{children}</div>
    </div>
  );
}

function Muted() {
  return <span className="text-slate-600">—</span>;
}
