"use client";
// The audit log's filters: a person (any actor's name; today "admin" or "system"), an action,
// a piece of the target (domain or endpoint id or name, job id) and a time range.
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
      <div className="min-w-0 space-y-1.5">
        <Label htmlFor="audit-actor">Person</Label>
        <Input
          id="audit-actor"
          list="audit-actors"
          placeholder="e.g. admin"
          autoComplete="off"
          spellCheck={false}
          maxLength={255}
          value={value.actor}
          onChange={(event) => onChange({ actor: event.target.value })}
        />
        <datalist id="audit-actors">
          <option value="admin" />
          <option value="system" />
        </datalist>
      </div>
      <div className="min-w-0 space-y-1.5">
        <Label htmlFor="audit-action">Action</Label>
        <Select id="audit-action" value={value.action} onChange={(event) => onChange({ action: event.target.value as AuditAction | "" })}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </Select>
      </div>
      <div className="min-w-0 space-y-1.5">
        <Label htmlFor="audit-target">Target contains</Label>
        <Input
          id="audit-target"
          type="search"
          placeholder="Domain, endpoint or job"
          autoComplete="off"
          spellCheck={false}
          maxLength={255}
          value={value.target}
          onChange={(event) => onChange({ target: event.target.value })}
        />
      </div>
      <div className="min-w-0 space-y-1.5">
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" type="datetime-local" value={value.from} onChange={(event) => onChange({ from: event.target.value })} />
      </div>
      <div className="min-w-0 space-y-1.5">
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" type="datetime-local" value={value.to} onChange={(event) => onChange({ to: event.target.value })} />
      </div>
    </div>
  );
}
