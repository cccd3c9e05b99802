"use client";
// The live part of a domain's page, under the header the server rendered: the endpoint list
// (polled from the dashboard's cache of it, lib/endpoints/hooks/use-endpoints.ts), the notice
// of an endpoint just deleted, a running job's banner, and deleting the domain.
import { lazy, Suspense } from "react";
import type { Application } from "@/lib/applications/contract";
import type { Domain } from "@/lib/domains/contract";
import { useEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import type { EndpointListPage } from "@/lib/endpoints/list-view";
import { DeleteDomain } from "./delete-domain";
import { EndpointsPanel } from "./endpoints-panel";
import { RunningJobBanner } from "./running-job-banner";
import { useDomainPageUrl } from "./use-domain-page-url";

// Shown after an endpoint's page deleted one, and loaded then (domain-notices.tsx).
const DeletedNotice = lazy(async () => ({ default: (await import("./domain-notices")).DeletedNotice }));

interface DomainViewProps {
  domain: Domain;
  /** Undefined when Catapult could not list them: the table shows ids. */
  applications: Application[] | undefined;
  /** The cached list's page for the URL the page opened with, when the cache is whole. */
  preview: EndpointListPage | null;
}

export function DomainView({ domain, applications, preview }: DomainViewProps) {
  const endpoints = useEndpoints(domain.id);
  const url = useDomainPageUrl();
  const view = endpoints.data;
  const deleted = url.filters.deleted;

  return (
    <>
      {deleted && (
        <Suspense fallback={null}>
          <DeletedNotice name={deleted} onDismiss={() => url.set({ deleted: "" }, { now: true })} />
        </Suspense>
      )}
      <RunningJobBanner domainId={domain.id} />
      <EndpointsPanel domain={domain} endpoints={endpoints} applications={applications} preview={preview} url={url} />
      <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-6">
        <p className="text-sm text-slate-600">Deleting the domain takes its SIP registrations with it; Catapult decides what happens to its endpoints.</p>
        <DeleteDomain domain={domain} endpointCount={view?.complete ? view.endpoints.length : undefined} />
      </div>
    </>
  );
}
