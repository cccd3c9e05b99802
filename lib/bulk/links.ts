// Dashboard page addresses for bulk jobs, in one place (lib/endpoints/links.ts has the
// domains' and endpoints').
import { bulkImportHref } from "@/lib/endpoints/links";

export const bulkJobsHref = "/bulk-jobs";
export const bulkJobHref = (jobId: string) => `${bulkJobsHref}/${encodeURIComponent(jobId)}`;

/**
 * A new import of the rows a job did not send, prefilled by the bulk page from this tab's copy
 * of the paste (job-tab-memory): the job and the rows' source row numbers, comma-separated.
 */
export const importNotSentHref = (domainId: string, jobId: string, sourceRows: readonly number[]) =>
  `${bulkImportHref(domainId)}?from=${encodeURIComponent(jobId)}&rows=${sourceRows.join(",")}`;
