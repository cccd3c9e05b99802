// The preview in numbers, in the words the start button and the job page use, and how long
// sending it will take at the configured pace.
import type { ReactNode } from "react";
import { type BadgeTone, StatusDot } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { EXISTING_OUTCOME, importSummary, PREVIEW_WORDS, rowsToSend } from "@/lib/bulk/import-summary";
import type { ParseResult } from "@/lib/bulk/parse-endpoint-rows";
import { formatEstimate, formatRate } from "@/lib/browser/format";

interface PreviewCountsProps {
  counts: ParseResult["counts"];
  ratePerSecond: number;
  existingPolicy: ExistingPolicy;
}

export function PreviewCounts({ counts, ratePerSecond, existingPolicy }: PreviewCountsProps) {
  // Only new names cost a Catapult request; existing ones are settled by the server without one.
  const sent = rowsToSend(counts, existingPolicy);
  const seconds = sent / ratePerSecond;
  return (
    <div data-testid="bulk-counts" className={cn("grid grid-cols-2 gap-3 sm:grid-cols-4", existingPolicy === "update" ? "lg:grid-cols-6" : "lg:grid-cols-5")}>
      <dl className="contents">
        <Tile label="Total rows" value={counts.total} />
        <Tile label={PREVIEW_WORDS.ready} value={counts.valid} tone="green" />
        <Tile label={PREVIEW_WORDS.invalid} value={counts.invalid} tone="red" emphasise={counts.invalid > 0} note={counts.invalid > 0 ? "will not be sent" : undefined} />
        {existingPolicy === "update" ? (
          <>
            <Tile label={PREVIEW_WORDS.update} value={counts.update ?? 0} tone="indigo" />
            <Tile label={PREVIEW_WORDS.unchanged} value={counts.unchanged ?? 0} tone="slate" note={(counts.unchanged ?? 0) > 0 ? "will not be sent" : undefined} />
          </>
        ) : (
          <Tile label={PREVIEW_WORDS.exists} value={counts.exists} tone="amber" note={counts.exists > 0 ? EXISTING_OUTCOME[existingPolicy] : undefined} />
        )}
      </dl>
      <div className={cn("col-span-2 flex flex-col justify-center rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm lg:col-span-1", existingPolicy === "update" ? "sm:col-span-1" : "sm:col-span-4")}>
        <span className="text-slate-600">Estimated time</span>
        <span className="font-semibold text-slate-900">
          {sent === 0 ? "—" : formatEstimate(seconds)}
          <span className="font-normal text-slate-600"> at {formatRate(ratePerSecond)} request/s</span>
        </span>
      </div>
      <p aria-live="polite" className="sr-only">
        {importSummary(counts, existingPolicy).sentence}
      </p>
    </div>
  );
}

function Tile({ label, value, tone, emphasise, note }: { label: ReactNode; value: number; tone?: BadgeTone; emphasise?: boolean; note?: string }) {
  return (
    <div className={cn("min-w-0 rounded-lg border bg-white px-4 py-3 shadow-sm", emphasise ? "border-red-200" : "border-slate-200")}>
      <dt className="flex items-start gap-2 text-sm text-slate-600">
        {tone && (
          <span className="flex h-5 items-center">
            <StatusDot tone={tone} />
          </span>
        )}
        {label}
      </dt>
      <dd className={cn("mt-0.5 text-2xl font-semibold tabular-nums", emphasise ? "text-red-700" : "text-slate-900")}>{value.toLocaleString("en")}</dd>
      {note && <dd className="text-sm text-slate-600">{note}</dd>}
    </div>
  );
}
