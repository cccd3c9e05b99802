// The account's domains, as the page read them from Catapult on the server (a new account has
// none), and the way to create one.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ChevronRightIcon } from "@/components/ui/icons/chevron-right";
import { ServerIcon } from "@/components/ui/icons/server";
import { Skeleton } from "@/components/ui/skeleton";
import type { Domain } from "@/lib/domains/contract";
import { domainHref } from "@/lib/endpoints/links";
import { NewDomainPanel } from "./new-domain-panel";

export function DomainList({ domains }: { domains: readonly Domain[] }) {
  if (domains.length === 0) {
    return (
      <>
        <NewDomainPanel count={0} />
        <Card>
          <EmptyState headingLevel={2} icon={<ServerIcon className="size-5" />} title="No domains in this account yet" description="Endpoints live in domains: create the first one above." />
        </Card>
      </>
    );
  }
  const sorted = domains.toSorted((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  return (
    <>
      <NewDomainPanel count={domains.length} />
      <DomainCards domains={sorted} />
    </>
  );
}

function DomainCards({ domains }: { domains: Domain[] }) {
  return (
    <Card aria-label="Domains">
      <ul className="divide-y divide-slate-200">
        {domains.map((domain) => (
          <li key={domain.id}>
            <Link
              href={domainHref(domain.id)}
              className={cn(
                "group flex items-center gap-4 px-5 py-4 transition-colors first:rounded-t-lg last:rounded-b-lg hover:bg-slate-50",
                "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
              )}
            >
              <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-indigo-50 text-indigo-700">
                <ServerIcon />
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-slate-900 group-hover:text-indigo-700">{domain.name}</span>
                <span className="block truncate text-sm text-slate-600">{domain.description || "No description"}</span>
              </span>
              <ChevronRightIcon className="size-5 text-slate-500 group-hover:text-slate-700" />
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** While Catapult answers (the page streams this first). */
export function DomainListSkeleton() {
  return (
    <Card>
      <p role="status" className="sr-only">
        Loading domains…
      </p>
      <ul className="divide-y divide-slate-200" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <li key={i} className="flex items-center gap-4 px-5 py-4">
            <Skeleton className="size-9 rounded-md" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-64" />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
