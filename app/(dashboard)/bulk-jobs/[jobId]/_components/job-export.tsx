"use client";
// "Download results": the server's export of the job's rows, completed here in the browser,
// while this tab still has the job's paste, with the rows the preview refused (and why) and,
// if wanted, the passwords it generated. Without the paste, the server's file as it is.
import { useState, useSyncExternalStore } from "react";
import { plural } from "@/lib/browser/format";
import { Button, buttonClasses } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { downloadedPasswordRows, type JobTabMemory, jobTabMemory, markPasswordsDownloaded, subscribeToJobTabMemory } from "@/lib/bulk/hooks/job-tab-memory";
import { completeJobExport, fetchJobExport, jobExportFilename, jobExportPath } from "@/lib/bulk/hooks/job-export";
import { saveTextFile } from "@/lib/browser/save-text-file";

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
  const [includePasswords, setIncludePasswords] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!memory) {
    return (
      <div className="space-y-1">
        <a href={jobExportPath(jobId)} download={jobExportFilename(jobId)} className={buttonClasses({ variant: "secondary" })}>
          Download results
        </a>
        <p className="text-sm text-slate-600">Rows the preview refused are not included: this tab no longer has the paste they came from.</p>
      </div>
    );
  }

  const withPasswords = includePasswords && held !== undefined && held.size > 0;
  async function download(refused: JobTabMemory["refused"]) {
    setBusy(true);
    setError(null);
    try {
      const { csv, passwordRows } = await completeJobExport(await fetchJobExport(jobId), { refused, passwords: withPasswords ? held : undefined });
      saveTextFile(csv, jobExportFilename(jobId, withPasswords));
      if (passwordRows.length > 0) markPasswordsDownloaded(jobId, passwordRows);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button variant="secondary" onClick={() => download(memory.refused)} disabled={busy}>
          {busy && <Spinner />}
          Download results
        </Button>
        {held && held.size > 0 && (
          <Checkbox
            label={`Include the ${plural(held.size, "generated password")} this tab still holds`}
            checked={includePasswords}
            onChange={(event) => setIncludePasswords(event.target.checked)}
          />
        )}
      </div>
      {memory.refused.length > 0 && <p className="text-sm text-slate-600">Every pasted row is in the file: the {plural(memory.refused.length, "row")} the preview refused too, with the reasons.</p>}
      {error && <FieldError>{error}</FieldError>}
    </div>
  );
}
