"use client";
import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

interface CheckboxProps extends Omit<ComponentProps<"input">, "type"> {
  label: ReactNode;
  description?: ReactNode;
  /** Render as an on/off switch (role="switch"), for settings that take effect as a state. */
  asSwitch?: boolean;
}

const boxClasses = "mt-0.5 size-4 shrink-0 cursor-pointer rounded accent-indigo-600";

const switchClasses = cn(
  "relative mt-0.5 h-6 w-11 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-400 transition-colors checked:bg-indigo-600",
  "before:absolute before:top-0.5 before:left-0.5 before:size-5 before:rounded-full before:bg-white before:shadow-sm before:transition-transform",
  "checked:before:translate-x-5 disabled:cursor-not-allowed disabled:opacity-60",
);

export function Checkbox({ label, description, asSwitch, className, id, ...props }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        id={inputId}
        type="checkbox"
        role={asSwitch ? "switch" : undefined}
        aria-describedby={descriptionId}
        className={cn(asSwitch ? switchClasses : boxClasses, focusRing)}
        {...props}
      />
      <div className={cn("text-sm", asSwitch && "mt-0.5")}>
        <label htmlFor={inputId} className="cursor-pointer font-medium text-slate-900">
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-slate-600">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
