"use client";
// History's filters: a domain (from the account's domains) and a piece of the name.
import { SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Domain } from "@/lib/domains/contract";

interface HistoryFiltersProps {
  domainId: string;
  name: string;
  domains: Domain[] | undefined;
  domainsLoading: boolean;
  onDomainChange: (domainId: string) => void;
  onNameChange: (name: string) => void;
}

export function HistoryFilters({ domainId, name, domains, domainsLoading, onDomainChange, onNameChange }: HistoryFiltersProps) {
  // A domain in the URL that the list does not (yet) have still shows as chosen.
  const unknownDomain = domainId && !domains?.some((d) => d.id === domainId);
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="w-full space-y-1.5 sm:w-64">
        <Label htmlFor="history-domain">Domain</Label>
        <Select id="history-domain" value={domainId} onChange={(event) => onDomainChange(event.target.value)}>
          <option value="">All domains</option>
          {unknownDomain && <option value={domainId}>{domainsLoading ? "Loading…" : domainId}</option>}
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
            value={name}
            onChange={(event) => onNameChange(event.target.value)}
            className="pl-9"
          />
        </div>
      </div>
    </div>
  );
}
