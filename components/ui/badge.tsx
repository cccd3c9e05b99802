import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "green" | "slate" | "amber" | "indigo";

const tones: Record<Tone, string> = {
  green: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  indigo: "bg-indigo-50 text-indigo-800 ring-indigo-600/20",
};

export function Badge({ tone = "slate", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>
      {children}
    </span>
  );
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge tone={enabled ? "green" : "slate"}>
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", enabled ? "bg-emerald-600" : "bg-slate-500")} />
      {enabled ? "Enabled" : "Disabled"}
    </Badge>
  );
}
