"use client";
import { useQueryState } from "nuqs";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon } from "@/components/ui/icons/plus";
import { UploadIcon } from "@/components/ui/icons/upload";
import { PageHeader, TitleSkeleton } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { bulkImportHref, newEndpointHref } from "@/lib/endpoints/links";
import { EndpointsPanel } from "./endpoints-panel";
import { ExportEndpointsMenu } from "./export-endpoints-menu";
import { DeleteDomain } from "./delete-domain";
import { RunningJobBanner } from "./running-job-banner";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { useEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import type { EndpointListPage } from "@/lib/endpoints/list-view";

export function DomainView({ domainId, preview }: { domainId: string; preview: EndpointListPage | null }) {
  // The domain lookup and the endpoint list's pages share Catapult's 1 request/s: the lookup
  // waits for the list's first answer, by which time a first read has queued its first page,
  // so the first rows come after one request, not two.
  const endpoints = useEndpoints(domainId);
  const domain = useDomain(domainId, { enabled: endpoints.data !== undefined || endpoints.isError });

  if (domain.isError) {
    return (
      <>
        <PageHeader title="Domain" breadcrumbs={[{ label: "Domains", href: "/" }]} />
        <Card>
          <ErrorState
            headingLevel={2}
            title="Could not load this domain"
            error={domain.error}
            onRetry={() => domain.refetch()}
            retrying={domain.isFetching}
            extra={
              <ButtonLink href="/" variant="ghost">
                Back to domains
              </ButtonLink>
            }
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Domains", href: "/" }]}
        title={domain.data?.name ?? <TitleSkeleton />}
        description={domain.data ? domain.data.description || "No description" : <Skeleton className="mt-2 h-4 w-72" />}
        actions={
          <>
            <ExportEndpointsMenu domainId={domainId} />
            <ButtonLink href={bulkImportHref(domainId)} variant="secondary">
              <UploadIcon />
              Bulk import
            </ButtonLink>
            <ButtonLink href={newEndpointHref(domainId)}>
              <PlusIcon />
              New endpoint
            </ButtonLink>
          </>
        }
      />
      <DeletedNotice />
      <RunningJobBanner domainId={domainId} />
      <EndpointsPanel domainId={domainId} domainName={domain.data?.name} preview={preview} />
      {domain.data && (
        <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-6">
          <p className="text-sm text-slate-600">Deleting the domain takes its SIP registrations with it; Catapult decides what happens to its endpoints.</p>
          <DeleteDomain domain={domain.data} />
        </div>
      )}
    </>
  );
}

/** After a delete the endpoint page comes back here with ?deleted=<name>. */
function DeletedNotice() {
  const [deleted, setDeleted] = useQueryState("deleted");
  if (!deleted) return null;
  const dismiss = () => void setDeleted(null);

  return (
    <Alert tone="success" className="mb-6" onDismiss={dismiss}>
      Endpoint <strong className="font-semibold">{deleted}</strong> was deleted.
    </Alert>
  );
}
