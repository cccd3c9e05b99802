// A status badge with the tones bulk pages need (the shared Badge has no red).
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type PillTone = "green" | "red" | "amber" | "slate" | "indigo" | "sky";

const tones: Record<PillTone, { pill: string; dot: string }> = {
  green: { pill: "bg-emerald-50 text-emerald-800 ring-emerald-600/20", dot: "bg-emerald-600" },
  red: { pill: "bg-red-50 text-red-800 ring-red-600/20", dot: "bg-red-600" },
  amber: { pill: "bg-amber-50 text-amber-900 ring-amber-600/25", dot: "bg-amber-500" },
  slate: { pill: "bg-slate-100 text-slate-700 ring-slate-500/20", dot: "bg-slate-500" },
  indigo: { pill: "bg-indigo-50 text-indigo-800 ring-indigo-600/20", dot: "bg-indigo-600" },
  sky: { pill: "bg-sky-50 text-sky-900 ring-sky-600/20", dot: "bg-sky-600" },
};

export function StatusPill({ tone, children, pulse, className }: { tone: PillTone; children: ReactNode; pulse?: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tones[tone].pill, className)}>
      <span aria-hidden="true" className={cn("size-1.5 shrink-0 rounded-full", tones[tone].dot, pulse && "animate-pulse")} />
      {children}
    </span>
  );
}

/** The dot alone, for legends and count tiles. */
export function StatusDot({ tone }: { tone: PillTone }) {
  return <span aria-hidden="true" className={cn("inline-block size-2 shrink-0 rounded-full", tones[tone].dot)} />;
}
