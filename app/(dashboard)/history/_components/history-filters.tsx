"use client";
// History's filters: a domain (from the account's domains) and a piece of the name. They write
// the URL, and the page is rendered again on the server with it; the spinner shows meanwhile.
import { SearchIcon } from "@/components/ui/icons/search";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useUrlFilters } from "@/lib/browser/use-url-filters";
import type { Domain } from "@/lib/domains/contract";
import { type HistoryFilters as Filters, historySearch } from "@/lib/history/contract";

export function HistoryFilters({ value, domains }: { value: Filters; domains: Domain[] | undefined }) {
  const { filters, set, pending } = useUrlFilters("/history", value, historySearch);
  // A domain in the URL that the list does not have (Catapult unreachable, say) still shows as chosen.
  const unknownDomain = filters.domainId && !domains?.some((d) => d.id === filters.domainId);
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="w-full space-y-1.5 sm:w-64">
        <Label htmlFor="history-domain">Domain</Label>
        <Select id="history-domain" value={filters.domainId} onChange={(event) => set({ domainId: event.target.value }, { now: true })}>
          <option value="">All domains</option>
          {unknownDomain && <option value={filters.domainId}>{filters.domainId}</option>}
          {domains?.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-full space-y-1.5 sm:w-72">
        <Label htmlFor="history-name">Name contains</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
          <Input
            id="history-name"
            type="search"
            placeholder="e.g. jsmith"
            autoComplete="off"
            spellCheck={false}
            maxLength={255}
            value={filters.name}
            onChange={(event) => set({ name: event.target.value })}
            className="pl-9"
          />
        </div>
      </div>
      {pending && (
        <p role="status" className="flex items-center gap-2 pb-2 text-sm text-slate-600">
          <Spinner className="text-indigo-600" />
          Updating…
        </p>
      )}
    </div>
  );
}
