// Audit entries, newest first. On a phone the columns would not fit: each entry is a short
// card instead, so the page never scrolls sideways.
import { Badge } from "@/components/ui/badge";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { AUDIT_ACTION_LABELS, type AuditEntry } from "@/lib/audit/contract";

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[960px] table-fixed text-left text-sm">
          <caption className="sr-only">Audit log, newest first</caption>
          <colgroup>
            <col className="w-40" />
            <col className="w-44" />
            <col className="w-36" />
            <col />
            <col className="w-36" />
            <col className="w-28" />
          </colgroup>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-5 py-2.5">When</th>
              <th scope="col" className="px-3 py-2.5">Who</th>
              <th scope="col" className="px-3 py-2.5">Action</th>
              <th scope="col" className="px-3 py-2.5">Target</th>
              <th scope="col" className="px-3 py-2.5">Outcome</th>
              <th scope="col" className="px-5 py-2.5">From</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="px-5 py-3 whitespace-nowrap text-slate-700 tabular-nums">
                  <When entry={entry} />
                </td>
                {/* Emails and API-key labels wrap rather than hide who it was. */}
                <td className="px-3 py-3 break-all">{entry.actor.label}</td>
                <td className="px-3 py-3">
                  <Action entry={entry} />
                </td>
                <td className="px-3 py-3 break-all">
                  <Target entry={entry} />
                </td>
                <td className="px-3 py-3">
                  <Outcome entry={entry} />
                </td>
                <td className="px-5 py-3 font-mono text-xs break-all text-slate-700">{entry.sourceAddress ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Audit log, newest first" className="divide-y divide-slate-200 md:hidden">
        {entries.map((entry) => (
          <li key={entry.id} className="space-y-1 px-5 py-3 text-sm">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Action entry={entry} />
              <Outcome entry={entry} />
            </p>
            <p className="break-all text-slate-700">
              <Target entry={entry} />
            </p>
            <p className="flex flex-wrap gap-x-2 text-slate-600">
              <When entry={entry} />
              <span aria-hidden="true">·</span>
              <span className="break-all">{entry.actor.label}</span>
              {entry.sourceAddress && (
                <>
                  <span aria-hidden="true">·</span>
                  <span className="font-mono text-xs break-all">{entry.sourceAddress}</span>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function When({ entry }: { entry: AuditEntry }) {
  return <LocalDateTime at={entry.at} />;
}

function Action({ entry }: { entry: AuditEntry }) {
  return <span className="font-medium text-slate-900">{AUDIT_ACTION_LABELS[entry.action] ?? entry.action}</span>;
}

function Outcome({ entry }: { entry: AuditEntry }) {
  if (entry.outcome === "ok") return <Badge tone="green">OK</Badge>;
  if (!entry.errorCode) return <Badge tone="red">Failed</Badge>;
  // Catapult's codes are long (endpoint-name-already-exists): this one wraps inside its column.
  return (
    <span className="inline-block max-w-full rounded-xl bg-red-50 px-2 py-0.5 text-xs font-medium break-all text-red-800 ring-1 ring-red-600/20 ring-inset">
      Failed: {entry.errorCode}
    </span>
  );
}

/** Names first, ids after; what an entry carries depends on its action. */
function Target({ entry }: { entry: AuditEntry }) {
  const { userEmail, domainId, domainName, endpointId, endpointName, jobId } = entry.target;
  const parts = [
    userEmail ? `User ${userEmail}` : null,
    endpointName || endpointId ? `Endpoint ${[endpointName, endpointId && `(${endpointId})`].filter(Boolean).join(" ")}` : null,
    domainName || domainId ? `Domain ${[domainName, domainId && `(${domainId})`].filter(Boolean).join(" ")}` : null,
    jobId ? `Job ${jobId}` : null,
    entry.action === "audit.pruned" && typeof entry.detail?.count === "number" ? `${entry.detail.count.toLocaleString("en")} entries` : null,
    entry.action === "user.role" && typeof entry.detail?.role === "string" ? `role: ${entry.detail.role}` : null,
    entry.action === "user.create" && typeof entry.detail?.role === "string" ? `role: ${entry.detail.role}` : null,
    entry.action === "sign-in" && entry.detail?.method === "sso" ? `single sign-on${typeof entry.detail.role === "string" ? `, role: ${entry.detail.role}` : ""}` : null,
    entry.action.startsWith("api-key.") && typeof entry.detail?.name === "string" ? `key "${entry.detail.name}"` : null,
    entry.action === "endpoint.update" && Array.isArray(entry.detail?.changed) ? `changed: ${entry.detail.changed.join(", ")}` : null,
  ].filter(Boolean);
  return <>{parts.length ? parts.join(" · ") : "—"}</>;
}
