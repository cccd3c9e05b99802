"use client";
// A table that keeps only the rows in view in the DOM (@tanstack/react-virtual), so 10,000
// rows scroll like 10; ARIA table roles keep it a table for screen readers. Each caller
// draws its own rows, positioned at `top` with the height given here.
import { useVirtualizer } from "@tanstack/react-virtual";
import { Fragment, type ReactNode, useRef } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

interface VirtualTableProps<T> {
  rows: readonly T[];
  label: string;
  headers: readonly string[];
  /** The grid-template class shared by the header and every row. */
  grid: string;
  minWidthClass: string;
  rowHeight: number;
  empty: ReactNode;
  rowKey: (row: T) => string | number;
  renderRow: (row: T, place: { ariaRowIndex: number; top: number }) => ReactNode;
}

export function VirtualTable<T>({ rows, label, headers, grid, minWidthClass, rowHeight, empty, rowKey, renderRow }: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });

  return (
    <div ref={scrollRef} role="region" aria-label={label} tabIndex={0} className={cn("max-h-[500px] overflow-auto rounded-b-lg", focusRing, "focus-visible:outline-offset-[-2px]")}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={cn(minWidthClass, "text-sm")}>
        <div role="rowgroup" className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50">
          <div role="row" aria-rowindex={1} className={grid}>
            {headers.map((header) => (
              <div key={header} role="columnheader" className="px-3 py-2.5 text-xs font-semibold tracking-wide text-slate-600 uppercase first:pl-5">
                {header}
              </div>
            ))}
          </div>
        </div>
        {rows.length === 0 ? (
          <div role="rowgroup">
            <div role="row" aria-rowindex={2}>
              <div role="cell" className="px-5 py-10 text-center text-sm text-slate-600">
                {empty}
              </div>
            </div>
          </div>
        ) : (
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              return row === undefined ? null : <Fragment key={rowKey(row)}>{renderRow(row, { ariaRowIndex: item.index + 2, top: item.start })}</Fragment>;
            })}
          </div>
        )}
      </div>
    </div>
  );
}
