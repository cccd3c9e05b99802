"use client";
// The rows of a long VirtualTable: only those in view are in the DOM (@tanstack/react-virtual),
// so 10,000 rows scroll like 10. Loaded by virtual-table.tsx when a table grows long enough
// to need it; a short one draws all its rows without it.
import { useVirtualizer } from "@tanstack/react-virtual";
import { Fragment, type ReactNode, type RefObject } from "react";

export interface RowsProps<T> {
  rows: readonly T[];
  rowHeight: number;
  rowKey: (row: T) => string | number;
  renderRow: (row: T, place: { ariaRowIndex: number; top: number }) => ReactNode;
}

export default function VirtualRows<T>({ rows, rowHeight, rowKey, renderRow, scrollRef }: RowsProps<T> & { scrollRef: RefObject<HTMLDivElement | null> }) {
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  return (
    <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        return row === undefined ? null : <Fragment key={rowKey(row)}>{renderRow(row, { ariaRowIndex: item.index + 2, top: item.start })}</Fragment>;
      })}
    </div>
  );
}
