import type { Metadata } from "next";
import { getEnv } from "@/lib/env";
import { endpointFormContext } from "@/lib/endpoints/server/endpoint-form-context";
import { DomainSubpageHeader } from "@/app/(dashboard)/domains/[domainId]/_components/domain-subpage-header";
import { BulkImportView } from "./_components/bulk-import-view";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  const { domainName, applications } = await endpointFormContext(domainId);
  return (
    <>
      <DomainSubpageHeader
        domainId={domainId}
        domainName={domainName}
        title="Bulk import"
        before="Create many endpoints in"
        after=" from a spreadsheet or a CSV file. Rows are checked here before anything is sent."
      />
      {/* The pace the server's runner keeps, for the page's time estimate (a number, no secret). */}
      <BulkImportView domainId={domainId} domainName={domainName} applications={applications} ratePerSecond={getEnv().catapult.ratePerSecond} />
    </>
  );
}
