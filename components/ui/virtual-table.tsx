"use client";
// A table that keeps only the rows in view in the DOM once it is long, so 10,000 rows scroll
// like 10; ARIA table roles keep it a table for screen readers. Each caller draws its own
// rows, positioned at `top` with the height given here. A short table (most jobs, most
// pastes) draws every row itself: the virtualizer (@tanstack/react-virtual, ~8 kB gzip) is
// loaded only when a table first grows past PLAIN_ROWS, and meanwhile its first rows show.
import { Fragment, lazy, type ReactNode, type RefObject, Suspense, useRef } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import type { RowsProps } from "./virtual-rows";

const PLAIN_ROWS = 200;
// lazy() drops the row type; the component is the same generic one.
const VirtualRows = lazy(() => import("./virtual-rows")) as unknown as <T>(props: RowsProps<T> & { scrollRef: RefObject<HTMLDivElement | null> }) => ReactNode;

interface VirtualTableProps<T> extends RowsProps<T> {
  label: string;
  headers: readonly string[];
  /** The grid-template class shared by the header and every row. */
  grid: string;
  minWidthClass: string;
  empty: ReactNode;
}

export function VirtualTable<T>({ rows, label, headers, grid, minWidthClass, rowHeight, empty, rowKey, renderRow }: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsProps = { rowHeight, rowKey, renderRow };

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
        ) : rows.length <= PLAIN_ROWS ? (
          <PlainRows rows={rows} {...rowsProps} />
        ) : (
          <Suspense fallback={<PlainRows rows={rows.slice(0, PLAIN_ROWS)} {...rowsProps} height={rows.length * rowHeight} />}>
            <VirtualRows rows={rows} {...rowsProps} scrollRef={scrollRef} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/** Every row given, placed as the virtualizer would place them; `height` keeps a long table's scroll length while the virtualizer loads. */
function PlainRows<T>({ rows, rowHeight, rowKey, renderRow, height = rows.length * rowHeight }: RowsProps<T> & { height?: number }) {
  return (
    <div role="rowgroup" className="relative" style={{ height }}>
      {rows.map((row, index) => (
        <Fragment key={rowKey(row)}>{renderRow(row, { ariaRowIndex: index + 2, top: index * rowHeight })}</Fragment>
      ))}
    </div>
  );
}
