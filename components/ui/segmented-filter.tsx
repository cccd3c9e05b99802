"use client";
// A one-of-several filter as a row of pills: radio buttons underneath, so arrow keys work.
import { useId } from "react";
import { cn } from "./cn";

export interface FilterOption<T extends string> {
  value: T;
  label: string;
  count?: number;
}

interface SegmentedFilterProps<T extends string> {
  legend: string;
  options: readonly FilterOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

export function SegmentedFilter<T extends string>({ legend, options, value, onChange, className }: SegmentedFilterProps<T>) {
  const name = useId();
  return (
    <fieldset className={cn("flex flex-wrap items-center gap-2", className)}>
      <legend className="float-left mr-1 text-sm font-medium text-slate-700">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="relative">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="peer sr-only"
          />
          <span
            className={cn(
              "inline-flex cursor-pointer items-center gap-1.5 rounded-full px-3 py-1 text-sm font-medium ring-1 transition-colors ring-inset",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600",
              "bg-white text-slate-700 ring-slate-300 peer-[:not(:checked)]:hover:bg-slate-50",
              "peer-checked:bg-indigo-600 peer-checked:text-white peer-checked:ring-indigo-600",
            )}
          >
            {option.label}
            {option.count !== undefined && <span className="tabular-nums opacity-90">{option.count.toLocaleString("en")}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
