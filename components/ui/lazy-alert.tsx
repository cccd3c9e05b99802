"use client";
// The Alert, loaded when one is first shown: the job page shows one only when something needs
// saying (a pause, a notice, passwords not yet downloaded), and sits at its weight budget.
import { type ComponentProps, lazy, Suspense } from "react";
import type { Alert as AlertComponent } from "./alert";

const Alert = lazy(async () => ({ default: (await import("./alert")).Alert }));

export function LazyAlert(props: ComponentProps<typeof AlertComponent>) {
  return (
    <Suspense fallback={null}>
      <Alert {...props} />
    </Suspense>
  );
}
