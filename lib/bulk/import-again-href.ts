// The link that starts a new import with some rows of a job (the ones a cancel left unsent):
// the bulk page takes those rows' lines from this tab's copy of the job's paste
// (job-tab-memory). Only row numbers travel in the URL, never a cell.
import { bulkImportHref } from "@/lib/endpoints/links";

/** The query keys: `from` is the job, `rows` its source rows ("3,4,9"). */
export const IMPORT_AGAIN_PARAMS = { from: "from", rows: "rows" } as const;

export function importAgainHref(domainId: string, jobId: string, sourceRows: readonly number[]): string {
  const query = new URLSearchParams({ [IMPORT_AGAIN_PARAMS.from]: jobId, [IMPORT_AGAIN_PARAMS.rows]: sourceRows.join(",") });
  // Commas stay readable: they are the list separator the page reads.
  return `${bulkImportHref(domainId)}?${query.toString().replaceAll("%2C", ",")}`;
}
