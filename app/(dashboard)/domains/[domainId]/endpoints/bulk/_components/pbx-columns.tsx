"use client";
// A recognised PBX export: which format, how each of its columns maps, and every column left
// out, by name. The admin can change any column's meaning; the preview follows at once.
import { useId } from "react";
import { Select } from "@/components/ui/select";
import { COLUMN_KEYS, COLUMN_LABELS, type ColumnMapping } from "@/lib/bulk/columns";
import type { PbxSummary } from "@/lib/bulk/parse-endpoint-rows";
import { ignoredColumns, PBX_FORMAT_LABELS, type PbxColumnNote } from "@/lib/bulk/pbx-formats";

const OPTIONS = [...COLUMN_KEYS, "ignore"] as const;

const NOTE_TEXT: Record<PbxColumnNote, string> = {
  portal_password: "FreePBX's user-portal password, not the SIP one (that is secret): not used.",
  portal_password_no_secret:
    "FreePBX's user-portal password, not the SIP one, so it is not used. This export has no secret column: turn on generated passwords, or choose Password here if these really are SIP passwords.",
  regen: "REGEN here means: generate a strong password.",
  display_name: "A display name: the description of rows that have none.",
  tech_checked: "Checked: rows whose tech is not sip or pjsip are held back (Catapult endpoints are SIP only).",
  auth_username: "The user name phones register with: the auth section's username, or the section's name when it has none.",
  section_name: "The section's name; the endpoint is named by the username instead.",
};

interface PbxColumnsProps {
  pbx: PbxSummary;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
}

export function PbxColumns({ pbx, mapping, onMappingChange }: PbxColumnsProps) {
  const baseId = useId();
  const ignored = ignoredColumns(pbx.columns, mapping);
  const shown = pbx.columns.flatMap((column, index) => (mapping[index] !== "ignore" || pbx.notes[index] ? [index] : []));
  const choice = (index: number) => (
    <ColumnChoice
      key={index}
      id={`${baseId}-${index}`}
      column={pbx.columns[index] ?? ""}
      value={mapping[index] ?? "ignore"}
      note={pbx.notes[index]}
      onChange={(value) => onMappingChange(mapping.map((k, i) => (i === index ? value : k)))}
    />
  );
  return (
    <section aria-labelledby={`${baseId}-title`} className="rounded-lg border border-indigo-200 bg-indigo-50/60 px-4 py-4 sm:px-5">
      <h3 id={`${baseId}-title`} className="text-sm font-semibold text-slate-900">
        Recognised: {PBX_FORMAT_LABELS[pbx.format]}
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">Its columns are mapped as below; change any of them and the preview follows.</p>
      <ul aria-label="Mapped columns" className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map(choice)}
      </ul>
      <p className="mt-3 text-sm break-words text-slate-700">
        <span className="font-medium text-slate-900">Ignored ({ignored.length.toLocaleString("en")}):</span> {ignored.length ? ignored.join(", ") : "none"}
      </p>
      {ignored.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-indigo-700">Use an ignored column</summary>
          <ul aria-label="All columns" className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {pbx.columns.map((_, index) => (shown.includes(index) ? null : choice(index)))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface ColumnChoiceProps {
  id: string;
  column: string;
  value: ColumnMapping[number];
  note: PbxColumnNote | undefined;
  onChange: (value: ColumnMapping[number]) => void;
}

function ColumnChoice({ id, column, value, note, onChange }: ColumnChoiceProps) {
  return (
    <li className="min-w-0 space-y-1 rounded-md border border-slate-200 bg-white p-3">
      <label htmlFor={id} className="block truncate font-mono text-sm font-medium text-slate-900">
        {column}
      </label>
      <Select id={id} aria-describedby={note ? `${id}-note` : undefined} value={value} onChange={(event) => onChange(event.target.value as ColumnMapping[number])}>
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {COLUMN_LABELS[option]}
          </option>
        ))}
      </Select>
      {note && (
        <p id={`${id}-note`} className="text-xs text-slate-600">
          {NOTE_TEXT[note]}
        </p>
      )}
    </li>
  );
}
