// What the page did with ?from={jobId}: prefilled the paste from this tab's copy of the job,
// or could not (the tab forgot it, or the rows are not in it).
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { bulkJobHref } from "@/lib/bulk/contract";
import { plural } from "@/lib/browser/format";
import type { JobPrefill } from "./use-job-prefill";

export function PrefillNotice({ prefill }: { prefill: JobPrefill }) {
  const job = (
    <Link href={bulkJobHref(prefill.jobId)} className="font-medium underline">
      job {prefill.jobId.slice(0, 8)}
    </Link>
  );
  if (prefill.state === "prefilled") {
    return (
      <Alert tone="info" role="status">
        Prefilled with {plural(prefill.count, "row")} not sent by {job}, from this tab&apos;s copy of its paste. Check them below, then create them.
      </Alert>
    );
  }
  return (
    <Alert tone="warning" role="status" title="Nothing was prefilled">
      {prefill.state === "forgotten" ? (
        <>This tab no longer holds the rows of {job} (the page was reloaded, or the job ran in another tab). The job&apos;s page offers them as a file.</>
      ) : (
        <>None of the rows asked for are in this tab&apos;s copy of {job}.</>
      )}
    </Alert>
  );
}
