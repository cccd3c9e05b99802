"use client";
import { ButtonLink } from "@/components/ui/button";
import { EnabledBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader, TitleSkeleton } from "@/components/ui/page-header";
import { LoadingState } from "@/components/ui/spinner";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { useEndpoint } from "@/lib/endpoints/hooks/use-endpoint";
import { DeleteEndpoint } from "./delete-endpoint";
import { EditEndpointForm } from "./edit-endpoint-form";
import { EndpointDetails } from "./endpoint-details";
import { domainHref } from "@/lib/endpoints/links";
import { SipSettings } from "./sip-settings";

export function EndpointView({ domainId, endpointId }: { domainId: string; endpointId: string }) {
  const domain = useDomain(domainId);
  const endpoint = useEndpoint(domainId, endpointId);
  const applications = useApplications();
  const breadcrumbs = [
    { label: "Domains", href: "/" },
    { label: domain.data?.name ?? "Domain", href: domainHref(domainId) },
  ];

  if (endpoint.isError && !endpoint.data) {
    return (
      <>
        <PageHeader title="Endpoint" breadcrumbs={breadcrumbs} />
        <Card>
          <ErrorState
            headingLevel={2}
            title="Could not load this endpoint"
            error={endpoint.error}
            onRetry={() => endpoint.refetch()}
            retrying={endpoint.isFetching}
            extra={
              <ButtonLink href={domainHref(domainId)} variant="ghost">
                Back to the domain
              </ButtonLink>
            }
          />
        </Card>
      </>
    );
  }

  if (!endpoint.data) {
    return (
      <>
        <PageHeader title={<TitleSkeleton />} breadcrumbs={breadcrumbs} />
        <Card>
          <LoadingState label="Loading endpoint…" />
        </Card>
      </>
    );
  }

  const data = endpoint.data;
  const applicationName = data.applicationId ? applications.data?.find((a) => a.id === data.applicationId)?.name : undefined;
  return (
    <>
      <PageHeader
        breadcrumbs={breadcrumbs}
        title={<span className="font-mono">{data.name}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EnabledBadge enabled={data.enabled} />
            <span className="font-mono break-all">{data.sipUri}</span>
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <EndpointDetails endpoint={data} applicationName={applicationName} />
          {/* The form edits what Catapult confirmed, not the list's quick preview. */}
          {endpoint.isPlaceholderData ? (
            <Card>
              <LoadingState label="Loading current settings…" />
            </Card>
          ) : (
            <EditEndpointForm endpoint={data} />
          )}
        </div>
        <div className="space-y-6 lg:col-span-2">
          <SipSettings endpoint={data} />
          <DeleteEndpoint endpoint={data} />
        </div>
      </div>
    </>
  );
}
