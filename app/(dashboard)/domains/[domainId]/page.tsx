import type { Metadata } from "next";
import { DomainView } from "./_components/domain-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Domain" };

export default async function DomainPage({ params }: { params: Promise<{ domainId: string }> }) {
  const { domainId } = await params;
  return (
    <Providers>
      <DomainView domainId={domainId} />
    </Providers>
  );
}
