"use client";
// A bulk job's page: everything comes from the server (polled), so the admin can leave and
// come back; only the generated passwords live in this tab.
import { type ReactNode, useMemo } from "react";
import { plural } from "@/lib/browser/format";
import { Badge } from "@/components/ui/badge";
import { domainHref } from "@/lib/endpoints/links";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import type { BulkJobSnapshot as Job } from "@/lib/bulk/contract";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { passwordsThatMatter } from "@/lib/bulk/hooks/job-export";
import { useBulkJob } from "@/lib/bulk/hooks/use-bulk-job";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { JobActionError, JobActions, useJobActions } from "./job-actions";
import { JobExport, useHeldPasswords } from "./job-export";
import { JobProgress } from "./job-progress";
import { JobRowsTable } from "./job-rows-table";
import { jobStatus } from "./statuses";

export function BulkJobView({ jobId }: { jobId: string }) {
  const query = useBulkJob(jobId);
  const actions = useJobActions(jobId);
  const heldAll = useHeldPasswords(jobId);
  const state = query.data;
  const rows = useMemo(() => (state ? [...state.rows.values()] : []), [state]);
  const held = useMemo(() => (heldAll ? passwordsThatMatter(rows, heldAll) : undefined), [rows, heldAll]);

  if (!state) {
    return (
      <>
        <PageHeader title="Bulk job" breadcrumbs={[{ label: "Domains", href: "/" }]} />
        <Card>
          {query.isError ? (
            <ErrorState
              title={query.error instanceof ApiRequestError && query.error.status === 404 ? "There is no such bulk job" : "Could not load this bulk job"}
              error={query.error}
              onRetry={() => query.refetch()}
              retrying={query.isFetching}
              extra={
                <ButtonLink href="/history" variant="ghost">
                  Go to History
                </ButtonLink>
              }
            />
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
      <JobHeader job={job} actions={<JobActions job={job} actions={actions} />} />
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
        {held && held.size > 0 && (
          <Alert tone="info" role={null} title={`This tab holds ${plural(held.size, "generated password")} for this job`}>
            They exist nowhere else you can read them back. Download the CSV with passwords before you close or reload this tab.
          </Alert>
        )}
        <Card aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="sr-only">
            Progress
          </h2>
          <CardBody>
            <JobProgress job={job} />
          </CardBody>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50 px-5 py-3">
            <JobExport jobId={job.id} held={held} />
          </div>
        </Card>
        <p aria-live="polite" className="sr-only">
          {job.status === "running" ? "" : `Import ${jobStatus(job).label.toLowerCase()}: ${job.counts.created} created, ${job.counts.failed} failed.`}
        </p>
        <JobRowsTable job={job} rows={rows} />
      </div>
    </>
  );
}

function JobHeader({ job, actions }: { job: Job; actions: ReactNode }) {
  const domain = useDomain(job.domainId);
  const status = jobStatus(job);
  const domainName = domain.data?.name ?? "Domain";
  return (
    <PageHeader
      breadcrumbs={[
        { label: "Domains", href: "/" },
        { label: domainName, href: domainHref(job.domainId) },
      ]}
      title="Bulk job"
      description={
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Badge dot tone={status.tone} pulse={status.live}>
            {status.label}
          </Badge>
          <span>
            {plural(job.total, "row")} for <span className="font-medium text-slate-900">{domain.data?.name ?? "the domain"}</span>, started{" "}
            {new Date(job.createdAt).toLocaleString()}.
          </span>
        </span>
      }
      actions={
        <>
          {actions}
          <ButtonLink href={domainHref(job.domainId)} variant="secondary">
            Domain
          </ButtonLink>
        </>
      }
    />
  );
}
