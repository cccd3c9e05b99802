import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { accountApplications } from "@/lib/applications/server/account-applications";
import { domainNames } from "@/lib/domains/server/account-domains";
import { domainHref } from "@/lib/endpoints/links";
import { NewEndpointTips } from "./_components/new-endpoint-tips";
import { NewEndpointView } from "./_components/new-endpoint-view";

export const metadata: Metadata = { title: "New endpoint" };

export default async function NewEndpointPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  // Read on the server: the page loads no data library. Either may be missing when Catapult
  // cannot answer: the header then says "this domain", the application field offers Retry.
  const [{ names }, applications] = await Promise.all([domainNames([domainId]), accountApplications()]);
  const domainName = names.get(domainId);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Domains", href: "/" },
          { label: domainName ?? "Domain", href: domainHref(domainId) },
        ]}
        title="New endpoint"
        description={
          <>
            A SIP endpoint in <span className="font-medium text-slate-900">{domainName ?? "this domain"}</span>.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <NewEndpointView domainId={domainId} applications={applications} />
        <NewEndpointTips />
      </div>
    </>
  );
}
