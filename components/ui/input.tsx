import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClasses = cn(
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm",
  "ring-1 ring-inset ring-slate-300 placeholder:text-slate-500",
  "focus:ring-2 focus:ring-indigo-600 focus:outline-hidden",
  "aria-[invalid=true]:ring-red-600 aria-[invalid=true]:focus:ring-red-600",
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500",
);

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, className)} {...props} />;
}

export function Textarea({ className, rows = 3, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlClasses, "resize-y", className)} {...props} />;
}
