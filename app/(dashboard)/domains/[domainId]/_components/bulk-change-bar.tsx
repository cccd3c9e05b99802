"use client";
// The selection bar: how many endpoints are ticked, "Select all N matching", and the bulk
// changes on them. Each change starts a server-side job and opens its page.
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Application } from "@/lib/applications/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { plural } from "@/lib/browser/format";
import { type BulkChange, useStartBulkChange } from "@/lib/bulk/hooks/use-start-bulk-change";
import type { DialogAction } from "./bulk-change-dialog";

// Opened by an action on a selection: loaded then, not with the domain's page.
const BulkChangeDialog = lazy(async () => ({ default: (await import("./bulk-change-dialog")).BulkChangeDialog }));

interface BulkChangeBarProps {
  domainId: string;
  domainName: string;
  /** The ticked ids, in the table's order. */
  selectedIds: readonly string[];
  matchingCount: number;
  filtering: boolean;
  /** The whole list has been read: until then "Select all" would miss endpoints not yet arrived. */
  complete: boolean;
  applications: readonly Application[];
  onSelectAllMatching: () => void;
  onClear: () => void;
}

export function BulkChangeBar({ domainId, domainName, selectedIds, matchingCount, filtering, complete, applications, onSelectAllMatching, onClear }: BulkChangeBarProps) {
  const router = useRouter();
  const { start, mutation } = useStartBulkChange(domainId);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const count = selectedIds.length;
  if (count === 0) return null;

  const run = (change: BulkChange) => start(change, selectedIds, (job) => router.push(job.url));
  const busy = mutation.isPending || mutation.isSuccess;

  return (
    <section aria-label="Selected endpoints" className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-indigo-200 bg-indigo-50 px-5 py-3 text-sm">
      <p className="font-medium text-slate-900" role="status">
        {plural(count, "endpoint")} selected
      </p>
      {count < matchingCount && complete && (
        <Button variant="ghost" onClick={onSelectAllMatching}>
          Select all {matchingCount.toLocaleString("en")} {filtering ? "matching the search" : "endpoints"}
        </Button>
      )}
      {!complete && <span className="text-slate-600">Select all waits until the whole list has been read.</span>}
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      <div className="flex w-full flex-wrap gap-2 sm:ml-auto sm:w-auto">
        <Button variant="secondary" disabled={busy} onClick={() => run({ action: "enable" })}>
          Enable
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => run({ action: "disable" })}>
          Disable
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setDialog("set-application")}>
          Set application…
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setDialog("rotate-password")}>
          Rotate passwords…
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => setDialog("delete")}>
          Delete…
        </Button>
      </div>
      {dialog === null && mutation.isError && (
        <p role="alert" className="w-full text-red-700">
          The job did not start: {errorMessage(mutation.error)}
        </p>
      )}
      {dialog !== null && (
        <Suspense fallback={null}>
          <BulkChangeDialog
        key={dialog ?? "closed"}
        action={dialog}
        count={count}
        domainName={domainName}
        applications={applications}
        pending={busy}
        error={mutation.isError ? mutation.error : null}
        onConfirm={run}
        onCancel={() => {
          mutation.reset();
          setDialog(null);
        }}
          />
        </Suspense>
      )}
    </section>
  );
}
