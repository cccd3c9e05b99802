"use client";
// The notices a domain's page shows only now and then, loaded when there is one to show (most
// visits have none): an endpoint just deleted, and the bulk jobs running in the domain.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { BulkJobSummary } from "@/lib/bulk/contract";
import { bulkJobHref } from "@/lib/bulk/links";

/** After a delete the endpoint page comes back to its domain with ?deleted=<name>. */
export function DeletedNotice({ name, onDismiss }: { name: string; onDismiss: () => void }) {
  return (
    <Alert tone="success" className="mb-6" onDismiss={onDismiss}>
      Endpoint <strong className="font-semibold">{name}</strong> was deleted.
    </Alert>
  );
}

/** "A bulk import is running in this domain": the way back to a job from its domain. */
export function RunningJobNotices({ jobs }: { jobs: readonly BulkJobSummary[] }) {
  return (
    <div className="mb-6 space-y-3">
      {jobs.map((job) => {
        const paused = job.status === "paused";
        return (
          // Not a live region: the counts change every few seconds and would be read out each time.
          <Alert key={job.id} tone={paused ? "warning" : "info"} role={null}>
            <p>
              A bulk import is {paused ? "paused" : "running"} in this domain: {job.done.toLocaleString("en")} of {job.total.toLocaleString("en")} done —{" "}
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
