"use client";
// A modal confirmation on the native <dialog>: showModal() makes the rest of the page inert,
// traps focus and closes on Escape; focus starts on Cancel (the safe choice) and returns
// to the button that opened it. Destructive by default; starting an import is "primary".
// Pages use it through confirm-dialog.tsx, which loads it when it first opens.
import { type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "./button";
import { Spinner } from "./spinner";

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel?: string;
  variant?: "primary" | "danger";
  pending?: boolean;
  /** The confirm button waits for something more (e.g. the name typed out). */
  confirmDisabled?: boolean;
  /** Shown inside the dialog when the action failed. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ConfirmDialogBox({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Cancel",
  variant = "danger",
  pending,
  confirmDisabled,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        // Escape: the browser would close it behind React's back; let the state decide.
        event.preventDefault();
        if (!pending) onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg bg-white p-0 text-slate-900 shadow-xl ring-1 ring-slate-900/10 backdrop:bg-slate-900/50"
    >
      <div className="px-6 pt-6 pb-4">
        <h2 id={titleId} className="text-lg font-semibold break-words">
          {title}
        </h2>
        {children && (
          <div id={bodyId} className="mt-2 space-y-2 text-sm text-slate-700">
            {children}
          </div>
        )}
        {error && <div className="mt-4">{error}</div>}
      </div>
      <div className="flex justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50 px-6 py-4">
        <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
        <Button variant={variant} onClick={onConfirm} disabled={pending || confirmDisabled}>
          {pending && <Spinner />}
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
