// An "update existing names" row's differences in the preview, old → new, field by field.
import type { FieldChange } from "@/lib/bulk/endpoint-diff";

const FIELD_LABELS: Record<FieldChange["field"], string> = { description: "Description", applicationId: "Application", enabled: "Enabled", password: "Password" };

export function changeWords(change: FieldChange, applicationNames: ReadonlyMap<string, string>): string {
  if (change.field === "password") return "Password: set a new one";
  const show = (value: string | boolean | null) =>
    value === null ? "none" : typeof value === "boolean" ? (value ? "yes" : "no") : change.field === "applicationId" ? `"${applicationNames.get(value) ?? value}"` : `"${value}"`;
  return `${FIELD_LABELS[change.field]}: ${show(change.from)} → ${show(change.to)}`;
}

export function ChangeList({ changes, applicationNames }: { changes: readonly FieldChange[]; applicationNames: ReadonlyMap<string, string> }) {
  if (changes.length === 0) return <span className="text-xs text-slate-600">No differences: not sent</span>;
  const words = changes.map((c) => changeWords(c, applicationNames));
  return (
    <ul aria-label="Changes" className="line-clamp-3 text-xs leading-4 text-slate-800" title={words.join("\n")}>
      {words.map((w) => (
        <li key={w} className="truncate">
          {w}
        </li>
      ))}
    </ul>
  );
}
