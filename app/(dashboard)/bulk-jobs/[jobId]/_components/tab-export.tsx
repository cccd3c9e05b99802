"use client";
// "Download results" while this tab still has the job's paste: the server's export completed
// with the rows the preview refused (and why) and, if wanted, the passwords it generated.
// Loaded by job-export.tsx only in that tab.
import { useState } from "react";
import { plural } from "@/lib/browser/format";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { completeJobExport, fetchJobExport } from "@/lib/bulk/hooks/complete-job-export";
import { jobExportFilename } from "@/lib/bulk/hooks/job-export";
import { type JobTabMemory, markPasswordsDownloaded } from "@/lib/bulk/hooks/job-tab-memory";
import { saveTextFile } from "@/lib/browser/save-text-file";

/** `held`: the generated passwords this tab holds for rows that were (or may yet be) created. */
export default function TabExport({ jobId, memory, held }: { jobId: string; memory: JobTabMemory; held: ReadonlyMap<number, string> | undefined }) {
  const [includePasswords, setIncludePasswords] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
