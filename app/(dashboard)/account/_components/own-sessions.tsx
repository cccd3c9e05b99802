"use client";
// The browsers the person is signed in on: end one (a shared computer, a lost phone), or all
// of them, this one included ("Sign out everywhere", which then leaves for the sign-in page).
// The list comes from the server with the page; ending one renders the page again.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useEndOwnSession, useSignOutEverywhere } from "@/lib/auth/hooks/use-account";
import type { OwnSession } from "@/lib/auth/users-contract";

export function OwnSessions({ sessions }: { sessions: readonly OwnSession[] }) {
  const endOne = useEndOwnSession();
  const everywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);

  return (
    <Card aria-labelledby="sessions-heading">
      <CardHeader
        titleId="sessions-heading"
        title="Your sessions"
        description="Each browser you signed in on. A session ends when idle too long, at its maximum age, or when you end it here."
        actions={
          <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </Button>
        }
      />
      <ul aria-label="Your sessions" className="divide-y divide-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3 text-sm">
            <SessionFacts session={session} />
            {!session.current && (
              <Button size="sm" variant="secondary" disabled={endOne.isPending && endOne.variables === session.id} onClick={() => endOne.mutate(session.id)}>
                {endOne.isPending && endOne.variables === session.id && <Spinner />}End
              </Button>
            )}
          </li>
        ))}
      </ul>
      {endOne.isError && <p role="alert" className="px-5 pb-3 text-sm text-red-700">{errorMessage(endOne.error)}</p>}
      <ConfirmDialog
        open={confirming}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        pendingLabel="Signing out…"
        pending={everywhere.isPending || everywhere.isSuccess}
        error={everywhere.isError ? errorMessage(everywhere.error) : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() => everywhere.mutate(undefined, { onSuccess: () => window.location.assign("/sign-in") })}
      >
        Every session ends, this one included: you sign in again here, and on each other browser.
      </ConfirmDialog>
    </Card>
  );
}

function SessionFacts({ session }: { session: OwnSession }) {
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all text-slate-900">{describeAgent(session.userAgent)}</span>
        {session.current && <Badge tone="indigo">This browser</Badge>}
      </p>
      <p className="text-slate-600">
        Signed in <LocalDateTime at={session.createdAt} /> · last active <LocalDateTime at={session.lastActiveAt} />
        {session.address && <> · <span className="font-mono text-xs whitespace-nowrap">{session.address}</span></>}
      </p>
    </div>
  );
}

/** A short name for a browser from its user agent; the whole string is too long to read. */
function describeAgent(agent: string | null): string {
  if (!agent) return "Unknown browser";
  const browser = /Edg\//.test(agent) ? "Edge" : /Firefox\//.test(agent) ? "Firefox" : /Chrom(e|ium)\//.test(agent) ? "Chrome" : /Safari\//.test(agent) ? "Safari" : null;
  const system = /Android/.test(agent) ? "Android" : /iPhone|iPad/.test(agent) ? "iOS" : /Mac OS X/.test(agent) ? "macOS" : /Windows/.test(agent) ? "Windows" : /Linux/.test(agent) ? "Linux" : null;
  if (!browser && !system) return agent.slice(0, 60);
  return [browser, system && `on ${system}`].filter(Boolean).join(" ");
}
