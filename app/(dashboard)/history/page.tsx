import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { domainNames } from "@/lib/domains/server/account-domains";
import { listHistory } from "@/lib/history/server/list-history";
import { HISTORY_PAGE_SIZE, HistoryView } from "./_components/history-view";
import { loadHistoryUrlState } from "./_components/history-url-state";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = await loadHistoryUrlState(searchParams);
  const filters = { domainId: url.domainId, name: url.name.trim() };
  const entries = await listHistory(filters);
  // Names for the domains this page shows (and the filter's list); ids when Catapult cannot say.
  const shown = entries.slice((url.page - 1) * HISTORY_PAGE_SIZE, url.page * HISTORY_PAGE_SIZE).map((e) => e.domainId);
  const { domains, names } = await domainNames([filters.domainId, ...shown]);
  return <HistoryView filters={filters} page={url.page} entries={entries} domains={domains} domainNames={names} />;
}
