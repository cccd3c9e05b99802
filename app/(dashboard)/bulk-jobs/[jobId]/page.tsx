import type { Metadata } from "next";
import { BulkJobView } from "./_components/bulk-job-view";

export const metadata: Metadata = { title: "Bulk job" };

export default async function BulkJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  return <BulkJobView jobId={jobId} />;
}
