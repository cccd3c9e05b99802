import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PlusIcon } from "@/components/ui/icons/plus";
import { UploadIcon } from "@/components/ui/icons/upload";
import { PageHeader } from "@/components/ui/page-header";
import { RetryErrorState } from "@/components/ui/retry-error-state";
import { accountApplications } from "@/lib/applications/server/account-applications";
import { describePageFailure } from "@/lib/catapult/describe-failure";
import type { Domain } from "@/lib/domains/contract";
import { accountDomain } from "@/lib/domains/server/account-domains";
import { bulkImportHref, newEndpointHref } from "@/lib/endpoints/links";
import { readEndpointListUrl, type UrlValues } from "@/lib/endpoints/list-view";
import { previewEndpointList } from "@/lib/endpoints/server/endpoint-list-preview";
import { DomainView } from "./_components/domain-view";
import { ExportEndpointsMenu } from "./_components/export-endpoints-menu";

export const metadata: Metadata = { title: "Domain" };

export default async function DomainPage({ params, searchParams }: { params: Promise<{ domainId: string }>; searchParams: Promise<UrlValues> }) {
  const { domainId } = await params;
  // Read on the server: the domain and the applications from the pages' shared reads of
  // Catapult's lists (usually already read by the Domains list: no request spent from the
  // 1/s budget the endpoint list's first read needs), and a cached list's first rows, so a
  // later visit shows them before any script runs (the whole list follows from the browser).
  const [read, applications, preview] = await Promise.all([
    accountDomain(domainId).then((domain) => ({ domain }), (error: unknown) => ({ error })),
    accountApplications(),
    previewEndpointList(domainId, readEndpointListUrl(await searchParams)),
  ]);
  if ("error" in read || !read.domain) {
    const message = "error" in read ? describePageFailure(read.error, "domain") : `This account has no domain ${domainId}: it may have been deleted.`;
    return <DomainFailure message={message} />;
  }
  const { domain } = read;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Domains", href: "/" }]}
        title={domain.name}
        description={domain.description || "No description"}
        actions={<DomainActions domain={domain} />}
      />
      <DomainView domain={domain} applications={applications} preview={preview} />
    </>
  );
}

function DomainActions({ domain }: { domain: Domain }) {
  return (
    <>
      <ExportEndpointsMenu domainId={domain.id} />
      <ButtonLink href={bulkImportHref(domain.id)} variant="secondary">
        <UploadIcon />
        Bulk import
      </ButtonLink>
      <ButtonLink href={newEndpointHref(domain.id)}>
        <PlusIcon />
        New endpoint
      </ButtonLink>
    </>
  );
}

function DomainFailure({ message }: { message: string }) {
  return (
    <>
      <PageHeader title="Domain" breadcrumbs={[{ label: "Domains", href: "/" }]} />
      <Card>
        <RetryErrorState
          headingLevel={2}
          title="Could not load this domain"
          message={message}
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
