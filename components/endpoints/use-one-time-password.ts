"use client";
// A password just sent to Catapult, held in this tab's memory only, until the admin hides it.
// Catapult never returns it and the server never sends it back, so while it has been neither
// copied nor hidden, leaving the page (or starting over) asks first.
import { useCallback, useMemo, useState } from "react";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";

const UNNOTED = "The new SIP password is shown only on this page and has not been copied. Catapult never shows it again.";

interface Shown {
  /** null once hidden: the panel stays, without the password. */
  password: string | null;
  noted: boolean;
}

export interface OneTimePassword {
  /** Whether the panel is up (with or without the password). */
  open: boolean;
  password: string | null;
  show: (password: string) => void;
  /** Copied somewhere: leaving no longer asks. */
  markNoted: () => void;
  /** Removes the password from the page (and from memory). */
  hide: () => void;
  close: () => void;
  /** Before an action that drops the panel: true when nothing would be lost, or the admin agrees. */
  confirmDiscard: () => boolean;
}

export function useOneTimePassword(): OneTimePassword {
  const [shown, setShown] = useState<Shown | null>(null);
  const unnoted = shown !== null && shown.password !== null && !shown.noted;
  useLeaveGuard(unnoted ? UNNOTED : null);

  const show = useCallback((password: string) => setShown({ password, noted: false }), []);
  const markNoted = useCallback(() => setShown((s) => s && { ...s, noted: true }), []);
  const hide = useCallback(() => setShown((s) => s && { password: null, noted: true }), []);
  const close = useCallback(() => setShown(null), []);
  const confirmDiscard = useCallback(() => !unnoted || window.confirm(`${UNNOTED}\n\nContinue anyway?`), [unnoted]);

  return useMemo(
    () => ({ open: shown !== null, password: shown?.password ?? null, show, markNoted, hide, close, confirmDiscard }),
    [shown, show, markNoted, hide, close, confirmDiscard],
  );
}
