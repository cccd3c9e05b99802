"use client";
// "Download results": the server's export of the job's rows, completed here in the browser,
// while this tab still has the job's paste, with the rows the preview refused (and why) and,
// if wanted, the passwords it generated (tab-export.tsx, loaded only then). Without the paste
// (another tab, a reload), the server's file as it is.
import { lazy, Suspense, useSyncExternalStore } from "react";
import { buttonClasses } from "@/components/ui/button";
import { downloadedPasswordRows, type JobTabMemory, jobTabMemory, subscribeToJobTabMemory } from "@/lib/bulk/hooks/job-tab-memory";
import { jobExportFilename, jobExportPath } from "@/lib/bulk/hooks/job-export";

const TabExport = lazy(() => import("./tab-export"));

/** What this tab keeps of the job (none while rendering on the server, or after a reload). */
export function useJobTabMemory(jobId: string): JobTabMemory | undefined {
  return useSyncExternalStore(subscribeToJobTabMemory, () => jobTabMemory(jobId), () => undefined);
}

/** Source rows whose generated password is already in a file this tab saved. */
export function useDownloadedPasswordRows(jobId: string): ReadonlySet<number> {
  return useSyncExternalStore(subscribeToJobTabMemory, () => downloadedPasswordRows(jobId), () => downloadedPasswordRows(jobId));
}

/** `held`: the generated passwords this tab holds for rows that were (or may yet be) created. */
export function JobExport({ jobId, memory, held }: { jobId: string; memory: JobTabMemory | undefined; held: ReadonlyMap<number, string> | undefined }) {
  const serverFile = (
    <a href={jobExportPath(jobId)} download={jobExportFilename(jobId)} className={buttonClasses({ variant: "secondary" })}>
      Download results
    </a>
  );
  if (!memory) {
    return (
      <div className="space-y-1">
        {serverFile}
        <p className="text-sm text-slate-600">Rows the preview refused are not included: this tab no longer has the paste they came from.</p>
      </div>
    );
  }
  const loading = (
    <button type="button" disabled className={buttonClasses({ variant: "secondary" })}>
      Download results
    </button>
  );
  return (
    <Suspense fallback={loading}>
      <TabExport jobId={jobId} memory={memory} held={held} />
    </Suspense>
  );
}
