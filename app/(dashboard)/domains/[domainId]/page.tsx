import type { Metadata } from "next";
import { createLoader } from "nuqs/server";
import { endpointListUrlState } from "@/lib/endpoints/list-view";
import { previewEndpointList } from "@/lib/endpoints/server/endpoint-list-preview";
import { DomainView } from "./_components/domain-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Domain" };

const loadListState = createLoader(endpointListUrlState);

export default async function DomainPage({ params, searchParams }: { params: Promise<{ domainId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { domainId } = await params;
  // A cached list's first rows come with the page (the whole list follows from the browser).
  const preview = await previewEndpointList(domainId, loadListState(await searchParams));
  return (
    <Providers>
      <DomainView domainId={domainId} preview={preview} />
    </Providers>
  );
}
