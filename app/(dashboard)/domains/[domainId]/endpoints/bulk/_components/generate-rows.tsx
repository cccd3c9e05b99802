"use client";
// "Generate rows": names from a pattern (desk{001..250}) with one description, application
// and enabled value, passwords generated. The rows replace the paste and go through the same
// preview, so names the domain already has are flagged as usual. Folded into one button
// until asked for: most imports are pastes, and the preview should stay near the top. The
// form (generate-rows-form.tsx) loads when it is opened.
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { LoadingState } from "@/components/ui/spinner";
import type { GenerateRowsProps } from "./generate-rows-form";

const loadForm = () => import("./generate-rows-form");
const GenerateRowsForm = lazy(loadForm);

export function GenerateRows(props: GenerateRowsProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <Suspense fallback={<LoadingState label="Opening the form…" className="border-t border-slate-200 pt-4" />}>
        <GenerateRowsForm {...props} onClose={() => setOpen(false)} />
      </Suspense>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-slate-200 pt-4 text-sm text-slate-600">
      <Button variant="secondary" size="sm" aria-expanded={false} onClick={() => setOpen(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
        Generate rows
      </Button>
      <span>from a name pattern such as desk{"{001..250}"}, for a new range of phones.</span>
    </div>
  );
}
