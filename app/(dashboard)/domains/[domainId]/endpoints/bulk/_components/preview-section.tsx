"use client";
// What the paste will become: file-level problems, unrecognised columns, the counts and the
// row-by-row table, with the rows that have problems downloadable to fix in a spreadsheet.
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { Button } from "@/components/ui/button";
import type { ParsedRow, ParseResult } from "@/lib/bulk/parse-endpoint-rows";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { PREVIEW_WORDS } from "@/lib/bulk/import-summary";
import { rowsWithProblemsCsv } from "@/lib/bulk/rows-with-problems-csv";
import { saveTextFile } from "@/lib/browser/save-text-file";
import { PreviewCounts } from "./preview-counts";
import { PreviewTable } from "./preview-table";
import { NAME_RULE, PASSWORD_RULE, brokenRules } from "@/lib/bulk/row-problems";
import { SegmentedFilter } from "@/components/ui/segmented-filter";

type Show = "all" | "invalid" | "exists";

interface PreviewSectionProps {
  result: ParseResult;
  updating: boolean;
  applicationNames: ReadonlyMap<string, string>;
  ratePerSecond: number;
  existingPolicy: ExistingPolicy;
  /** Absent when rows cannot be rewritten in place (config text). */
  onEditRow: ((row: ParsedRow) => void) | undefined;
}

export function PreviewSection({ result, updating, applicationNames, ratePerSecond, existingPolicy, onEditRow }: PreviewSectionProps) {
  const [show, setShow] = useState<Show>("all");
  const rows = useMemo(() => (show === "all" ? result.rows : result.rows.filter((r) => r.status === show)), [result.rows, show]);
  const rules = useMemo(() => brokenRules(result.rows), [result.rows]);

  return (
    <div className="space-y-4">
      {result.problems.length > 0 && (
        <Alert tone="error" title="This paste cannot be imported yet">
          <ul className="list-disc space-y-0.5 pl-5">
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result.ignoredHeaders.length > 0 && (
        <Alert tone="info" role={null}>
          Columns {result.ignoredHeaders.map((h) => `'${h}'`).join(", ")} come from an export; Catapult sets them, so they are ignored.
        </Alert>
      )}
      {result.unknownHeaders.length > 0 && (
        <Alert tone="warning" role={null}>
          <ul className="space-y-0.5">
            {result.unknownHeaders.map((header) => (
              <li key={header}>Column &apos;{header}&apos; is not recognised and will be ignored.</li>
            ))}
          </ul>
        </Alert>
      )}
      <PreviewCounts counts={result.counts} ratePerSecond={ratePerSecond} existingPolicy={existingPolicy} />

      <Card aria-labelledby="preview-heading">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3 border-b border-slate-200 px-5 py-3">
          <h2 id="preview-heading" className="text-base font-semibold text-slate-900">
            Preview
          </h2>
          <span aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600">
            {updating && (
              <>
                <Spinner className="text-indigo-600" /> Updating…
              </>
            )}
          </span>
          <SegmentedFilter
            className="ml-auto"
            legend="Show:"
            value={show}
            onChange={setShow}
            options={[
              { value: "all", label: "All", count: result.counts.total },
              { value: "invalid", label: PREVIEW_WORDS.invalid, count: result.counts.invalid },
              { value: "exists", label: PREVIEW_WORDS.exists, count: result.counts.exists },
            ]}
          />
        </div>
        {result.counts.invalid > 0 && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-5 py-2.5 text-sm text-slate-700">
            <p className="min-w-0 flex-1 basis-64">Fix a row with its Edit button, or download the rows with problems (without passwords) to fix in a spreadsheet and paste back.</p>
            <Button variant="secondary" size="sm" onClick={() => saveTextFile(rowsWithProblemsCsv(result), "rows-with-problems.csv")}>
              Download rows with problems
            </Button>
          </div>
        )}
        {(rules.name || rules.password) && (
          <div className="space-y-0.5 border-b border-slate-200 bg-slate-50 px-5 py-2 text-xs text-slate-700">
            {rules.name && (
              <p>
                <span className="font-semibold">Names</span> may use {NAME_RULE}.
              </p>
            )}
            {rules.password && (
              <p>
                <span className="font-semibold">Passwords</span> need {PASSWORD_RULE}.
              </p>
            )}
          </div>
        )}
        <PreviewTable
          key={show}
          rows={rows}
          applicationNames={applicationNames}
          onEditRow={onEditRow}
          label={`Preview of ${rows.length.toLocaleString("en")} rows`}
          empty={show === "invalid" ? "No row has a problem." : show === "exists" ? "No row names an endpoint the domain already has." : "No rows."}
        />
      </Card>
    </div>
  );
}
