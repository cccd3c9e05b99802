import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RetryErrorState } from "@/components/ui/retry-error-state";
import { readId } from "@/lib/api/server/read-input";
import { accountApplications } from "@/lib/applications/server/account-applications";
import { getCatapult } from "@/lib/catapult";
import { describePageFailure } from "@/lib/catapult/describe-failure";
import { domainNames } from "@/lib/domains/server/account-domains";
import type { Endpoint } from "@/lib/endpoints/contract";
import { domainHref } from "@/lib/endpoints/links";
import { EndpointView, endpointBreadcrumbs } from "./_components/endpoint-view";

export const metadata: Metadata = { title: "Endpoint" };

export default async function EndpointPage({ params }: { params: Promise<{ domainId: string; endpointId: string }> }) {
  const { domainId, endpointId } = await params;
  // Read on the server, fresh from Catapult: the page loads no data library, and a save renders it again.
  // Ids are checked before anything is sent to Catapult, as the API does.
  const readEndpoint = async (): Promise<Endpoint> => getCatapult().getEndpoint(readId(domainId, "domainId"), readId(endpointId, "endpointId"));
  const [read, { names }] = await Promise.all([
    readEndpoint().then((endpoint) => ({ endpoint }), (error: unknown) => ({ error })),
    domainNames([domainId]),
  ]);
  if ("error" in read) {
    return (
      <>
        <PageHeader title="Endpoint" breadcrumbs={endpointBreadcrumbs(domainId, names.get(domainId))} />
        <Card>
          <RetryErrorState
            headingLevel={2}
            title="Could not load this endpoint"
            message={describePageFailure(read.error, "endpoint")}
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
  const applications = await accountApplications(read.endpoint.applicationId ? [read.endpoint.applicationId] : []);
  return <EndpointView endpoint={read.endpoint} domainName={names.get(domainId)} applications={applications} />;
}
