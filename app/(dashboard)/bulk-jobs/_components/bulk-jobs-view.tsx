// Every bulk job, newest first: the way back to a job, including one that created nothing.
// Rendered on the server; the page number is in the URL (?page=), so a reload or a shared link
// shows the same page. While a listed job is unfinished the page renders itself again every
// few seconds, so its counts move.
import { ButtonLink } from "@/components/ui/button";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UploadIcon } from "@/components/ui/icons/upload";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { BULK_JOBS_PAGE_SIZE, type BulkJobListResponse } from "@/lib/bulk/contract";
import { plural } from "@/lib/browser/format";
import { BulkJobsTable } from "./bulk-jobs-table";

const REFRESH_WHILE_UNFINISHED_MS = 3_000;

export function BulkJobsView({ page, list, domainNames }: { page: number; list: BulkJobListResponse; domainNames: ReadonlyMap<string, string> }) {
  const unfinished = list.jobs.some((j) => j.status === "running" || j.status === "paused");
  return (
    <>
      <PageHeader title="Bulk jobs" description="Every bulk import, newest first, with what became of its rows. Start one from a domain's page." />
      <Card aria-labelledby="jobs-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-4">
          <h2 id="jobs-heading" className="text-base font-semibold text-slate-900">
            Jobs
          </h2>
          <p aria-live="polite" className="text-sm text-slate-600">
            {plural(list.total, "job")}
          </p>
        </div>
        {unfinished && <AutoRefresh everyMs={REFRESH_WHILE_UNFINISHED_MS} />}
        {list.jobs.length === 0 ? (
          <EmptyState
            icon={<UploadIcon className="size-5" />}
            title={list.total > 0 ? "No jobs on this page" : "No bulk jobs yet"}
            description="A bulk import creates many endpoints from pasted rows. Open a domain and choose Bulk import."
            action={
              <ButtonLink href={list.total > 0 ? "/bulk-jobs" : "/"} variant="secondary">
                {list.total > 0 ? "First page" : "Go to Domains"}
              </ButtonLink>
            }
          />
        ) : (
          <>
            <BulkJobsTable jobs={list.jobs} domainNames={domainNames} />
            <Pagination
              page={page - 1}
              pageSize={BULK_JOBS_PAGE_SIZE}
              total={list.total}
              noun="bulk jobs"
              pageHref={(to) => (to === 0 ? "/bulk-jobs" : `/bulk-jobs?page=${to + 1}`)}
            />
          </>
        )}
      </Card>
    </>
  );
}
