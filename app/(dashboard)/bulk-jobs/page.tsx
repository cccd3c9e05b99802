import type { Metadata } from "next";
import { createLoader, parseAsInteger, type SearchParams } from "nuqs/server";
import { listBulkJobSummaries } from "@/lib/bulk/server/job-list";
import { domainNames } from "@/lib/domains/server/account-domains";
import { BulkJobsView } from "./_components/bulk-jobs-view";

export const metadata: Metadata = { title: "Bulk jobs" };

/** ?page= from 1. */
const loadPage = createLoader({ page: parseAsInteger.withDefault(1) });

export default async function BulkJobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = Math.min(1_000_000, Math.max(1, (await loadPage(searchParams)).page));
  const list = await listBulkJobSummaries({ page });
  const { names } = await domainNames(list.jobs.map((j) => j.domainId));
  return <BulkJobsView page={page} list={list} domainNames={names} />;
}
