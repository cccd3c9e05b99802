import type { Metadata } from "next";
import { BulkJobsView } from "./_components/bulk-jobs-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Bulk jobs" };

export default function BulkJobsPage() {
  return (
    <Providers>
      <BulkJobsView />
    </Providers>
  );
}
