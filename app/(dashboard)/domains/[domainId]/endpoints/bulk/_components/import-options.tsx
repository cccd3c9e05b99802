"use client";
// How the import treats rows without a password and names the domain already has.
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import type { ExistingPolicy } from "@/lib/bulk/contract";

interface ImportOptionsProps {
  generatePasswords: boolean;
  onGeneratePasswordsChange: (value: boolean) => void;
  existingPolicy: ExistingPolicy;
  onExistingPolicyChange: (value: ExistingPolicy) => void;
}

const POLICIES: { value: ExistingPolicy; label: string; description: string }[] = [
  { value: "skip", label: "Skip them (default)", description: "They are left as they are and listed as skipped." },
  { value: "fail", label: "Count them as failed", description: "They are listed as failed, so the import does not look complete." },
  {
    value: "update",
    label: "Update existing names",
    description: "Their description, application and enabled are set to the file's; only what differs is sent. An empty password keeps the current one.",
  },
];

export function ImportOptions({ generatePasswords, onGeneratePasswordsChange, existingPolicy, onExistingPolicyChange }: ImportOptionsProps) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Checkbox
        label="Generate passwords for rows without one"
        description="Strong 20-character passwords. They stay in this tab only: download them from the job page before you close it."
        checked={generatePasswords}
        onChange={(event) => onGeneratePasswordsChange(event.target.checked)}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Names already in the domain</legend>
        <div className="mt-2 space-y-2">
          {POLICIES.map((policy) => (
            <label key={policy.value} className="flex cursor-pointer items-start gap-3 text-sm">
              <input
                type="radio"
                name="existing-policy"
                value={policy.value}
                checked={existingPolicy === policy.value}
                onChange={() => onExistingPolicyChange(policy.value)}
                className={cn("mt-0.5 size-4 shrink-0 cursor-pointer accent-indigo-600", "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600")}
              />
              <span>
                <span className="block font-medium text-slate-900">{policy.label}</span>
                <span className="block text-slate-600">{policy.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
