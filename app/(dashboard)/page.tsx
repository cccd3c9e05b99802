import type { Metadata } from "next";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RetryErrorState } from "@/components/ui/retry-error-state";
import { describePageFailure } from "@/lib/catapult/describe-failure";
import type { Domain } from "@/lib/domains/contract";
import { freshAccountDomains } from "@/lib/domains/server/account-domains";
import { DomainList, DomainListSkeleton } from "./_components/domain-list";

export const metadata: Metadata = { title: "Domains" };

export default function DomainsPage() {
  return (
    <>
      <PageHeader title="Domains" description="Pick a domain to see and provision its SIP endpoints." />
      {/* The header is sent at once; the list follows as soon as Catapult answers. */}
      <Suspense fallback={<DomainListSkeleton />}>
        <AccountDomains />
      </Suspense>
    </>
  );
}

async function AccountDomains() {
  let domains: Domain[];
  try {
    domains = await freshAccountDomains();
  } catch (error) {
    return (
      <Card>
        <RetryErrorState headingLevel={2} title="Could not load the domains" message={describePageFailure(error, "domain")} />
      </Card>
    );
  }
  return <DomainList domains={domains} />;
}
