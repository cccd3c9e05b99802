import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { accountApplications } from "@/lib/applications/server/account-applications";
import { domainNames } from "@/lib/domains/server/account-domains";
import { domainHref } from "@/lib/endpoints/links";
import { getEnv } from "@/lib/env";
import { BulkImportView } from "./_components/bulk-import-view";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  // Read on the server (either may be missing when Catapult cannot answer: the page then says
  // "this domain", and the preview warns about the applications, with Retry).
  const [{ names }, applications] = await Promise.all([domainNames([domainId]), accountApplications()]);
  const domainName = names.get(domainId);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Domains", href: "/" },
          { label: domainName ?? "Domain", href: domainHref(domainId) },
        ]}
        title="Bulk import"
        description={
          <>
            Create many endpoints in <span className="font-medium break-all text-slate-900">{domainName ?? "this domain"}</span> from a spreadsheet or a CSV file. Rows
            are checked here before anything is sent.
          </>
        }
      />
      {/* The pace the server's runner keeps, for the page's time estimate (a number, no secret). */}
      <BulkImportView domainId={domainId} domainName={domainName} applications={applications} ratePerSecond={getEnv().catapult.ratePerSecond} />
    </>
  );
}
