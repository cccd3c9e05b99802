import type { ReactNode } from "react";
import { EnabledBadge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { Endpoint } from "@/lib/endpoints/contract";

interface EndpointDetailsProps {
  endpoint: Endpoint;
  /** Name of the endpoint's application; undefined while the list loads or when unknown. */
  applicationName: string | undefined;
}

export function EndpointDetails({ endpoint, applicationName }: EndpointDetailsProps) {
  const application = endpoint.applicationId ? (applicationName ?? endpoint.applicationId) : null;
  return (
    <Card aria-labelledby="details-heading">
      <CardHeader titleId="details-heading" title="Details" />
      <dl className="divide-y divide-slate-200">
        <Row label="Name" copy={endpoint.name} copyLabel="name" mono>
          {endpoint.name}
        </Row>
        <Row label="Endpoint id" copy={endpoint.id} copyLabel="endpoint id" mono>
          {endpoint.id}
        </Row>
        <Row label="SIP URI" copy={endpoint.sipUri} copyLabel="SIP URI" mono>
          {endpoint.sipUri || "—"}
        </Row>
        <Row label="Realm" copy={endpoint.realm} copyLabel="realm" mono>
          {endpoint.realm || "—"}
        </Row>
        <Row label="Username" copy={endpoint.username} copyLabel="username" mono>
          {endpoint.username || "—"}
        </Row>
        {/* Status and application are read, not pasted anywhere: no copy button. */}
        <Row label="Status">
          <EnabledBadge enabled={endpoint.enabled} />
        </Row>
        <Row label="Application">
          {application ?? <span className="text-slate-600">None (calls placed by its clients are rejected)</span>}
        </Row>
        <Row label="Description" copy={endpoint.description ?? undefined} copyLabel="description">
          {endpoint.description || <span className="text-slate-600">No description</span>}
        </Row>
      </dl>
    </Card>
  );
}

interface RowProps {
  label: string;
  /** The value to copy, and what it is called in "Copy …" (as written in a sentence: "SIP URI", "realm"). */
  copy?: string;
  copyLabel?: string;
  mono?: boolean;
  children: ReactNode;
}

function Row({ label, copy, copyLabel = label, mono, children }: RowProps) {
  return (
    <div className="grid grid-cols-1 gap-1 px-5 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600 sm:pt-1">{label}</dt>
      <dd className="flex min-w-0 items-start gap-1">
        <span className={mono ? "min-w-0 pt-1 font-mono text-sm break-all text-slate-900" : "min-w-0 pt-1 text-sm break-words text-slate-900"}>
          {children}
        </span>
        {copy ? <CopyButton value={copy} label={copyLabel} className="ml-auto" /> : null}
      </dd>
    </div>
  );
}
