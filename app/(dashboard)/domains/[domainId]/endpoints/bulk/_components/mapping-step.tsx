"use client";
// A paste without a header row: what each column holds, guessed from its cells, shown with
// a few of those cells and a select per column. Nothing can start until the admin confirms
// the columns; a paste that gains or loses a column asks again.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/select";
import { COLUMN_KEYS, COLUMN_LABELS, type ColumnMapping } from "@/lib/bulk/columns";
import { type ColumnGuess, type GuessReason, looksLikePasswords } from "@/lib/bulk/guess-columns";
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { columnCells } from "./column-cells";

const OPTIONS = [...COLUMN_KEYS, "ignore"] as const;
const SAMPLES = 3;

const REASON_TEXT: Record<GuessReason, string> = {
  enabled_words: "true/false values",
  application_names: "your applications' names",
  application_ids: "your applications' ids",
  unique_names: "unique SIP user names",
  text_with_spaces: "text with spaces",
  no_spaces: "no spaces, and no other meaning fits",
  empty: "empty: the template's column for this place",
  undecided: "could not tell: left out",
};

interface MappingStepProps {
  rows: readonly ParsedRow[];
  mapping: ColumnMapping;
  /** What the cells suggested, to say why a column holds its guess. */
  guess: ColumnGuess | undefined;
  /** The admin confirmed these columns; the step folds into one line. */
  confirmed: boolean;
  /** The column count confirmed before the paste changed it (null: nothing to tell). */
  lapsedWidth: number | null;
  /** Why confirming must wait (applications still loading), or null. */
  confirmBlocked: string | null;
  onMappingChange: (mapping: ColumnMapping) => void;
  onConfirm: () => void;
  onReopen: () => void;
}

export function MappingStep({ rows, mapping, guess, confirmed, lapsedWidth, confirmBlocked, onMappingChange, onConfirm, onReopen }: MappingStepProps) {
  const baseId = useId();
  if (confirmed) {
    return (
      <section aria-label="Columns" className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm">
        <p className="min-w-0 flex-1 text-slate-700">
          <span className="font-medium text-slate-900">Columns confirmed:</span> {mapping.map((key) => COLUMN_LABELS[key]).join(" · ")}
        </p>
        <Button variant="secondary" size="sm" onClick={onReopen}>
          Change columns
        </Button>
      </section>
    );
  }
  return (
    <section aria-labelledby={`${baseId}-title`} className="rounded-lg border border-indigo-200 bg-indigo-50/60 px-4 py-4 sm:px-5">
      <h3 id={`${baseId}-title`} className="text-sm font-semibold text-slate-900">
        No header row: check what each column holds
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">
        {lapsedWidth !== null && lapsedWidth !== mapping.length
          ? `The paste now has ${mapping.length.toLocaleString("en")} columns (it had ${lapsedWidth.toLocaleString("en")} when you confirmed them): check them again. `
          : "Each column was guessed from its cells. "}
        Nothing is imported until you confirm the columns. A header row (name, description, application, enabled, password) skips this step.
      </p>
      <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {mapping.map((key, index) => (
          <ColumnChoice
            key={index}
            id={`${baseId}-col-${index}`}
            index={index}
            value={key}
            reason={guess?.mapping[index] === key ? guess.reasons[index] : undefined}
            cells={columnCells(rows, index)}
            onChange={(value) => onMappingChange(mapping.map((k, i) => (i === index ? value : k)))}
          />
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button onClick={onConfirm} disabled={confirmBlocked !== null}>
          Confirm columns
        </Button>
        {confirmBlocked && <p className="text-sm text-slate-600">{confirmBlocked}</p>}
      </div>
    </section>
  );
}

interface ColumnChoiceProps {
  id: string;
  index: number;
  value: ColumnMapping[number];
  reason: GuessReason | undefined;
  cells: string[];
  onChange: (value: ColumnMapping[number]) => void;
}

function ColumnChoice({ id, index, value, reason, cells, onChange }: ColumnChoiceProps) {
  // Passwords stay masked here as everywhere in the preview; a description of password-like cells is called out.
  const masked = value === "password";
  const passwordsAsDescription = value === "description" && looksLikePasswords(cells);
  const samples = cells.slice(0, SAMPLES);
  return (
    <li className={cn("min-w-0 space-y-1 rounded-md border bg-white p-3", passwordsAsDescription ? "border-amber-300" : "border-slate-200")}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        Column {index + 1}
      </label>
      <Select id={id} aria-describedby={`${id}-cells ${id}-note`} value={value} onChange={(event) => onChange(event.target.value as ColumnMapping[number])}>
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {COLUMN_LABELS[option]}
          </option>
        ))}
      </Select>
      <ul id={`${id}-cells`} aria-label={`Column ${index + 1} cells`} className="space-y-0.5 font-mono text-xs text-slate-700">
        {samples.length === 0 ? (
          <li className="font-sans text-slate-600">(empty in every row)</li>
        ) : (
          samples.map((cell, i) => (
            <li key={i} className="truncate" title={masked ? undefined : cell}>
              {masked ? "••••••" : cell}
            </li>
          ))
        )}
      </ul>
      <p id={`${id}-note`} className={cn("text-xs", passwordsAsDescription ? "font-medium text-amber-900" : "text-slate-600")}>
        {passwordsAsDescription
          ? "These cells look like passwords. Catapult stores and shows descriptions in plain text."
          : reason
            ? `Guessed from the cells: ${REASON_TEXT[reason]}.`
            : "Your choice."}
      </p>
    </li>
  );
}
