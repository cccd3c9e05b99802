import Link from "next/link";
import { EnabledBadge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { Endpoint } from "@/lib/endpoints/contract";
import { endpointHref } from "@/lib/endpoints/links";

interface EndpointsTableProps {
  endpoints: readonly Endpoint[];
  applicationNames: Map<string, string>;
  caption: string;
}

export function EndpointsTable({ endpoints, applicationNames, caption }: EndpointsTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] table-fixed text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-[34%]" />
          <col className="w-28" />
          <col className="w-[22%]" />
          <col />
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-5 py-2.5">Name</th>
            <th scope="col" className="px-3 py-2.5">Status</th>
            <th scope="col" className="px-3 py-2.5">Application</th>
            <th scope="col" className="px-5 py-2.5">SIP URI</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {endpoints.map((endpoint) => (
            <EndpointRow key={endpoint.id} endpoint={endpoint} applicationName={endpoint.applicationId ? applicationNames.get(endpoint.applicationId) : undefined} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EndpointRow({ endpoint, applicationName }: { endpoint: Endpoint; applicationName: string | undefined }) {
  return (
    <tr className="align-top transition-colors hover:bg-slate-50">
      <td className="px-5 py-3">
        <Link
          href={endpointHref(endpoint.domainId, endpoint.id)}
          className={cn("block truncate rounded-sm font-medium text-indigo-700 hover:text-indigo-900 hover:underline", focusRing)}
          title={endpoint.name}
        >
          {endpoint.name}
        </Link>
        {endpoint.description && (
          <p className="truncate text-xs text-slate-600" title={endpoint.description}>
            {endpoint.description}
          </p>
        )}
      </td>
      <td className="px-3 py-3">
        <EnabledBadge enabled={endpoint.enabled} />
      </td>
      <td className="truncate px-3 py-3 text-slate-700">
        {endpoint.applicationId ? (
          <span title={applicationName ?? endpoint.applicationId}>{applicationName ?? endpoint.applicationId}</span>
        ) : (
          <span className="text-slate-600">None</span>
        )}
      </td>
      <td className="truncate px-5 py-3 font-mono text-xs leading-5 text-slate-700" title={endpoint.sipUri}>
        {endpoint.sipUri || "—"}
      </td>
    </tr>
  );
}

export function EndpointsTableSkeleton() {
  return (
    <div aria-hidden="true" className="divide-y divide-slate-200">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex items-center gap-6 px-5 py-4">
          <div className="h-4 w-1/4 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-16 animate-pulse rounded-full bg-slate-200" />
          <div className="h-4 w-1/6 animate-pulse rounded bg-slate-200" />
          <div className="h-4 flex-1 animate-pulse rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
