"use client";
// Steering a job: cancel it (after the rows in flight), resume it after a pause, retry its failed rows.
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { plural } from "@/lib/browser/format";
import { LazyAlert as Alert } from "@/components/ui/lazy-alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { BulkJobAction, BulkJobSnapshot } from "@/lib/bulk/contract";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { useBulkJobAction } from "@/lib/bulk/hooks/use-bulk-job-action";

/** `onSettled`: the page asks for the job again at once. */
export function useJobActions(jobId: string, onSettled: () => void) {
  const action = useBulkJobAction(jobId, onSettled);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const run = (name: BulkJobAction) => action.mutate(name, { onSuccess: () => setConfirmingCancel(false) });
  return { action, run, confirmingCancel, setConfirmingCancel };
}

export function JobActions({ job, actions }: { job: BulkJobSnapshot; actions: ReturnType<typeof useJobActions> }) {
  const { action, run, confirmingCancel, setConfirmingCancel } = actions;
  const pendingAction = action.isPending ? action.variables : undefined;
  const unfinished = job.status === "running" || job.status === "paused";
  const notSent = job.counts.pending;
  // 409: none of the failed rows can be sent again (their names existed; no password was kept).
  const retryRefused = action.isError && action.variables === "retry-failed" && action.error instanceof ApiRequestError && action.error.status === 409;

  return (
    <>
      {job.retryable > 0 && job.status !== "running" && !retryRefused && (
        <Button variant="secondary" onClick={() => run("retry-failed")} disabled={action.isPending}>
          {pendingAction === "retry-failed" && <Spinner />}
          Retry failed rows
        </Button>
      )}
      {unfinished && (
        <Button variant="danger" onClick={() => setConfirmingCancel(true)} disabled={action.isPending}>
          Cancel
        </Button>
      )}
      <ConfirmDialog
        open={confirmingCancel}
        variant="danger"
        title="Cancel this import?"
        confirmLabel="Cancel import"
        pendingLabel="Cancelling…"
        cancelLabel="Keep going"
        pending={pendingAction === "cancel"}
        error={pendingAction === undefined && action.isError && action.variables === "cancel" ? <Alert tone="error">{errorMessage(action.error)}</Alert> : undefined}
        onConfirm={() => run("cancel")}
        onCancel={() => {
          action.reset();
          setConfirmingCancel(false);
        }}
      >
        <p>
          <strong className="font-semibold">A cancel is final.</strong>{" "}
          {notSent > 0 ? `The ${plural(notSent, "row")} not yet sent will not be sent, and their stored passwords are deleted, so` : "Stored passwords are deleted, so"} this job cannot be
          resumed{job.retryable > 0 ? " and its failed rows cannot be retried" : ""}.
        </p>
        <p>
          Endpoints already created stay; {plural(job.counts.in_flight, "row")} being sent {job.counts.in_flight === 1 ? "finishes" : "finish"} first. Afterwards this page offers a new
          import of just the rows not sent.
        </p>
      </ConfirmDialog>
    </>
  );
}

/** A failed action (other than a cancel, which reports in its dialog). */
export function JobActionError({ actions }: { actions: ReturnType<typeof useJobActions> }) {
  const { action } = actions;
  if (!action.isError || action.variables === "cancel") return null;
  return (
    <Alert tone="error" title={action.variables === "resume" ? "The job could not be resumed" : "The failed rows could not be retried"}>
      {errorMessage(action.error)}
    </Alert>
  );
}
