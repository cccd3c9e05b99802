"use client";
// The "Generate rows" form: names from a pattern (desk{001..250}) with one description,
// application and enabled value, passwords generated. Loaded when it is opened
// (generate-rows.tsx): its name rules and CSV writer are not needed before.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Application } from "@/lib/applications/contract";
import { generatedRowsCsv, parseNamePattern } from "@/lib/bulk/name-pattern";
import { plural } from "@/lib/browser/format";

export interface GenerateRowsProps {
  applications: readonly Application[] | undefined;
  /** True when a paste would be replaced, to say so before it happens. */
  replacesPaste: boolean;
  onGenerate: (csv: string) => void;
}

export default function GenerateRowsForm({ applications, replacesPaste, onGenerate, onClose }: GenerateRowsProps & { onClose: () => void }) {
  const [pattern, setPattern] = useState("");
  const [description, setDescription] = useState("");
  const [applicationId, setApplicationId] = useState("");
  const [enabled, setEnabled] = useState(true);
  const parsed = pattern.trim() === "" ? null : parseNamePattern(pattern);

  return (
    <form
      aria-label="Generate rows"
      className="space-y-4 border-t border-slate-200 pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (parsed?.ok) onGenerate(generatedRowsCsv(parsed.names(), { description: description.trim(), applicationId, enabled }));
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          label="Name pattern"
          hint={parsed?.ok ? `${plural(parsed.count, "row")}: ${parsed.first} … ${parsed.last}` : "One range in braces: ext-{100..199}, or desk{001..250} to keep the zeros."}
          error={parsed && !parsed.ok ? parsed.message : undefined}
        >
          {(control) => <Input {...control} value={pattern} onChange={(e) => setPattern(e.target.value)} placeholder="desk{001..250}" spellCheck={false} autoComplete="off" />}
        </Field>
        <Field label="Description" optional hint="The same for every row.">
          {(control) => <Input {...control} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field label="Application" optional>
          {(control) => (
            <Select {...control} value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
              <option value="">No application</option>
              {(applications ?? []).map((app) => (
                <option key={app.id} value={app.id}>
                  {app.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Checkbox className="md:self-center" label="Enabled" description="Every generated endpoint starts enabled or disabled." checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button type="submit" disabled={!parsed?.ok}>
          {parsed?.ok ? `Generate ${plural(parsed.count, "row")}` : "Generate rows"}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
        <p className="text-sm text-slate-600">
          Passwords are generated (20 characters, kept in this tab only).{replacesPaste ? " The rows replace the paste above." : ""}
        </p>
      </div>
    </form>
  );
}
