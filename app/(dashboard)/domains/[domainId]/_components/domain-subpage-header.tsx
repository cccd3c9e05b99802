// The header of a page under one domain (New endpoint, Bulk import): Domains › the domain ›
// the page, and a description that names the domain ("this domain" when Catapult could not
// say its name).
import { PageHeader } from "@/components/ui/page-header";
import { domainHref } from "@/lib/endpoints/links";

interface DomainSubpageHeaderProps {
  domainId: string;
  domainName: string | undefined;
  title: string;
  /** The description: `before` the domain's name, then `after` it. */
  before: string;
  after: string;
}

export function DomainSubpageHeader({ domainId, domainName, title, before, after }: DomainSubpageHeaderProps) {
  return (
    <PageHeader
      breadcrumbs={[
        { label: "Domains", href: "/" },
        { label: domainName ?? "Domain", href: domainHref(domainId) },
      ]}
      title={title}
      description={
        <>
          {before} <span className="font-medium break-all text-slate-900">{domainName ?? "this domain"}</span>
          {after}
        </>
      }
    />
  );
}
