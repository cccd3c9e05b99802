"use client";
import { useEffect, useState } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { CheckIcon } from "./icons/check";
import { CopyIcon } from "./icons/copy";

interface CopyButtonProps {
  value: string;
  /** What is copied, written as in a sentence ("SIP URI", "endpoint id"): the button is "Copy <label>". */
  label: string;
  className?: string;
  /** Show a word beside the icon (`text`, "Copy" by default) rather than the icon alone. */
  showText?: boolean;
  text?: string;
  /** After a successful copy (e.g. a one-time password now noted somewhere). */
  onCopied?: () => void;
}

/** Copies `value`; `label` names what is copied for screen readers and the tooltip. */
export function CopyButton({ value, label, className, showText = false, text: idleText = "Copy", onCopied }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const copied = await copyText(value);
    setState(copied ? "copied" : "failed");
    if (copied) onCopied?.();
  }

  const text = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : idleText;
  return (
    <>
      <button
        type="button"
        onClick={copy}
        title={`Copy ${label}`}
        aria-label={showText ? `Copy ${label}` : undefined}
        className={cn(
          "inline-flex shrink-0 items-center gap-1 rounded-md p-1.5 text-xs font-medium transition-colors",
          state === "copied" ? "text-emerald-700" : state === "failed" ? "text-red-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          focusRing,
          className,
        )}
      >
        {state === "copied" ? <CheckIcon /> : <CopyIcon />}
        <span className={showText ? undefined : "sr-only"}>{showText ? text : `Copy ${label}`}</span>
      </button>
      {/* Outside the button, so the announcement is not part of its name. */}
      <span aria-live="polite" className="sr-only">
        {state === "copied" ? `${label} copied` : state === "failed" ? "Copy failed" : ""}
      </span>
    </>
  );
}

async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // The Clipboard API needs a secure context (https or localhost); fall back for plain http.
    const area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}
