"use client";
// A failure of a page rendered on the server (Catapult did not answer, say): what went wrong,
// and a Retry that renders the page again. The words come from the server, already fit to show.
import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";
import { ErrorState } from "./error-state";

/** `extra`: e.g. a link back when the thing itself does not exist. */
export function RetryErrorState({ title, message, headingLevel, extra }: { title: string; message: string; headingLevel?: 2 | 3; extra?: ReactNode }) {
  const router = useRouter();
  const [retrying, startTransition] = useTransition();
  return (
    <ErrorState
      headingLevel={headingLevel}
      title={title}
      error={new Error(message)}
      onRetry={() => startTransition(() => router.refresh())}
      retrying={retrying}
      extra={extra}
    />
  );
}
