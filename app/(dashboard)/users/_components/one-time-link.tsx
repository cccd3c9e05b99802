"use client";
// A password link, shown once to the admin who made it: the server keeps no copy to show
// again, so the admin copies it now and sends it to the person.
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/lib/browser/format";

export interface ShownLink {
  email: string;
  link: string;
  kind: "invitation" | "reset";
  expiresAt?: number;
}

export function OneTimeLink({ shown, onDismiss }: { shown: ShownLink; onDismiss: () => void }) {
  const what = shown.kind === "invitation" ? "Invitation link" : "Password link";
  return (
    <Alert tone="success" title={`${what} for ${shown.email}`} onDismiss={onDismiss} className="mb-6">
      <p>Send it to them: it sets their password once{shown.expiresAt ? ` and works until ${formatDateTime(shown.expiresAt)}` : ""}. It is shown only now.</p>
      <div className="mt-2 flex items-center gap-2">
        <code aria-label={what} className="min-w-0 flex-1 rounded bg-white/70 px-2 py-1 font-mono text-xs break-all ring-1 ring-emerald-600/20">
          {shown.link}
        </code>
        <CopyButton value={shown.link} label={what.toLowerCase()} showText />
      </div>
    </Alert>
  );
}
