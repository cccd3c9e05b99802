"use client";
// For a paste without a header row: what each column holds, one select per column,
// with the first row's cell beside it so the admin can tell the columns apart.
import Papa from "papaparse";
import { useId, useMemo } from "react";
import { Select } from "@/components/ui/select";
import { COLUMN_KEYS, COLUMN_LABELS, type ColumnMapping } from "@/lib/bulk/columns";

const OPTIONS = [...COLUMN_KEYS, "ignore"] as const;

interface ColumnMappingBarProps {
  text: string;
  delimiter: "\t" | ",";
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
}

export function ColumnMappingBar({ text, delimiter, mapping, onMappingChange }: ColumnMappingBarProps) {
  const baseId = useId();
  const sample = useMemo(() => firstRowCells(text, delimiter), [text, delimiter]);
  return (
    <section aria-labelledby={`${baseId}-title`} className="rounded-lg border border-indigo-200 bg-indigo-50/60 px-5 py-4">
      <h3 id={`${baseId}-title`} className="text-sm font-semibold text-slate-900">
        No header row: what does each column hold?
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">The first row is read as data. Choose a meaning per column, or add a header row (name, password, …) to the paste.</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {mapping.map((key, index) => {
          const id = `${baseId}-col-${index}`;
          // A password column's sample stays masked, like everywhere else in the preview.
          const example = key === "password" && sample[index] ? "••••••" : sample[index]?.trim();
          return (
            <div key={index} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-900">
                Column {index + 1}
              </label>
              <Select
                id={id}
                aria-describedby={`${id}-example`}
                value={key}
                onChange={(event) => {
                  const next = [...mapping];
                  next[index] = event.target.value as ColumnMapping[number];
                  onMappingChange(next);
                }}
              >
                {OPTIONS.map((option) => (
                  <option key={option} value={option}>
                    {COLUMN_LABELS[option]}
                  </option>
                ))}
              </Select>
              <p id={`${id}-example`} className="truncate font-mono text-xs text-slate-600" title={example}>
                {example ? `e.g. ${example}` : "(empty in the first row)"}
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}

function firstRowCells(text: string, delimiter: string): string[] {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trimStart(), { delimiter, preview: 1 });
  return data[0] ?? [];
}
