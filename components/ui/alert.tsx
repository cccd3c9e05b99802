import type { ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { CheckCircleIcon } from "./icons/check-circle";
import { ExclamationIcon } from "./icons/exclamation";
import { InfoIcon } from "./icons/info";
import { XMarkIcon } from "./icons/x-mark";

type Tone = "error" | "success" | "info" | "warning";

const tones: Record<Tone, { box: string; icon: string }> = {
  error: { box: "border-red-200 bg-red-50 text-red-800", icon: "text-red-600" },
  success: { box: "border-emerald-200 bg-emerald-50 text-emerald-900", icon: "text-emerald-600" },
  info: { box: "border-indigo-200 bg-indigo-50 text-indigo-900", icon: "text-indigo-600" },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-900", icon: "text-amber-600" },
};

interface AlertProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  /** Errors interrupt ("alert"); confirmations wait their turn ("status"). Null for static notes. */
  role?: "alert" | "status" | null;
  actions?: ReactNode;
  /** Adds a close button ("Dismiss") at the end. */
  onDismiss?: () => void;
  className?: string;
}

export function Alert({ tone = "info", title, children, role, actions, onDismiss, className }: AlertProps) {
  const style = tones[tone];
  const liveRole = role === undefined ? (tone === "error" ? "alert" : tone === "success" ? "status" : undefined) : (role ?? undefined);
  const Glyph = tone === "success" ? CheckCircleIcon : tone === "info" ? InfoIcon : ExclamationIcon;
  return (
    <div role={liveRole} className={cn("flex gap-3 rounded-md border px-4 py-3 text-sm", style.box, className)}>
      <Glyph className={cn("mt-0.5 size-5 shrink-0", style.icon)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="break-words">{children}</div>}
        {actions && <div className="pt-1">{actions}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss"
          title="Dismiss"
          className={cn("-my-1 -mr-2 shrink-0 self-start rounded-md p-1.5 opacity-80 hover:bg-black/5 hover:opacity-100", focusRing)}
        >
          <XMarkIcon className="size-4" />
        </button>
      )}
    </div>
  );
}
