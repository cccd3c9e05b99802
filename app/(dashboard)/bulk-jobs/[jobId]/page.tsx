import type { Metadata } from "next";
import { BulkJobView } from "./_components/bulk-job-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Bulk job" };

export default async function BulkJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  return (
    <Providers>
      <BulkJobView jobId={jobId} />
    </Providers>
  );
}
