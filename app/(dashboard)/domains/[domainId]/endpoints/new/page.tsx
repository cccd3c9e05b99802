import type { Metadata } from "next";
import { endpointFormContext } from "@/lib/endpoints/server/endpoint-form-context";
import { DomainSubpageHeader } from "@/app/(dashboard)/domains/[domainId]/_components/domain-subpage-header";
import { NewEndpointTips } from "./_components/new-endpoint-tips";
import { NewEndpointView } from "./_components/new-endpoint-view";

export const metadata: Metadata = { title: "New endpoint" };

export default async function NewEndpointPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  // Read on the server: the page loads no data library.
  const { domainName, applications } = await endpointFormContext(domainId);
  return (
    <>
      <DomainSubpageHeader domainId={domainId} domainName={domainName} title="New endpoint" before="A SIP endpoint in" after="." />
      <div className="grid gap-6 lg:grid-cols-3">
        <NewEndpointView domainId={domainId} applications={applications} />
        <NewEndpointTips />
      </div>
    </>
  );
}
