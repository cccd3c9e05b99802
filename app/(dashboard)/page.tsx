import type { Metadata } from "next";
import { DomainList } from "./_components/domain-list";
import { PageHeader } from "@/components/ui/page-header";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Domains" };

export default function DomainsPage() {
  return (
    <>
      <PageHeader title="Domains" description="Pick a domain to see and provision its SIP endpoints." />
      <Providers>
        <DomainList />
      </Providers>
    </>
  );
}
