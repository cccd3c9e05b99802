"use client";
// The parsed rows, virtualized: only the rows in view are in the DOM, so 10,000 rows
// scroll as smoothly as 10.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { VirtualTable } from "@/components/ui/virtual-table";
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { rowProblems } from "@/lib/bulk/row-problems";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ChangeList } from "./change-list";

const ROW_HEIGHT = 64;
const GRID = "grid grid-cols-[4rem_7.5rem_minmax(9rem,1.1fr)_minmax(8rem,1fr)_8rem_4.5rem_6.5rem_minmax(15rem,2fr)]";
const HEADERS = ["Row", "Status", "Name", "Description", "Application", "Enabled", "Password", "Problems"];

interface PreviewTableProps {
  rows: readonly ParsedRow[];
  applicationNames: ReadonlyMap<string, string>;
  label: string;
  empty: ReactNode;
  /** Opens the editor for a row with problems; without it rows have no Edit button. */
  onEditRow?: (row: ParsedRow) => void;
}

export function PreviewTable({ rows, applicationNames, label, empty, onEditRow }: PreviewTableProps) {
  return (
    <VirtualTable
      rows={rows}
      label={label}
      headers={HEADERS}
      grid={GRID}
      minWidthClass="min-w-[960px]"
      rowHeight={ROW_HEIGHT}
      empty={empty}
      rowKey={(row) => row.sourceRow}
      renderRow={(row, { ariaRowIndex, top }) => (
        <PreviewRow
          row={row}
          ariaRowIndex={ariaRowIndex}
          top={top}
          applicationName={row.endpoint.applicationId ? applicationNames.get(row.endpoint.applicationId) : undefined}
          applicationNames={applicationNames}
          onEdit={onEditRow && row.status === "invalid" ? () => onEditRow(row) : undefined}
        />
      )}
    />
  );
}

// The preview's words (lib/bulk/import-summary), short enough for a badge.
const STATUS = {
  valid: { tone: "green", label: "Ready" },
  invalid: { tone: "red", label: "Problems" },
  exists: { tone: "amber", label: "In the domain" },
  // Under "update existing names" an existing row is one of these instead.
  update: { tone: "indigo", label: "To update" },
  unchanged: { tone: "slate", label: "Unchanged" },
} as const;

function statusOf(row: ParsedRow): keyof typeof STATUS {
  if (row.status !== "exists" || !row.changes) return row.status;
  return row.changes.length > 0 ? "update" : "unchanged";
}

interface PreviewRowProps {
  row: ParsedRow;
  ariaRowIndex: number;
  top: number;
  applicationName: string | undefined;
  applicationNames: ReadonlyMap<string, string>;
  onEdit: (() => void) | undefined;
}

function PreviewRow({ row, ariaRowIndex, top, applicationName, applicationNames, onEdit }: PreviewRowProps) {
  const { endpoint, errors } = row;
  const status = STATUS[statusOf(row)];
  const problems = rowProblems(row);
  const problemText = problems.map((p) => (p.label ? `${p.label}: ${p.message}` : p.message)).join("\n");
  return (
    <div
      role="row"
      aria-rowindex={ariaRowIndex}
      className={cn(GRID, "absolute inset-x-0 border-b border-slate-100", row.status === "invalid" ? "bg-red-50/30" : "bg-white hover:bg-slate-50")}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <Cell invalid={!!errors.row} className="pl-5 font-mono text-xs text-slate-600 tabular-nums">
        <span className="block">{row.sourceRow.toLocaleString("en")}</span>
        {onEdit && (
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit row ${row.sourceRow.toLocaleString("en")}`} className="-ml-2.5 font-sans text-indigo-700">
            Edit
          </Button>
        )}
      </Cell>
      <Cell>
        <Badge dot tone={status.tone}>{status.label}</Badge>
      </Cell>
      <Cell invalid={!!errors.name}>
        {endpoint.name ? (
          <span className="block truncate font-medium text-slate-900" title={endpoint.name}>
            {endpoint.name}
          </span>
        ) : (
          <Muted>(empty)</Muted>
        )}
      </Cell>
      <Cell invalid={!!errors.description}>
        {endpoint.description ? (
          <span className="line-clamp-2 text-slate-700" title={endpoint.description}>
            {endpoint.description}
          </span>
        ) : (
          <Muted>—</Muted>
        )}
      </Cell>
      <Cell invalid={!!(errors.application || errors.applicationId)}>
        {endpoint.applicationId ? (
          <span className="block truncate text-slate-700" title={applicationName ? `${applicationName} (${endpoint.applicationId})` : endpoint.applicationId}>
            {applicationName ?? <span className="font-mono text-xs">{endpoint.applicationId}</span>}
          </span>
        ) : errors.application ? (
          <Muted>Not found</Muted>
        ) : (
          <Muted>None</Muted>
        )}
      </Cell>
      <Cell invalid={!!errors.enabled}>
        {errors.enabled ? (
          <span className="font-medium text-red-800">Invalid</span>
        ) : endpoint.enabled === undefined ? (
          <span className="text-slate-600" title="Not given: Catapult enables new endpoints">
            Default
          </span>
        ) : (
          <span className="text-slate-800">{endpoint.enabled ? "Yes" : "No"}</span>
        )}
      </Cell>
      <Cell invalid={!!errors.password}>
        {endpoint.password ? (
          <span className="flex flex-col leading-tight">
            <span aria-hidden="true" className="tracking-widest text-slate-800">
              ••••••
            </span>
            <span className="sr-only">Set</span>
            {row.passwordGenerated && <span className="text-xs text-indigo-700">(generated)</span>}
          </span>
        ) : row.status === "exists" ? (
          <Muted>{row.changes ? "Kept" : "—"}</Muted>
        ) : (
          <span className="font-medium text-red-800">Missing</span>
        )}
      </Cell>
      <Cell className="pr-5">
        {problems.length === 0 && row.changes ? (
          <ChangeList changes={row.changes} applicationNames={applicationNames} />
        ) : problems.length === 0 ? (
          <Muted>—</Muted>
        ) : (
          <span className="line-clamp-3 text-xs leading-4 text-red-700" title={problemText}>
            {problems.map((p, i) => (
              <span key={p.field}>
                {i > 0 && " "}
                {p.label && <span className="font-semibold">{p.label}: </span>}
                {p.message}
              </span>
            ))}
          </span>
        )}
      </Cell>
    </div>
  );
}

function Cell({ invalid, className, children }: { invalid?: boolean; className?: string; children: ReactNode }) {
  return (
    <div role="cell" className={cn("flex min-w-0 items-center px-3", invalid && "bg-red-100/70 shadow-[inset_2px_0_0_var(--color-red-500)]", className)}>
      <div className="w-full min-w-0">{children}</div>
    </div>
  );
}

function Muted({ children }: { children: ReactNode }) {
  return <span className="text-slate-600">{children}</span>;
}
