import type { Metadata } from "next";
import { DomainView } from "./_components/domain-view";

export const metadata: Metadata = { title: "Domain" };

export default async function DomainPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  return <DomainView domainId={domainId} />;
}
