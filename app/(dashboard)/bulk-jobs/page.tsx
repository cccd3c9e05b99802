import type { Metadata } from "next";
import { BulkJobsView } from "./_components/bulk-jobs-view";

export const metadata: Metadata = { title: "Bulk jobs" };

export default function BulkJobsPage() {
  return <BulkJobsView />;
}
