"use client";
import type { ReactNode } from "react";
import { errorMessage } from "@/lib/browser/api-fetch";
import { Button } from "./button";
import { cn } from "./cn";
import { ExclamationIcon } from "./icons/exclamation";
import { Spinner } from "./spinner";

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** E.g. a link back when the thing itself does not exist. */
  extra?: ReactNode;
  /** h2 when the state stands directly under the page's h1. */
  headingLevel?: 2 | 3;
  className?: string;
}

export function ErrorState({ title = "Something went wrong", error, onRetry, retrying, extra, headingLevel = 3, className }: ErrorStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div role="alert" className={cn("flex flex-col items-center px-6 py-12 text-center", className)}>
      <div className="mb-3 flex size-10 items-center justify-center rounded-full bg-red-50 text-red-600">
        <ExclamationIcon className="size-5" />
      </div>
      <Heading className="text-sm font-semibold text-slate-900">{title}</Heading>
      <p className="mt-1 max-w-md text-sm text-slate-700">{errorMessage(error)}</p>
      <div className="mt-5 flex flex-wrap items-center justify-center gap-3">
        {onRetry && (
          <Button variant="secondary" onClick={onRetry} disabled={retrying}>
            {retrying && <Spinner />}
            {retrying ? "Retrying…" : "Retry"}
          </Button>
        )}
        {extra}
      </div>
    </div>
  );
}
