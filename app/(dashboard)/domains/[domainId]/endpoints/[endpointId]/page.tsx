import type { Metadata } from "next";
import { EndpointView } from "./_components/endpoint-view";

export const metadata: Metadata = { title: "Endpoint" };

export default async function EndpointPage({ params }: { params: Promise<{ domainId: string; endpointId: string }> }) {
  const { domainId, endpointId } = await params;
  return <EndpointView domainId={domainId} endpointId={endpointId} />;
}
