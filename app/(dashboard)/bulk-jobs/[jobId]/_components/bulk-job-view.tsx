"use client";
// A bulk job's page: everything comes from the server (polled), so the admin can leave and
// come back; only the paste and its generated passwords live in this tab (job-tab-memory).
import { lazy, type ReactNode, Suspense, useMemo } from "react";
import { plural } from "@/lib/browser/format";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import { Badge } from "@/components/ui/badge";
import { domainHref } from "@/lib/endpoints/links";
import { LazyAlert as Alert } from "@/components/ui/lazy-alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import type { BulkJobSnapshot as Job } from "@/lib/bulk/contract";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { passwordsThatMatter } from "@/lib/bulk/hooks/job-export";
import { useBulkJob } from "@/lib/bulk/hooks/use-bulk-job";
import { JobActionError, JobActions, useJobActions } from "./job-actions";
import { BULK_ACTION_LABELS, bulkJobsHref, tallyBulkJob } from "@/lib/bulk/contract";
import { jobStatus } from "@/app/(dashboard)/bulk-jobs/_components/statuses";
import { JobExport, useDownloadedPasswordRows, useJobTabMemory } from "./job-export";
import { JobProgress, progressWords } from "./job-progress";
import { JobRowsTable } from "./job-rows-table";

// Shown only after a cancel, or when the job cannot be read: loaded then, not with the page.
const NotSentRows = lazy(async () => ({ default: (await import("./not-sent-rows")).NotSentRows }));
const ErrorState = lazy(async () => ({ default: (await import("@/components/ui/error-state")).ErrorState }));

/** `domainName`: read on the server with the page (undefined when Catapult could not say). */
export function BulkJobView({ jobId, domainName }: { jobId: string; domainName: string | undefined }) {
  const query = useBulkJob(jobId);
  const actions = useJobActions(jobId, query.refetch);
  const memory = useJobTabMemory(jobId);
  const downloaded = useDownloadedPasswordRows(jobId);
  const state = query.data;
  const rows = useMemo(() => (state ? [...state.rows.values()] : []), [state]);
  // Until the rows arrive, every generated password counts: leaving early must ask too.
  const held = useMemo(() => (memory && state ? passwordsThatMatter(rows, memory.generatedPasswords) : memory?.generatedPasswords), [rows, memory, state]);
  const undownloaded = held ? [...held.keys()].filter((row) => !downloaded.has(row)).length : 0;
  useLeaveGuard(
    undownloaded > 0
      ? `This tab holds ${plural(undownloaded, "generated password")} for this job that ${undownloaded === 1 ? "is" : "are"} not in a downloaded file yet. Nobody can read them back once this tab closes or reloads: use "Download results" first.`
      : null,
  );

  if (!state) {
    return (
      <>
        <PageHeader title="Bulk job" breadcrumbs={[{ label: "Bulk jobs", href: bulkJobsHref }]} />
        <Card>
          {query.isError ? (
            <Suspense fallback={<LoadingState label="Loading the job…" />}>
              <ErrorState
                title={query.error instanceof ApiRequestError && query.error.status === 404 ? "There is no such bulk job" : "Could not load this bulk job"}
                error={query.error}
                onRetry={() => query.refetch()}
                retrying={query.isFetching}
                extra={
                  <ButtonLink href={bulkJobsHref} variant="ghost">
                    All bulk jobs
                  </ButtonLink>
                }
              />
            </Suspense>
          ) : (
            <LoadingState label="Loading the job…" />
          )}
        </Card>
      </>
    );
  }

  const { job } = state;
  return (
    <>
      <JobHeader job={job} domainName={domainName} actions={<JobActions job={job} actions={actions} />} />
      <div className="space-y-6">
        {query.isError && (
          <Alert tone="warning" title="Lost contact with the dashboard server">
            {errorMessage(query.error)} The figures below may be out of date; the page keeps trying.
          </Alert>
        )}
        {job.status === "paused" && job.pauseReason && (
          <Alert
            tone="error"
            title="The job is paused"
            actions={
              <Button onClick={() => actions.run("resume")} disabled={actions.action.isPending}>
                {actions.action.isPending && actions.action.variables === "resume" && <Spinner />}
                Resume
              </Button>
            }
          >
            {job.pauseReason}
          </Alert>
        )}
        {job.notice && (
          <Alert tone="warning" role="status">
            {job.notice}
          </Alert>
        )}
        <JobActionError actions={actions} />
        {undownloaded > 0 && (
          <Alert tone="info" role={null} title={`This tab holds ${plural(undownloaded, "generated password")} for this job that you have not downloaded`}>
            They exist nowhere else you can read them back. Download the results with passwords before you close or reload this tab.
          </Alert>
        )}
        {job.status === "cancelled" && job.counts.cancelled > 0 && (
          <Suspense fallback={null}>
            <NotSentRows job={job} rows={rows} tabHasPaste={memory !== undefined} />
          </Suspense>
        )}
        <Card aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="sr-only">
            Progress
          </h2>
          <CardBody>
            <JobProgress job={job} />
          </CardBody>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50 px-5 py-3">
            <JobExport jobId={job.id} memory={memory} held={held} />
          </div>
        </Card>
        <p aria-live="polite" className="sr-only">
          {job.status === "running" ? "" : `Import ${jobStatus(job).label.toLowerCase()}: ${progressWords(tallyBulkJob(job.total, job.counts))}.`}
        </p>
        <JobRowsTable job={job} rows={rows} />
      </div>
    </>
  );
}

function JobHeader({ job, domainName, actions }: { job: Job; domainName: string | undefined; actions: ReactNode }) {
  const status = jobStatus(job);
  return (
    <PageHeader
      breadcrumbs={[{ label: "Bulk jobs", href: bulkJobsHref }]}
      title="Bulk job"
      description={
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Badge dot tone={status.tone} pulse={status.live}>
            {status.label}
          </Badge>
          <span>
            {job.action === "create" ? "" : `${BULK_ACTION_LABELS[job.action]}: `}
            {plural(job.total, "row")} for <span className="font-medium text-slate-900">{domainName ?? "the domain"}</span>, started <LocalDateTime at={job.createdAt} />.
          </span>
        </span>
      }
      actions={
        <>
          {actions}
          <ButtonLink href={domainHref(job.domainId)} variant="secondary">
            {domainName ? `Back to ${domainName}` : "Back to the domain"}
          </ButtonLink>
        </>
      }
    />
  );
}
