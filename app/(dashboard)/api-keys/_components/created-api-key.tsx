"use client";
// The new key, this once: the server keeps only its hash, so it cannot be shown again. It lives
// in this component's props only; "Done" drops it from the page.
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { KeyIcon } from "@/components/ui/icons/key";
import type { ApiKeyCreatedResponse } from "@/lib/auth/api-keys-contract";

export function CreatedApiKey({ created, onDone }: { created: ApiKeyCreatedResponse; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves here, so the key and its note are announced and the copy button is next.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="created-api-key-heading" className="mb-6 space-y-3 rounded-md border border-amber-300 bg-amber-50/50 p-4">
      <h2 id="created-api-key-heading" ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-base font-semibold text-slate-900 focus:outline-hidden">
        <KeyIcon className="size-5 text-amber-700" />
        API key &ldquo;{created.key.name}&rdquo; created
      </h2>
      <p className="text-sm text-amber-950">
        <strong className="font-semibold">Copy the key now: it is shown this once.</strong> The dashboard keeps only a hash of it. If it is lost,
        revoke it and make another.
      </p>
      <div className="flex items-start gap-1 rounded-md border border-amber-200 bg-white px-3 py-2.5">
        <code className="min-w-0 flex-1 pt-1 font-mono text-sm break-all text-slate-900">
          {created.secret}
        </code>
        <CopyButton value={created.secret} label="API key" />
      </div>
      <Button variant="secondary" onClick={onDone}>
        Done, hide the key
      </Button>
    </section>
  );
}
