"use client";
// The account's domains, and creating one (a new account has none).
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ChevronRightIcon, PlusIcon, ServerIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import type { Domain } from "@/lib/domains/contract";
import { useDomains } from "@/lib/domains/hooks/use-domains";
import { MAX_DOMAINS } from "@/lib/domains/schema";
import { domainHref } from "@/lib/endpoints/links";
import { NewDomainForm } from "./new-domain-form";

export function DomainList() {
  const domains = useDomains();
  const [creating, setCreating] = useState(false);

  if (domains.isPending) return <DomainListSkeleton />;
  if (domains.isError) {
    return (
      <Card>
        <ErrorState headingLevel={2} title="Could not load the domains" error={domains.error} onRetry={() => domains.refetch()} retrying={domains.isFetching} />
      </Card>
    );
  }
  if (domains.data.length === 0) {
    return (
      <>
        <NewDomainForm count={0} onDone={() => setCreating(false)} />
        <Card>
          <EmptyState headingLevel={2} icon={<ServerIcon className="size-5" />} title="No domains in this account yet" description="Endpoints live in domains: create the first one above." />
        </Card>
      </>
    );
  }

  const sorted = domains.data.toSorted((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  return (
    <>
      {creating ? (
        <NewDomainForm count={domains.data.length} onDone={() => setCreating(false)} />
      ) : (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            {domains.data.length.toLocaleString("en")} of {MAX_DOMAINS} domains
          </p>
          <Button variant="secondary" onClick={() => setCreating(true)}>
            <PlusIcon />
            New domain
          </Button>
        </div>
      )}
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

function DomainListSkeleton() {
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
