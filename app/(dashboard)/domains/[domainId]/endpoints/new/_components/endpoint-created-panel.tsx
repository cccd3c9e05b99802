"use client";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { CheckCircleIcon } from "@/components/ui/icons/check-circle";
import { PlusIcon } from "@/components/ui/icons/plus";
import { OneTimeCredentials } from "@/components/endpoints/one-time-credentials";
import type { OneTimePassword } from "@/components/endpoints/use-one-time-password";
import type { EndpointCreated } from "@/lib/endpoints/contract";

interface EndpointCreatedPanelProps {
  endpoint: EndpointCreated;
  /** The password the form sent, kept in this tab until hidden. */
  secret: OneTimePassword;
  onCreateAnother: () => void;
}

export function EndpointCreatedPanel({ endpoint, secret, onCreateAnother }: EndpointCreatedPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form was replaced: move focus to the news so keyboard and screen-reader users get it.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="space-y-6">
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-emerald-50 text-emerald-600">
          <CheckCircleIcon className="size-6" />
        </span>
        <div>
          <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-hidden">
            Endpoint created
          </h2>
          <p className="text-sm text-slate-600">
            Catapult has the endpoint <span className="font-medium break-all text-slate-900">{endpoint.name}</span>. A phone can register
            with the settings below.
          </p>
        </div>
      </div>

      {endpoint.outcome === "already-existed" && (
        <Alert tone="warning" role="status" title="Found after a lost answer">
          Catapult&rsquo;s answer to the create request was lost, and an endpoint with this name was then found in the domain, so it
          was not created twice. If its password does not work, set a new one on the endpoint page.
        </Alert>
      )}

      <OneTimeCredentials name={endpoint.name} sip={endpoint.sip} endpointUrl={endpoint.url} secret={secret} />

      <dl className="rounded-md border border-slate-200">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
          <dt className="w-24 text-sm font-medium text-slate-600">Endpoint id</dt>
          <dd className="flex min-w-0 flex-1 items-center gap-1">
            <code className="min-w-0 font-mono text-sm break-all text-slate-900">{endpoint.id}</code>
            <CopyButton value={endpoint.id} label="endpoint id" />
          </dd>
        </div>
      </dl>

      <div className="flex flex-wrap items-center gap-3">
        <ButtonLink href={endpoint.url}>Open endpoint</ButtonLink>
        <Button variant="secondary" onClick={onCreateAnother}>
          <PlusIcon />
          Create another
        </Button>
      </div>
    </div>
  );
}
