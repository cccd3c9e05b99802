"use client";
// How far the domain's endpoint list can be trusted, beside its count: "as of 10:42:05 ·
// Refresh", what a read under way has done so far, why the last one stopped short, or that the
// dashboard itself did not answer the last look (the list shown is what the tab last had).
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { formatCount, plural } from "@/lib/browser/format";
import { formatTimeOfDay } from "@/lib/browser/format-time-of-day";
import type { EndpointListView } from "@/lib/endpoints/hooks/use-endpoints";

/** The count line: "10,000 endpoints", "12 of 10,000", or how much of a first read has arrived. */
export function endpointCountText(view: EndpointListView | undefined, matching: number, filtering: boolean): string {
  if (!view) return "\u00a0";
  const total = view.endpoints.length;
  if (view.complete) return filtering ? `${formatCount(matching)} of ${formatCount(total)}` : plural(total, "endpoint");
  if (filtering) return `${formatCount(matching)} of the ${formatCount(total)} loaded so far`;
  return view.list.lastCount ? `${formatCount(total)} of ~${formatCount(view.list.lastCount)} loaded` : `${plural(total, "endpoint")} loaded so far`;
}

interface ListFreshnessProps {
  view: EndpointListView | undefined;
  onRefresh: () => void;
  starting: boolean;
  /** The last look or Refresh failed (null when it did not). */
  failure: unknown;
}

export function ListFreshness({ view, onRefresh, starting, failure }: ListFreshnessProps) {
  if (!view) return null;
  const { asOf, refreshing, lastCount, error } = view.list;
  const asOfText = asOf !== null && <span>as of {formatTimeOfDay(asOf)}</span>;
  if (refreshing || starting) {
    const read = refreshing ? `${formatCount(refreshing.loaded)}${lastCount ? ` of ~${formatCount(lastCount)}` : ""} read` : "starting";
    return (
      <>
        {asOfText}
        <span className="inline-flex items-center gap-1.5">
          <Spinner className="size-3.5 text-indigo-600" />
          {view.complete ? `Refreshing from Catapult… ${read}` : "Reading the rest from Catapult…"}
        </span>
      </>
    );
  }
  return (
    <>
      {asOfText}
      {error && <span className="text-amber-800">{asOf === null ? "Could not read the whole list" : "The last refresh stopped short"}: {error}</span>}
      {failure != null && <span className="text-amber-800">{errorMessage(failure)}</span>}
      <button type="button" onClick={onRefresh} className={cn("rounded-sm font-medium text-indigo-700 underline-offset-2 hover:text-indigo-900 hover:underline", focusRing)} title="Read the list again from Catapult">
        {error && asOf === null ? "Try again" : "Refresh"}
      </button>
    </>
  );
}
