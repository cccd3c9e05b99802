"use client";
// Above the domain's endpoint table: the count and how fresh the list is (with Refresh), the
// name search, the status filter.
import type { ReactNode } from "react";
import { SearchIcon } from "@/components/ui/icons/search";
import { Input } from "@/components/ui/input";
import { SegmentedFilter } from "@/components/ui/segmented-filter";
import type { StatusFilter } from "@/lib/endpoints/list-view";

interface EndpointsToolbarProps {
  summary: string;
  /** Search and filters only once there is something to search. */
  showControls: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  status: StatusFilter;
  /** Among the endpoints the search matches. */
  counts: Record<StatusFilter, number>;
  onStatusChange: (status: StatusFilter) => void;
  /** "as of 10:42:05 · Refresh", or a read under way (list-freshness.tsx). */
  freshness: ReactNode;
  /** A read of the list is under way: the count changes often, so it is announced once it settles. */
  loading: boolean;
}

export function EndpointsToolbar(props: EndpointsToolbarProps) {
  const { summary, showControls, query, onQueryChange, status, counts, onStatusChange, freshness, loading } = props;
  return (
    <div className="space-y-3 border-b border-slate-200 px-5 py-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto">
          <h2 id="endpoints-heading" className="text-base font-semibold text-slate-900">
            Endpoints
          </h2>
          <p aria-live="polite" aria-busy={loading} className="flex flex-wrap items-center gap-x-1.5 text-sm text-slate-600 [&>*:not(:first-child)]:before:mr-1.5 [&>*:not(:first-child)]:before:content-['·']">
            <span>{summary}</span>
            {freshness}
          </p>
        </div>
        {showControls && (
          <div className="flex w-full items-center gap-2 sm:w-auto">
            <div className="relative min-w-0 flex-1 sm:w-72 sm:flex-none">
              <label htmlFor="endpoint-search" className="sr-only">
                Search endpoints by name
              </label>
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
              <Input
                id="endpoint-search"
                type="search"
                placeholder="Search by name"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(event) => onQueryChange(event.target.value)}
                className="pl-9"
              />
            </div>
          </div>
        )}
      </div>
      {showControls && (
        <SegmentedFilter
          legend="Status"
          value={status}
          onChange={onStatusChange}
          options={[
            { value: "all", label: "All", count: counts.all },
            { value: "enabled", label: "Enabled", count: counts.enabled },
            { value: "disabled", label: "Disabled", count: counts.disabled },
          ]}
        />
      )}
    </div>
  );
}
