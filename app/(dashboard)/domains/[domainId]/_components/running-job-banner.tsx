"use client";
// "A bulk import is running in this domain": the way back to a job from its domain. Asked
// gently (every few seconds while one runs, twice a minute otherwise); nothing when none runs.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { bulkJobHref } from "@/lib/bulk/links";
import { useUnfinishedJobs } from "@/lib/bulk/hooks/use-unfinished-jobs";

export function RunningJobBanner({ domainId }: { domainId: string }) {
  const jobs = useUnfinishedJobs(domainId);
  const unfinished = jobs.data?.jobs ?? [];
  if (unfinished.length === 0) return null;

  return (
    <div className="mb-6 space-y-3">
      {unfinished.map((job) => {
        const { done, total } = job;
        const paused = job.status === "paused";
        return (
          // Not a live region: the counts change every few seconds and would be read out each time.
          <Alert key={job.id} tone={paused ? "warning" : "info"} role={null}>
            <p>
              A bulk import is {paused ? "paused" : "running"} in this domain: {done.toLocaleString("en")} of {total.toLocaleString("en")} done —{" "}
              <Link href={bulkJobHref(job.id)} className={cn("rounded-sm font-semibold underline hover:no-underline", focusRing)}>
                View job
              </Link>
            </p>
          </Alert>
        );
      })}
    </div>
  );
}
