// History: every endpoint the dashboard created, by the form or in bulk, filtered by domain
// and name. Rendered on the server from the URL (?domainId=&name=&page=, read with nuqs's
// parsers); only the filters run in the browser, so the page downloads no data library.
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons/plus";
import { SearchIcon } from "@/components/ui/icons/search";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { plural } from "@/lib/browser/format";
import type { Domain } from "@/lib/domains/contract";
import { type HistoryEntry, type HistoryFilters as Filters, historySearch } from "@/lib/history/contract";
import { HistoryFilters } from "./history-filters";
import { HistoryTable } from "./history-table";

export const HISTORY_PAGE_SIZE = 50;

interface HistoryViewProps {
  filters: Filters;
  /** From 1, as in the URL. */
  page: number;
  entries: readonly HistoryEntry[];
  /** Undefined when Catapult could not say: the filter offers what the URL holds, the table shows ids. */
  domains: Domain[] | undefined;
  domainNames: ReadonlyMap<string, string>;
}

export function HistoryView({ filters, page, entries, domains, domainNames }: HistoryViewProps) {
  const filtered = filters.domainId !== "" || filters.name !== "";
  const pageCount = Math.max(1, Math.ceil(entries.length / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pageCount) - 1;
  const visible = entries.slice(current * HISTORY_PAGE_SIZE, (current + 1) * HISTORY_PAGE_SIZE);

  return (
    <>
      <PageHeader
        title="History"
        description="Every endpoint created from this dashboard, by the form or by a bulk import."
        actions={
          <a href={`/api/history/export${historySearch(filters)}`} download className={buttonClasses({ variant: "secondary" })}>
            Export CSV
          </a>
        }
      />
      <Card aria-labelledby="history-heading">
        <div className="space-y-3 border-b border-slate-200 px-5 py-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="history-heading" className="text-base font-semibold text-slate-900">
              Created endpoints
            </h2>
            <p aria-live="polite" className="text-sm text-slate-600">
              {`${plural(entries.length, "endpoint")}${filtered ? (entries.length === 1 ? " matches" : " match") : ""}`}
            </p>
          </div>
          <HistoryFilters value={filters} domains={domains} />
        </div>

        {entries.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={<SearchIcon className="size-5" />}
              title="No created endpoints match these filters"
              action={
                <ButtonLink href="/history" variant="secondary">
                  Clear filters
                </ButtonLink>
              }
            />
          ) : (
            <EmptyState
              icon={<PlusIcon className="size-5" />}
              title="Nothing created from the dashboard yet"
              description="Endpoints you create with the form or a bulk import are listed here, with a link to each."
            />
          )
        ) : (
          <>
            <HistoryTable entries={visible} domainNames={domainNames} />
            <Pagination
              page={current}
              pageSize={HISTORY_PAGE_SIZE}
              total={entries.length}
              noun="created endpoints"
              pageHref={(to) => `/history${historySearch(filters, to + 1)}`}
            />
          </>
        )}
      </Card>
    </>
  );
}
