import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { Endpoint } from "@/lib/endpoints/contract";

/** What to type into a SIP phone or softphone to register as this endpoint. */
export function SipSettings({ endpoint }: { endpoint: Endpoint }) {
  return (
    <Card aria-labelledby="sip-heading" className="bg-slate-50/50">
      <CardHeader titleId="sip-heading" title="SIP phone settings" description="For the phone or softphone that registers as this endpoint." />
      <dl className="space-y-4 px-5 py-4">
        <Setting label="Registrar / domain" copyLabel="registrar" value={endpoint.realm} />
        <Setting label="Username" copyLabel="username" value={endpoint.username} />
        <Setting label="Realm" copyLabel="realm" value={endpoint.realm} />
        <Setting label="SIP URI" copyLabel="SIP URI" value={endpoint.sipUri} />
        <Setting label="Password">
          <span className="text-sm text-slate-700">The one set when created — Catapult never shows it again. Set a new one below if it is lost.</span>
        </Setting>
      </dl>
    </Card>
  );
}

/** `copyLabel` is the value's name as written in a sentence: the button says "Copy SIP URI". */
function Setting({ label, copyLabel = label, value, children }: { label: string; copyLabel?: string; value?: string; children?: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-1 flex items-start gap-1">
        {children ?? (
          <>
            <code className="min-w-0 flex-1 rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-slate-200">{value || "—"}</code>
            {value ? <CopyButton value={value} label={copyLabel} /> : null}
          </>
        )}
      </dd>
    </div>
  );
}
