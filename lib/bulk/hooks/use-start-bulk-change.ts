// Starting a bulk change on selected endpoints (POST /api/bulk-jobs with an action). For a
// password rotation the new passwords are generated here, in the browser, and kept only in
// this tab's memory (job-tab-memory), so the job page can offer them in its results file.
import { useCreateBulkJob } from "./use-create-bulk-job";
import { rememberJob } from "./job-tab-memory";
import type { BulkChangeAction } from "@/lib/bulk/contract";
import { generatePassword } from "@/lib/endpoints/generate-password";

export type BulkChange = { action: Exclude<BulkChangeAction, "set-application"> } | { action: "set-application"; applicationId: string | null };

export function useStartBulkChange(domainId: string) {
  const create = useCreateBulkJob();
  const start = (change: BulkChange, endpointIds: readonly string[], onStarted: (job: { id: string; url: string }) => void) => {
    if (change.action === "rotate-password") {
      const passwords = endpointIds.map(() => generatePassword());
      const rows = endpointIds.map((endpointId, i) => ({ endpointId, password: passwords[i]! }));
      return create.mutate(
        { action: "rotate-password", domainId, rows },
        {
          onSuccess: (job) => {
            // Source rows are 1-based positions in the request, as the server numbers them.
            rememberJob(job.id, { generatedPasswords: new Map(passwords.map((p, i) => [i + 1, p])), pasteText: "", refused: [] });
            onStarted(job);
          },
        },
      );
    }
    const body = change.action === "set-application" ? { action: change.action, applicationId: change.applicationId } : { action: change.action };
    create.mutate({ ...body, domainId, rows: [...endpointIds] }, { onSuccess: onStarted });
  };
  return { start, mutation: create };
}
