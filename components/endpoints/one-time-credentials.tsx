"use client";
// Everything a phone needs after a create or a password change, with the password shown this
// once: Catapult never returns it, and the server never sends it back (it lives in this tab's
// memory, see use-one-time-password.ts). Hiding removes it from the page.
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { focusRing } from "@/components/ui/focus-ring";
import { EyeSlashIcon } from "@/components/ui/icons/eye-slash";
import { KeyIcon } from "@/components/ui/icons/key";
import type { SipDetails } from "@/lib/endpoints/contract";
import { credentialsText } from "@/lib/endpoints/credentials-text";
import type { OneTimePassword } from "./use-one-time-password";

interface OneTimeCredentialsProps {
  name: string;
  /** null when Catapult could not be read right after the create. */
  sip: SipDetails | null;
  /** The endpoint's page, where the SIP details are when `sip` is null. */
  endpointUrl?: string;
  secret: OneTimePassword;
  /** Move focus here when it appears (when nothing else on the page announces it). */
  focusOnMount?: boolean;
  /** Offered once the password is hidden. */
  onClose?: () => void;
}

export function OneTimeCredentials({ name, sip, endpointUrl, secret, focusOnMount, onClose }: OneTimeCredentialsProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hiddenRef = useRef<HTMLParagraphElement>(null);
  const { password } = secret;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  // The Hide button is gone: keep keyboard users in place, on the note that replaced it.
  const wasShown = useRef(password !== null);
  useEffect(() => {
    if (wasShown.current && password === null) hiddenRef.current?.focus();
    wasShown.current = password !== null;
  }, [password]);

  const noteCopy = password !== null ? secret.markNoted : undefined;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-md border border-amber-300 bg-amber-50/50 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-base font-semibold text-slate-900 focus:outline-hidden">
          <KeyIcon className="size-5 text-amber-700" />
          Settings for the phone
        </h3>
        <CopyButton
          value={credentialsText({ name, sip, password })}
          label={password !== null ? "all settings and the password" : "all settings"}
          text="Copy all"
          showText
          onCopied={noteCopy}
          className="bg-white px-2.5 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
        />
      </div>

      {password !== null ? (
        <p className="text-sm text-amber-950">
          <strong className="font-semibold">The password is shown this once.</strong> Catapult never returns it and this dashboard does not
          keep it: put it into the phone or a password manager now. If it is lost, set a new one on the endpoint&rsquo;s page.
        </p>
      ) : (
        <p ref={hiddenRef} tabIndex={-1} role="status" className="text-sm text-slate-700 focus:outline-hidden">
          Password hidden. It cannot be shown again; if it is lost, set a new one on the endpoint&rsquo;s page.
        </p>
      )}

      {!sip && (
        <Alert tone="warning" role="status" title="The SIP URI, realm and username could not be read">
          The endpoint exists, but Catapult did not answer when asked for them just now. They are on the endpoint&rsquo;s page
          {endpointUrl ? (
            <>
              {" "}
              (<Link href={endpointUrl} className={cn("rounded-sm font-medium underline", focusRing)}>open it</Link>)
            </>
          ) : null}
          , under &ldquo;SIP phone settings&rdquo;. The password is only here.
        </Alert>
      )}

      <dl className="divide-y divide-amber-200 rounded-md border border-amber-200 bg-white">
        {sip ? (
          <>
            <Value label="SIP URI" copyLabel="SIP URI" value={sip.sipUri} />
            <Value label="Registrar / realm" copyLabel="realm" value={sip.realm} />
            <Value label="Username" copyLabel="username" value={sip.username} />
          </>
        ) : (
          <Value label="Endpoint" copyLabel="endpoint name" value={name} />
        )}
        {password !== null && <Value label="Password" copyLabel="password" value={password} onCopied={secret.markNoted} />}
      </dl>

      <div className="flex flex-wrap items-center gap-3">
        {password !== null ? (
          <Button variant="secondary" onClick={secret.hide}>
            <EyeSlashIcon />
            {/* Not "Hide password": a password input's eye button beside it is called that. */}
            Done, hide password
          </Button>
        ) : onClose ? (
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function Value({ label, copyLabel, value, onCopied }: { label: string; copyLabel: string; value: string; onCopied?: () => void }) {
  return (
    <div className="grid grid-cols-1 gap-1 px-3 py-2.5 sm:grid-cols-[9.5rem_1fr] sm:gap-3">
      <dt className="text-sm font-medium text-slate-600 sm:pt-1">{label}</dt>
      <dd className="flex min-w-0 items-start gap-1">
        <code className="min-w-0 flex-1 pt-1 font-mono text-sm break-all text-slate-900">{value || "—"}</code>
        {value ? <CopyButton value={value} label={copyLabel} onCopied={onCopied} /> : null}
      </dd>
    </div>
  );
}
