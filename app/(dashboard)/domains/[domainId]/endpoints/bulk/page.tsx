import type { Metadata } from "next";
import { BulkImportView } from "./_components/bulk-import-view";
import { getEnv } from "@/lib/env";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  // The pace the server's runner keeps, for the page's time estimate (a number, no secret).
  return (
    <Providers>
      <BulkImportView domainId={domainId} ratePerSecond={getEnv().catapult.ratePerSecond} />
    </Providers>
  );
}
