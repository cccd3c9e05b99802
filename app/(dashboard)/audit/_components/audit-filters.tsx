"use client";
// The audit log's filters: a person (any actor's name; "admin", "system", an email), an action,
// a piece of the target (domain or endpoint id or name, job id) and a time range. They write
// the URL and the page is rendered again on the server (text after a pause in typing).
import { type ComponentProps, type ReactNode, useSyncExternalStore } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction, type AuditFilters as Filters, auditSearch } from "@/lib/audit/contract";
import { useUrlFilters } from "@/lib/browser/use-url-filters";

const never = () => () => {};

export function AuditFilters({ value }: { value: Filters }) {
  const { filters, set, pending } = useUrlFilters("/audit", value, auditSearch);
  // The time range is shown in the browser's zone, which the server cannot know: those two
  // inputs are filled once the page is live.
  const inBrowser = useSyncExternalStore(never, () => true, () => false);

  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <FilterField id="audit-actor" label="Person">
        <TextFilter id="audit-actor" list="audit-actors" placeholder="e.g. admin" value={filters.actor} onChange={(actor) => set({ actor })} />
        <datalist id="audit-actors">
          <option value="admin" />
          <option value="system" />
        </datalist>
      </FilterField>
      <FilterField id="audit-action" label="Action">
        <Select id="audit-action" value={filters.action} onChange={(event) => set({ action: event.target.value as AuditAction | "" }, { now: true })}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="audit-target" label="Target contains">
        <TextFilter id="audit-target" type="search" placeholder="Domain, endpoint or job" value={filters.target} onChange={(target) => set({ target })} />
      </FilterField>
      <FilterField id="audit-from" label="From">
        <Input id="audit-from" type="datetime-local" value={inBrowser ? toLocalInput(filters.from) : ""} onChange={(event) => set({ from: fromLocalInput(event.target.value) }, { now: true })} />
      </FilterField>
      <FilterField id="audit-to" label="To">
        {/* "To" includes its whole minute. */}
        <Input id="audit-to" type="datetime-local" value={inBrowser ? toLocalInput(filters.to) : ""} onChange={(event) => set({ to: fromLocalInput(event.target.value, 59_999) }, { now: true })} />
      </FilterField>
      {pending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600 sm:col-span-2 lg:col-span-5">
          <Spinner className="text-indigo-600" />
          Updating…
        </p>
      )}
    </div>
  );
}

/** A datetime-local value (the browser's zone) as epoch ms, plus `extra` ms; null when empty. */
function fromLocalInput(local: string, extra = 0): number | null {
  const time = local ? new Date(local).getTime() : Number.NaN;
  return Number.isNaN(time) ? null : time + extra;
}

/** Epoch ms as a datetime-local value in the browser's zone, to the minute. */
function toLocalInput(at: number | null): string {
  if (at === null) return "";
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
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
