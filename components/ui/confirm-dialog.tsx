"use client";
// A modal confirmation (confirm-dialog-box.tsx). Most pages show one only after a click on
// Delete, Disable or Cancel: the box is loaded when it first opens, not with the page, and
// stays mounted from then on so that it can close itself.
import { lazy, Suspense, useState } from "react";
import type { ConfirmDialogProps } from "./confirm-dialog-box";

const ConfirmDialogBox = lazy(() => import("./confirm-dialog-box"));

export function ConfirmDialog(props: ConfirmDialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogBox {...props} />
    </Suspense>
  );
}
