// Status badges: a tone, an optional dot (pulsing for "in progress"), and the dot alone for
// legends and count tiles.
import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "green" | "red" | "amber" | "slate" | "indigo" | "sky";

const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  green: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/20", dot: "bg-emerald-600" },
  red: { badge: "bg-red-50 text-red-800 ring-red-600/20", dot: "bg-red-600" },
  amber: { badge: "bg-amber-50 text-amber-900 ring-amber-600/25", dot: "bg-amber-500" },
  slate: { badge: "bg-slate-100 text-slate-700 ring-slate-500/20", dot: "bg-slate-500" },
  indigo: { badge: "bg-indigo-50 text-indigo-800 ring-indigo-600/20", dot: "bg-indigo-600" },
  sky: { badge: "bg-sky-50 text-sky-900 ring-sky-600/20", dot: "bg-sky-600" },
};

interface BadgeProps {
  tone?: BadgeTone;
  /** A coloured dot before the text. */
  dot?: boolean;
  pulse?: boolean;
  children: ReactNode;
  className?: string;
}

export function Badge({ tone = "slate", dot, pulse, children, className }: BadgeProps) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tones[tone].badge, className)}>
      {dot && <span aria-hidden="true" className={cn("size-1.5 shrink-0 rounded-full", tones[tone].dot, pulse && "animate-pulse")} />}
      {children}
    </span>
  );
}

/** The dot alone, for legends and count tiles. */
export function StatusDot({ tone }: { tone: BadgeTone }) {
  return <span aria-hidden="true" className={cn("inline-block size-2 shrink-0 rounded-full", tones[tone].dot)} />;
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge tone={enabled ? "green" : "slate"} dot>
      {enabled ? "Enabled" : "Disabled"}
    </Badge>
  );
}
