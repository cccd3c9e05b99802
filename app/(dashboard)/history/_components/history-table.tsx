// Endpoints the dashboard created, newest first. Each entry's name leads to the endpoint's
// page. On a phone the columns would not fit: each entry is a short card instead, so the
// page never scrolls sideways.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { bulkJobHref } from "@/lib/bulk/contract";
import { domainHref, endpointHref } from "@/lib/endpoints/links";
import type { HistoryEntry } from "@/lib/history/contract";

const linkClasses = cn("rounded-sm text-indigo-700 hover:text-indigo-900 hover:underline", focusRing);

interface HistoryTableProps {
  entries: readonly HistoryEntry[];
  domainNames: ReadonlyMap<string, string>;
}

export function HistoryTable({ entries, domainNames }: HistoryTableProps) {
  return (
    <>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full min-w-[880px] table-fixed text-left text-sm">
          <caption className="sr-only">Endpoints created from the dashboard, newest first</caption>
          <colgroup>
            <col className="w-48" />
            <col className="w-[24%]" />
            <col className="w-[20%]" />
            <col />
            <col className="w-32" />
            <col className="w-32" />
          </colgroup>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-5 py-2.5">Created</th>
              <th scope="col" className="px-3 py-2.5">Name</th>
              <th scope="col" className="px-3 py-2.5">Domain</th>
              <th scope="col" className="px-3 py-2.5">Endpoint id</th>
              <th scope="col" className="px-3 py-2.5">Source</th>
              <th scope="col" className="px-5 py-2.5">Created by</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) => (
              <tr key={`${entry.domainId}/${entry.endpointId}`} className="transition-colors hover:bg-slate-50">
                <td className="px-5 py-3 whitespace-nowrap text-slate-700 tabular-nums">
                  <CreatedAt entry={entry} />
                </td>
                <td className="truncate px-3 py-3 font-medium">
                  <Link href={endpointHref(entry.domainId, entry.endpointId)} className={linkClasses} title={entry.name}>
                    {entry.name}
                  </Link>
                </td>
                <td className="truncate px-3 py-3">
                  <DomainLink entry={entry} domainNames={domainNames} />
                </td>
                <td className="truncate px-3 py-3 font-mono text-xs text-slate-700" title={entry.endpointId}>
                  {entry.endpointId}
                </td>
                <td className="px-3 py-3">
                  <Source entry={entry} />
                </td>
                <td className="truncate px-5 py-3 text-slate-700" title={entry.actor.label}>
                  {entry.actor.label}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* After the table, so a search of the page meets the desktop layout first. */}
      <HistoryCards entries={entries} domainNames={domainNames} />
    </>
  );
}

/** Below the `sm` breakpoint: one card per entry, the name first and a link. */
function HistoryCards({ entries, domainNames }: HistoryTableProps) {
  return (
    <ul aria-label="Endpoints created from the dashboard, newest first" className="divide-y divide-slate-200 sm:hidden">
      {entries.map((entry) => (
        <li key={`${entry.domainId}/${entry.endpointId}`} className="space-y-1 px-5 py-3 text-sm">
          <Link
            href={endpointHref(entry.domainId, entry.endpointId)}
            className={cn(linkClasses, "block font-medium break-all")}
          >
            {entry.name}
          </Link>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-600">
            <CreatedAt entry={entry} />
            <span aria-hidden="true">·</span>
            <DomainLink entry={entry} domainNames={domainNames} />
            <span aria-hidden="true">·</span>
            <Source entry={entry} />
            <span aria-hidden="true">·</span>
            <span className="break-all">by {entry.actor.label}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

function CreatedAt({ entry }: { entry: HistoryEntry }) {
  return <LocalDateTime at={entry.createdAt} />;
}

function DomainLink({ entry, domainNames }: { entry: HistoryEntry; domainNames: ReadonlyMap<string, string> }) {
  return (
    <Link href={domainHref(entry.domainId)} className={cn(linkClasses, "min-w-0 break-all")} title={entry.domainId}>
      {domainNames.get(entry.domainId) ?? <span className="font-mono text-xs">{entry.domainId}</span>}
    </Link>
  );
}

function Source({ entry }: { entry: HistoryEntry }) {
  if (entry.source === "bulk" && entry.jobId) {
    return (
      <Link href={bulkJobHref(entry.jobId)} className={linkClasses}>
        Bulk job
      </Link>
    );
  }
  return entry.source === "bulk" ? <span className="text-slate-700">Bulk job</span> : <Badge tone="slate">Form</Badge>;
}
