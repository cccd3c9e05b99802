// An endpoint's page, as Catapult has it, read on the server: its details and SIP settings
// (plain HTML with copy buttons), the edit form and Delete (the parts that run in the browser).
import { EnabledBadge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import type { Application } from "@/lib/applications/contract";
import type { Endpoint } from "@/lib/endpoints/contract";
import { domainHref } from "@/lib/endpoints/links";
import { DeleteEndpoint } from "./delete-endpoint";
import { EditEndpointForm } from "./edit-endpoint-form";
import { EndpointDetails } from "./endpoint-details";
import { SipSettings } from "./sip-settings";

interface EndpointViewProps {
  endpoint: Endpoint;
  domainName: string | undefined;
  /** Undefined when Catapult could not be read (the form offers Retry). */
  applications: readonly Application[] | undefined;
}

export function EndpointView({ endpoint, domainName, applications }: EndpointViewProps) {
  const applicationName = endpoint.applicationId ? applications?.find((a) => a.id === endpoint.applicationId)?.name : undefined;
  return (
    <>
      <PageHeader
        breadcrumbs={endpointBreadcrumbs(endpoint.domainId, domainName)}
        title={<span className="font-mono">{endpoint.name}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EnabledBadge enabled={endpoint.enabled} />
            <span className="font-mono break-all">{endpoint.sipUri}</span>
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <EndpointDetails endpoint={endpoint} applicationName={applicationName} />
          <EditEndpointForm endpoint={endpoint} applications={applications} />
        </div>
        <div className="space-y-6 lg:col-span-2">
          <SipSettings endpoint={endpoint} />
          <DeleteEndpoint endpoint={endpoint} />
        </div>
      </div>
    </>
  );
}

export function endpointBreadcrumbs(domainId: string, domainName: string | undefined) {
  return [
    { label: "Domains", href: "/" },
    { label: domainName ?? "Domain", href: domainHref(domainId) },
  ];
}
