"use client";
// A job's rows, virtualized (a job can have 10,000), filtered by status.
import Link from "next/link";
import { type ReactNode, useMemo, useState } from "react";
import { SegmentedFilter } from "@/components/ui/segmented-filter";
import { Badge } from "@/components/ui/badge";
import { endpointHref } from "@/lib/endpoints/links";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { VirtualTable } from "@/components/ui/virtual-table";
import { BULK_ROW_STATUSES, type BulkJobRow, type BulkJobSnapshot, type BulkRowStatus } from "@/lib/bulk/contract";
import { rowStatus } from "./statuses";

const ROW_HEIGHT = 48;
const GRID = "grid grid-cols-[3.5rem_minmax(9rem,1fr)_8.5rem_14.5rem_minmax(12rem,1.5fr)_minmax(10rem,1.2fr)]";
const HEADERS = ["Row", "Name", "Status", "Endpoint id", "SIP URI", "Error"];

export function JobRowsTable({ job, rows }: { job: BulkJobSnapshot; rows: readonly BulkJobRow[] }) {
  const [show, setShow] = useState<BulkRowStatus | "all">("all");
  const visible = useMemo(() => (show === "all" ? rows : rows.filter((r) => r.status === show)), [rows, show]);
  const options = [
    { value: "all" as const, label: "All", count: job.total },
    ...BULK_ROW_STATUSES.filter((s) => job.counts[s] > 0 || s === show).map((s) => ({ value: s, label: rowStatus(s).label, count: job.counts[s] })),
  ];

  return (
    <Card aria-labelledby="rows-heading">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3 border-b border-slate-200 px-5 py-3">
        <h2 id="rows-heading" className="text-base font-semibold text-slate-900">
          Rows
        </h2>
        <SegmentedFilter className="ml-auto" legend="Show:" value={show} onChange={setShow} options={options} />
      </div>
      <RowsGrid key={show} rows={visible} domainId={job.domainId} empty={show === "all" ? "No rows yet." : `No ${rowStatus(show).label.toLowerCase()} rows.`} />
    </Card>
  );
}

function RowsGrid({ rows, domainId, empty }: { rows: readonly BulkJobRow[]; domainId: string; empty: string }) {
  return (
    <VirtualTable
      rows={rows}
      label={`Rows of this job (${rows.length.toLocaleString("en")} shown)`}
      headers={HEADERS}
      grid={GRID}
      minWidthClass="min-w-[900px]"
      rowHeight={ROW_HEIGHT}
      empty={empty}
      rowKey={(row) => row.rowIndex}
      renderRow={(row, { ariaRowIndex, top }) => <JobRow row={row} domainId={domainId} ariaRowIndex={ariaRowIndex} top={top} />}
    />
  );
}

function JobRow({ row, domainId, ariaRowIndex, top }: { row: BulkJobRow; domainId: string; ariaRowIndex: number; top: number }) {
  const status = rowStatus(row.status);
  return (
    <div
      role="row"
      aria-rowindex={ariaRowIndex}
      className={cn(GRID, "absolute inset-x-0 border-b border-slate-100 bg-white hover:bg-slate-50")}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <Cell className="pl-5 font-mono text-xs text-slate-600 tabular-nums">{row.sourceRow}</Cell>
      <Cell>
        <span className="block truncate font-medium text-slate-900" title={row.name}>
          {row.name}
        </span>
      </Cell>
      <Cell>
        <Badge dot tone={status.tone} pulse={row.status === "in_flight"}>
          {status.label}
        </Badge>
      </Cell>
      <Cell>
        {row.endpointId ? (
          <Link
            href={endpointHref(domainId, row.endpointId)}
            className={cn("block truncate rounded-sm font-mono text-xs text-indigo-700 hover:text-indigo-900 hover:underline", focusRing)}
            title={row.endpointId}
          >
            {row.endpointId}
          </Link>
        ) : (
          <Muted />
        )}
      </Cell>
      <Cell>
        {row.sipUri ? (
          <span className="block truncate font-mono text-xs text-slate-700" title={row.sipUri}>
            {row.sipUri}
          </span>
        ) : (
          <Muted />
        )}
      </Cell>
      <Cell className="pr-5">
        {row.error ? (
          <span className={cn("line-clamp-2 text-xs leading-4", row.status === "failed" ? "text-red-700" : "text-slate-700")} title={row.error}>
            {row.error}
          </span>
        ) : (
          <Muted />
        )}
      </Cell>
    </div>
  );
}

function Cell({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div role="cell" className={cn("flex min-w-0 items-center px-3", className)}>
      <div className="w-full min-w-0">{children}</div>
    </div>
  );
}

function Muted() {
  return <span className="text-slate-600">—</span>;
}
