"use client";
// The audit log's filters: a person (any actor's name; today "admin" or "system"), an action,
// a piece of the target (domain or endpoint id or name, job id) and a time range.
import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/contract";

export interface AuditUrlFilters {
  actor: string;
  action: AuditAction | "";
  target: string;
  from: string;
  to: string;
}

interface AuditFiltersProps {
  value: AuditUrlFilters;
  onChange: (next: Partial<AuditUrlFilters>) => void;
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <FilterField id="audit-actor" label="Person">
        <TextFilter id="audit-actor" list="audit-actors" placeholder="e.g. admin" value={value.actor} onChange={(actor) => onChange({ actor })} />
        <datalist id="audit-actors">
          <option value="admin" />
          <option value="system" />
        </datalist>
      </FilterField>
      <FilterField id="audit-action" label="Action">
        <Select id="audit-action" value={value.action} onChange={(event) => onChange({ action: event.target.value as AuditAction | "" })}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="audit-target" label="Target contains">
        <TextFilter id="audit-target" type="search" placeholder="Domain, endpoint or job" value={value.target} onChange={(target) => onChange({ target })} />
      </FilterField>
      <FilterField id="audit-from" label="From">
        <Input id="audit-from" type="datetime-local" value={value.from} onChange={(event) => onChange({ from: event.target.value })} />
      </FilterField>
      <FilterField id="audit-to" label="To">
        <Input id="audit-to" type="datetime-local" value={value.to} onChange={(event) => onChange({ to: event.target.value })} />
      </FilterField>
    </div>
  );
}

function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/** Free text matched as a substring: no autocomplete or spell-checking, bounded as the API is. */
function TextFilter({ onChange, ...props }: Omit<ComponentProps<typeof Input>, "onChange" | "value"> & { value: string; onChange: (value: string) => void }) {
  return <Input {...props} autoComplete="off" spellCheck={false} maxLength={255} onChange={(event) => onChange(event.target.value)} />;
}
