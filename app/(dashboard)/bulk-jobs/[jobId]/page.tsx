import type { Metadata } from "next";
import { readBulkJob } from "@/lib/bulk/server/job-service";
import { domainNames } from "@/lib/domains/server/account-domains";
import { BulkJobView } from "./_components/bulk-job-view";

export const metadata: Metadata = { title: "Bulk job" };

export default async function BulkJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  // The job itself is polled by the page; the server adds its domain's name (a job it cannot
  // find is said so by the page's own first poll).
  let domainName: string | undefined;
  try {
    const { domainId } = (await readBulkJob(jobId, Number.MAX_SAFE_INTEGER)).job;
    domainName = (await domainNames([domainId])).names.get(domainId);
  } catch {
    domainName = undefined;
  }
  return <BulkJobView jobId={jobId} domainName={domainName} />;
}
