import type { Metadata } from "next";
import { EndpointView } from "./_components/endpoint-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Endpoint" };

export default async function EndpointPage({ params }: { params: Promise<{ domainId: string; endpointId: string }> }) {
  const { domainId, endpointId } = await params;
  return (
    <Providers>
      <EndpointView domainId={domainId} endpointId={endpointId} />
    </Providers>
  );
}
