"use client";
// Any dashboard page that failed while rendering: what happened, and Retry. Loaded with every
// dashboard page (Next ships the boundary with the page), so it is plain markup: the shared
// ErrorState and its icon set would put ~1.5 kB gzip on every page for a rare screen.
import { useEffect } from "react";
import { buttonClasses, ButtonLink } from "@/components/ui/button";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors arrive with a generic message (Next hides details in production).
  const message = error instanceof Error && error.message ? error.message : "This page could not be shown.";
  return (
    <section role="alert" className="flex flex-col items-center rounded-lg border border-slate-200 bg-white px-6 py-12 text-center shadow-sm">
      <div className="mb-3 flex size-10 items-center justify-center rounded-full bg-red-50 text-red-600">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path
            fillRule="evenodd"
            d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
            clipRule="evenodd"
          />
        </svg>
      </div>
      <h2 className="text-sm font-semibold text-slate-900">This page could not be shown</h2>
      <p className="mt-1 max-w-md text-sm text-slate-700">{message}</p>
      <div className="mt-5 flex flex-wrap items-center justify-center gap-3">
        <button type="button" onClick={retry} className={buttonClasses({ variant: "secondary" })}>
          Retry
        </button>
        <ButtonLink href="/" variant="ghost">
          Back to domains
        </ButtonLink>
      </div>
    </section>
  );
}
