// Endpoints the dashboard created, newest first.
import Link from "next/link";
import { domainHref, endpointHref } from "@/lib/endpoints/links";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { HistoryEntry } from "@/lib/history/contract";

const linkClasses = cn("rounded-sm text-indigo-700 hover:text-indigo-900 hover:underline", focusRing);

export function HistoryTable({ entries, domainNames }: { entries: readonly HistoryEntry[]; domainNames: ReadonlyMap<string, string> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[760px] table-fixed text-left text-sm">
        <caption className="sr-only">Endpoints created from the dashboard, newest first</caption>
        <colgroup>
          <col className="w-44" />
          <col className="w-[24%]" />
          <col className="w-[20%]" />
          <col />
          <col className="w-32" />
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-5 py-2.5">Created</th>
            <th scope="col" className="px-3 py-2.5">Name</th>
            <th scope="col" className="px-3 py-2.5">Domain</th>
            <th scope="col" className="px-3 py-2.5">Endpoint id</th>
            <th scope="col" className="px-5 py-2.5">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((entry) => (
            <tr key={`${entry.domainId}/${entry.endpointId}`} className="transition-colors hover:bg-slate-50">
              <td className="px-5 py-3 whitespace-nowrap text-slate-700 tabular-nums">
                <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(entry.createdAt)}</time>
              </td>
              <td className="truncate px-3 py-3 font-medium text-slate-900" title={entry.name}>
                {entry.name}
              </td>
              <td className="truncate px-3 py-3">
                <Link href={domainHref(entry.domainId)} className={linkClasses} title={entry.domainId}>
                  {domainNames.get(entry.domainId) ?? <span className="font-mono text-xs">{entry.domainId}</span>}
                </Link>
              </td>
              <td className="truncate px-3 py-3">
                <Link href={endpointHref(entry.domainId, entry.endpointId)} className={cn(linkClasses, "font-mono text-xs")} title={entry.endpointId}>
                  {entry.endpointId}
                </Link>
              </td>
              <td className="px-5 py-3">
                {entry.source === "bulk" && entry.jobId ? (
                  <Link href={`/bulk-jobs/${encodeURIComponent(entry.jobId)}`} className={linkClasses}>
                    Bulk job
                  </Link>
                ) : entry.source === "bulk" ? (
                  <span className="text-slate-700">Bulk job</span>
                ) : (
                  <Badge tone="slate">Form</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatDateTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
