"use client";
// What the paste will become: file-level problems, unrecognised columns, the column
// mapping (no header row), the counts and the row-by-row table.
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import type { ColumnMapping } from "@/lib/bulk/columns";
import type { ParseResult } from "@/lib/bulk/parse-endpoint-rows";
import { ColumnMappingBar } from "./column-mapping-bar";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { PreviewCounts } from "./preview-counts";
import { PreviewTable } from "./preview-table";
import { NAME_RULE, PASSWORD_RULE, brokenRules } from "@/lib/bulk/row-problems";
import { SegmentedFilter } from "@/components/ui/segmented-filter";

type Show = "all" | "invalid" | "exists";

interface PreviewSectionProps {
  text: string;
  result: ParseResult;
  updating: boolean;
  onMappingChange: (mapping: ColumnMapping) => void;
  applicationNames: ReadonlyMap<string, string>;
  ratePerSecond: number;
  existingPolicy: ExistingPolicy;
}

export function PreviewSection({ text, result, updating, onMappingChange, applicationNames, ratePerSecond, existingPolicy }: PreviewSectionProps) {
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
      {result.unknownHeaders.length > 0 && (
        <Alert tone="warning" role={null}>
          <ul className="space-y-0.5">
            {result.unknownHeaders.map((header) => (
              <li key={header}>Column &apos;{header}&apos; is not recognised and will be ignored.</li>
            ))}
          </ul>
        </Alert>
      )}
      {!result.hasHeader && <ColumnMappingBar text={text} delimiter={result.delimiter} mapping={result.mapping} onMappingChange={onMappingChange} />}
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
              { value: "invalid", label: "Invalid only", count: result.counts.invalid },
              { value: "exists", label: "Existing only", count: result.counts.exists },
            ]}
          />
        </div>
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
          label={`Preview of ${rows.length.toLocaleString("en")} rows`}
          empty={show === "invalid" ? "No invalid rows. Everything here can be imported." : show === "exists" ? "No row names an endpoint the domain already has." : "No rows."}
        />
      </Card>
    </div>
  );
}
