import type { Metadata } from "next";
import { NewEndpointView } from "./_components/new-endpoint-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "New endpoint" };

export default async function NewEndpointPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  return (
    <Providers>
      <NewEndpointView domainId={domainId} />
    </Providers>
  );
}
