// A job's results files: the server's export and the not-sent rows (their paths and names),
// and which of the passwords this tab generated still matter. Completing the export in the
// browser (complete-job-export.ts) is loaded when a download is asked for.
import type { BulkJobRow, BulkRowStatus } from "@/lib/bulk/contract";
import { bulkJobApiPath } from "./query-keys";

export const jobExportPath = (jobId: string) => `${bulkJobApiPath(jobId)}/export`;
export const jobExportFilename = (jobId: string, withPasswords = false) => `bulk-job-${jobId.slice(0, 8)}${withPasswords ? "-with-passwords" : ""}.csv`;
export const notSentPath = (jobId: string) => `${bulkJobApiPath(jobId)}/not-sent`;
export const notSentFilename = (jobId: string) => `bulk-job-${jobId.slice(0, 8)}-not-sent.csv`;

// Rows whose endpoint has (or may yet get) the generated password (created, or rotated:
// "updated"); a skipped, failed or cancelled row's password belongs to no endpoint.
const MAY_BE_CREATED: ReadonlySet<string> = new Set<BulkRowStatus>(["created", "already_existed", "updated", "pending", "in_flight"]);

/** The held passwords that still matter for the job's rows. */
export function passwordsThatMatter(rows: Iterable<BulkJobRow>, held: ReadonlyMap<number, string>): Map<number, string> {
  const matter = new Map<number, string>();
  for (const row of rows) {
    const password = held.get(row.sourceRow);
    if (password !== undefined && MAY_BE_CREATED.has(row.status)) matter.set(row.sourceRow, password);
  }
  return matter;
}
