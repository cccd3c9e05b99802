import Link from "next/link";
import { memo, useEffect, useRef } from "react";
import { EnabledBadge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { Endpoint } from "@/lib/endpoints/contract";
import { endpointHref } from "@/lib/endpoints/links";
import type { EndpointSortKey, SortDirection } from "@/lib/endpoints/list-view";
import type { EndpointSelection } from "./use-endpoint-selection";

export interface EndpointsSort {
  key: EndpointSortKey;
  direction: SortDirection;
}

interface EndpointsTableProps {
  endpoints: readonly Endpoint[];
  applicationNames: Map<string, string>;
  caption: string;
  sort: EndpointsSort;
  /** A header was pressed: sort by it, or turn its order around when it already sorts. */
  onSort: (key: EndpointSortKey) => void;
  /** Operators only: a box per row and one for the rows shown. */
  selection?: EndpointSelection;
}

/** Memo: a search renders twice per keystroke (urgent, then deferred); only the second changes the rows. */
export const EndpointsTable = memo(function EndpointsTable({ endpoints, applicationNames, caption, sort, onSort, selection }: EndpointsTableProps) {
  const visibleIds = endpoints.map((e) => e.id);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] table-fixed text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {selection && <col className="w-12" />}
          <col className="w-[34%]" />
          <col className="w-28" />
          <col className="w-[22%]" />
          <col />
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {selection && (
              <th scope="col" className="py-2.5 pl-5">
                <PageCheckbox selection={selection} visibleIds={visibleIds} />
              </th>
            )}
            <SortableHeader column="name" label="Name" sort={sort} onSort={onSort} className="px-5" />
            <SortableHeader column="status" label="Status" sort={sort} onSort={onSort} className="px-3" />
            <th scope="col" className="px-3 py-2.5">Application</th>
            <th scope="col" className="px-5 py-2.5">SIP URI</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {endpoints.map((endpoint) => (
            <EndpointRow
              key={endpoint.id}
              endpoint={endpoint}
              applicationName={endpoint.applicationId ? applicationNames.get(endpoint.applicationId) : undefined}
              select={selection && { checked: selection.selected.has(endpoint.id), onClick: (shift) => selection.toggle(endpoint.id, shift, visibleIds) }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** A column header that sorts: a button inside, the order announced by aria-sort. */
function SortableHeader({ column, label, sort, onSort, className }: { column: EndpointSortKey; label: string; sort: EndpointsSort; onSort: (key: EndpointSortKey) => void; className: string }) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.direction === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort} className={cn("py-1.5", className)}>
      <button
        type="button"
        onClick={() => onSort(column)}
        title={active ? `Sorted by ${label.toLowerCase()}; press to reverse` : `Sort by ${label.toLowerCase()}`}
        className={cn("-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-slate-200/60 hover:text-slate-900", active && "text-slate-900", focusRing)}
      >
        {label}
        <SortArrow state={ariaSort} />
      </button>
    </th>
  );
}

function SortArrow({ state }: { state: "ascending" | "descending" | "none" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("size-3.5", state === "none" && "opacity-40")}>
      {state === "descending" ? (
        <path d="M10 15.5 4.5 8.5h11L10 15.5Z" />
      ) : state === "ascending" ? (
        <path d="M10 4.5 15.5 11.5h-11L10 4.5Z" />
      ) : (
        <path d="M10 2.5 14.5 8h-9L10 2.5ZM10 17.5 5.5 12h9L10 17.5Z" />
      )}
    </svg>
  );
}

/** Ticks every row shown, or unticks them when all are; mixed when some are. */
function PageCheckbox({ selection, visibleIds }: { selection: EndpointSelection; visibleIds: readonly string[] }) {
  const ref = useRef<HTMLInputElement>(null);
  const ticked = visibleIds.filter((id) => selection.selected.has(id)).length;
  const all = ticked > 0 && ticked === visibleIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={`Select the ${visibleIds.length.toLocaleString("en")} endpoints shown`}
      checked={all}
      onChange={() => selection.setMany(visibleIds, !all)}
      className={cn("size-4 cursor-pointer rounded accent-indigo-600", focusRing)}
    />
  );
}

function EndpointRow({ endpoint, applicationName, select }: { endpoint: Endpoint; applicationName: string | undefined; select?: { checked: boolean; onClick: (shift: boolean) => void } }) {
  return (
    <tr className={cn("align-top transition-colors hover:bg-slate-50", select?.checked && "bg-indigo-50/60")}>
      {select && (
        <td className="py-3 pl-5">
          <input
            type="checkbox"
            aria-label={`Select ${endpoint.name}`}
            checked={select.checked}
            readOnly
            onClick={(event) => select.onClick(event.shiftKey)}
            className={cn("mt-0.5 size-4 cursor-pointer rounded accent-indigo-600", focusRing)}
          />
        </td>
      )}
      <td className="px-5 py-3">
        <Link
          href={endpointHref(endpoint.domainId, endpoint.id)}
          // Not 50 route prefetches at every keystroke of a search: the page loads on the click.
          prefetch={false}
          className={cn("block truncate rounded-sm font-medium text-indigo-700 hover:text-indigo-900 hover:underline", focusRing)}
          title={endpoint.name}
        >
          {endpoint.name}
        </Link>
        {endpoint.description && (
          <p className="truncate text-xs text-slate-600" title={endpoint.description}>
            {endpoint.description}
          </p>
        )}
      </td>
      <td className="px-3 py-3">
        <EnabledBadge enabled={endpoint.enabled} />
      </td>
      <td className="truncate px-3 py-3 text-slate-700">
        {endpoint.applicationId ? (
          <span title={applicationName ?? endpoint.applicationId}>{applicationName ?? endpoint.applicationId}</span>
        ) : (
          <span className="text-slate-600">None</span>
        )}
      </td>
      <td className="truncate px-5 py-3 font-mono text-xs leading-5 text-slate-700" title={endpoint.sipUri}>
        {endpoint.sipUri || "—"}
      </td>
    </tr>
  );
}

export function EndpointsTableSkeleton() {
  return (
    <div aria-hidden="true" className="divide-y divide-slate-200">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex items-center gap-6 px-5 py-4">
          <div className="h-4 w-1/4 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-16 animate-pulse rounded-full bg-slate-200" />
          <div className="h-4 w-1/6 animate-pulse rounded bg-slate-200" />
          <div className="h-4 flex-1 animate-pulse rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
