// The preview in numbers, and how long sending it will take at the configured pace.
import type { ExistingPolicy } from "@/lib/bulk/contract";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { ParseResult } from "@/lib/bulk/parse-endpoint-rows";
import { formatEstimate, formatRate, plural } from "@/lib/browser/format";
import { type BadgeTone, StatusDot } from "@/components/ui/badge";

interface PreviewCountsProps {
  counts: ParseResult["counts"];
  ratePerSecond: number;
  existingPolicy: ExistingPolicy;
}

export function PreviewCounts({ counts, ratePerSecond, existingPolicy }: PreviewCountsProps) {
  // Only new names cost a Catapult request; existing ones are settled by the server without one.
  const seconds = counts.valid / ratePerSecond;
  return (
    <div data-testid="bulk-counts" className="flex flex-wrap items-stretch gap-3">
      <dl className="grid flex-1 grid-cols-2 gap-3 sm:grid-cols-4">
        <Tile label="Total rows" value={counts.total} />
        <Tile label="Valid" value={counts.valid} tone="green" />
        <Tile label="Invalid" value={counts.invalid} tone="red" emphasise={counts.invalid > 0} />
        <Tile label="Already exist" value={counts.exists} tone="amber" note={counts.exists > 0 ? (existingPolicy === "skip" ? "will be skipped" : "will count as failed") : undefined} />
      </dl>
      <div className="flex min-w-48 flex-col justify-center rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
        <span className="text-slate-600">Estimated time</span>
        <span className="font-semibold text-slate-900">
          {counts.valid === 0 ? "—" : formatEstimate(seconds)}
          <span className="font-normal text-slate-600"> at {formatRate(ratePerSecond)} request/s</span>
        </span>
      </div>
      <p aria-live="polite" className="sr-only">
        {`${plural(counts.total, "row")}: ${counts.valid} valid, ${counts.invalid} invalid, ${counts.exists} already exist.`}
      </p>
    </div>
  );
}

function Tile({ label, value, tone, emphasise, note }: { label: ReactNode; value: number; tone?: BadgeTone; emphasise?: boolean; note?: string }) {
  return (
    <div className={cn("rounded-lg border bg-white px-4 py-3 shadow-sm", emphasise ? "border-red-200" : "border-slate-200")}>
      <dt className="flex items-center gap-2 text-sm text-slate-600">
        {tone && <StatusDot tone={tone} />}
        {label}
      </dt>
      <dd className={cn("mt-0.5 text-2xl font-semibold tabular-nums", emphasise ? "text-red-700" : "text-slate-900")}>
        {value.toLocaleString("en")}
        {note && <span className="ml-2 text-sm font-normal text-slate-600">{note}</span>}
      </dd>
    </div>
  );
}
