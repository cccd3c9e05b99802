import type { Metadata } from "next";
import { NewEndpointView } from "@/components/endpoints/new-endpoint-view";

export const metadata: Metadata = { title: "New endpoint" };

export default async function NewEndpointPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  return <NewEndpointView domainId={domainId} />;
}
