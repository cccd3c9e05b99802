"use client";
// Fixes one row with problems in place: its cells as pasted, each with the preview's problem
// beside it; saving rewrites that row in the paste (lib/bulk/paste-records), and the preview
// checks it again like any other change. The password field starts empty, so a password is
// never put back on the page: left empty, the pasted one is kept.
import { useRef } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { COLUMN_LABELS, type ColumnMapping } from "@/lib/bulk/columns";
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { rowProblems } from "@/lib/bulk/row-problems";

interface EditRowDialogProps {
  row: ParsedRow;
  mapping: ColumnMapping;
  onSave: (cells: string[]) => void;
  onCancel: () => void;
}

export function EditRowDialog({ row, mapping, onSave, onCancel }: EditRowDialogProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const problems = rowProblems(row);
  const problemFor = (key: ColumnMapping[number]) => problems.find((p) => p.field === key || (key === "application" && p.field === "applicationId"))?.message;
  const rowProblem = problems.find((p) => p.field === "row")?.message;

  function save() {
    const form = formRef.current;
    if (!form) return;
    const values = new FormData(form);
    // Cells past the mapped columns are kept as they are: the row's own problem says so.
    const cells = Array.from({ length: Math.max(mapping.length, row.cells.length) }, (_, i) => row.cells[i] ?? "");
    mapping.forEach((key, i) => {
      const value = values.get(`col-${i}`);
      if (key === "ignore" || typeof value !== "string") return;
      if (key === "password" && value === "") return;
      cells[i] = value;
    });
    onSave(cells);
  }

  return (
    <ConfirmDialog open variant="primary" title={`Edit row ${row.sourceRow.toLocaleString("en")}`} confirmLabel="Save row" pendingLabel="Saving…" onConfirm={save} onCancel={onCancel}>
      {rowProblem && <p className="font-medium text-red-700">{rowProblem}</p>}
      <form
        ref={formRef}
        className="space-y-3 pt-1"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {mapping.map((key, i) =>
          key === "ignore" ? null : (
            <Field key={i} label={COLUMN_LABELS[key]} error={problemFor(key)} hint={key === "password" ? "Leave empty to keep the password as pasted." : undefined}>
              {(control) =>
                key === "password" ? (
                  <Input {...control} name={`col-${i}`} type="password" autoComplete="new-password" spellCheck={false} />
                ) : (
                  <Input {...control} name={`col-${i}`} defaultValue={row.cells[i] ?? ""} spellCheck={false} autoComplete="off" />
                )
              }
            </Field>
          ),
        )}
        {/* Enter in a field saves, as in any form. */}
        <button type="submit" hidden />
      </form>
    </ConfirmDialog>
  );
}
