"use client";
// Every bulk job, newest first: the way back to a job, including one that created nothing.
// The page number lives in the URL (?page=), so a reload or a shared link shows the same page.
import { parseAsInteger, useQueryState } from "nuqs";
import { useMemo } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import { BULK_JOBS_PAGE_SIZE } from "@/lib/bulk/contract";
import { plural } from "@/lib/browser/format";
import { useBulkJobs } from "@/lib/bulk/hooks/use-bulk-jobs";
import { useDomains } from "@/lib/domains/hooks/use-domains";
import { BulkJobsTable } from "./bulk-jobs-table";

const POLL = { whileUnfinishedMs: 3_000, idleMs: false } as const;

export function BulkJobsView() {
  const [page, setPage] = useQueryState("page", parseAsInteger.withDefault(1));
  const current = Math.max(1, page);
  const jobs = useBulkJobs({ page: current }, POLL);
  const domains = useDomains();
  const domainNames = useMemo(() => new Map((domains.data ?? []).map((d) => [d.id, d.name])), [domains.data]);
  const total = jobs.data?.total ?? 0;

  return (
    <>
      <PageHeader title="Bulk jobs" description="Every bulk import, newest first, with what became of its rows. Start one from a domain's page." />
      <Card aria-labelledby="jobs-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-4">
          <h2 id="jobs-heading" className="text-base font-semibold text-slate-900">
            Jobs
          </h2>
          <p aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600">
            {jobs.isFetching && !jobs.isPending && <Spinner className="text-indigo-600" />}
            {jobs.isSuccess ? plural(total, "job") : "\u00a0"}
          </p>
        </div>
        {jobs.isPending ? (
          <LoadingState label="Loading the bulk jobs…" />
        ) : jobs.isError && !jobs.data ? (
          <ErrorState title="Could not load the bulk jobs" error={jobs.error} onRetry={() => jobs.refetch()} retrying={jobs.isFetching} />
        ) : jobs.data.jobs.length === 0 ? (
          <EmptyState
            icon={<UploadIcon className="size-5" />}
            title={total > 0 ? "No jobs on this page" : "No bulk jobs yet"}
            description="A bulk import creates many endpoints from pasted rows. Open a domain and choose Bulk import."
            action={
              <ButtonLink href={total > 0 ? "/bulk-jobs" : "/"} variant="secondary">
                {total > 0 ? "First page" : "Go to Domains"}
              </ButtonLink>
            }
          />
        ) : (
          <div className={cn("transition-opacity", jobs.isPlaceholderData && "opacity-60")}>
            <BulkJobsTable jobs={jobs.data.jobs} domainNames={domainNames} />
            <Pagination page={current - 1} pageSize={BULK_JOBS_PAGE_SIZE} total={total} noun="bulk jobs" onPageChange={(next) => void setPage(next === 0 ? null : next + 1)} />
          </div>
        )}
      </Card>
    </>
  );
}
