"use client";
// "Download CSV": the server's export, plus, when this tab still holds the passwords it
// generated for the job, a `password` column filled in here in the browser.
import { useState, useSyncExternalStore } from "react";
import { plural } from "@/lib/browser/format";
import { Button, buttonClasses } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { jobTabMemory } from "@/lib/bulk/hooks/job-tab-memory";
import { addPasswordColumn, fetchJobExport, jobExportFilename, jobExportPath } from "@/lib/bulk/hooks/job-export";
import { saveTextFile } from "@/lib/browser/save-text-file";

const noSubscription = () => () => {};

/** The generated passwords this tab holds for the job (none while rendering on the server). */
export function useHeldPasswords(jobId: string) {
  return useSyncExternalStore(noSubscription, () => jobTabMemory(jobId)?.generatedPasswords, () => undefined);
}

/** `held`: the generated passwords this tab holds for rows that were (or may yet be) created. */
export function JobExport({ jobId, held }: { jobId: string; held: ReadonlyMap<number, string> | undefined }) {
  const [includePasswords, setIncludePasswords] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function downloadWithPasswords(passwords: ReadonlyMap<number, string>) {
    setBusy(true);
    setError(null);
    try {
      saveTextFile(addPasswordColumn(await fetchJobExport(jobId), passwords), jobExportFilename(jobId, true));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (!held || held.size === 0) {
    return (
      <a href={jobExportPath(jobId)} download={jobExportFilename(jobId)} className={buttonClasses({ variant: "secondary" })}>
        Download CSV
      </a>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {includePasswords ? (
          <Button variant="secondary" onClick={() => downloadWithPasswords(held)} disabled={busy}>
            {busy && <Spinner />}
            Download CSV
          </Button>
        ) : (
          <a href={jobExportPath(jobId)} download={jobExportFilename(jobId)} className={buttonClasses({ variant: "secondary" })}>
            Download CSV
          </a>
        )}
        <Checkbox
          label={`Include the ${plural(held.size, "generated password")} this tab still holds`}
          checked={includePasswords}
          onChange={(event) => setIncludePasswords(event.target.checked)}
        />
      </div>
      {error && <FieldError>{error}</FieldError>}
    </div>
  );
}
