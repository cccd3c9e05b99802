"use client";
// "New domain", and the form it opens. The form (react-hook-form and the shared zod schema,
// ~25 kB gzip) loads when it is opened, or with the page when the account has no domain yet:
// the list itself needs neither.
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons/plus";
import { LoadingState } from "@/components/ui/spinner";
import { MAX_DOMAINS } from "@/lib/domains/contract";

const loadForm = () => import("./new-domain-form");
const NewDomainForm = lazy(async () => ({ default: (await loadForm()).NewDomainForm }));

export function NewDomainPanel({ count }: { count: number }) {
  const [creating, setCreating] = useState(false);
  if (creating || count === 0) {
    return (
      <Suspense fallback={<LoadingState label="Opening the form…" className="mb-6" />}>
        <NewDomainForm count={count} onDone={() => setCreating(false)} />
      </Suspense>
    );
  }
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600">
        {count.toLocaleString("en")} of {MAX_DOMAINS} domains
      </p>
      {/* Fetched as the pointer comes near, so the form is usually there by the click. */}
      <Button variant="secondary" onClick={() => setCreating(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
        <PlusIcon />
        New domain
      </Button>
    </div>
  );
}
