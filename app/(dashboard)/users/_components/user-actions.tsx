"use client";
// What an admin can do to one person: change the role (takes effect on their next request),
// disable or enable, end their sessions, make a password link. The server refuses changes to
// one's own role or account state, and to the last enabled admin; the page says why.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useChangeUser, useEndUserSessions, useMakePasswordLink } from "@/lib/auth/hooks/use-users";
import { isRole, ROLES } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/role-words";
import type { UserSummary } from "@/lib/auth/users-contract";

export function RoleSelect({ user, self }: { user: UserSummary; self: boolean }) {
  const change = useChangeUser();
  return (
    <div className="min-w-32">
      <Select
        aria-label={`Role of ${user.email}`}
        value={user.role}
        disabled={self || change.isPending}
        title={self ? "Another admin can change your role" : undefined}
        onChange={(event) => isRole(event.target.value) && change.mutate({ userId: user.id, change: { role: event.target.value } })}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>{ROLE_LABELS[role]}</option>
        ))}
      </Select>
      {change.isError && <p role="alert" className="mt-1 text-xs text-red-700">{errorMessage(change.error)}</p>}
    </div>
  );
}

type Confirming = "disable" | "end-sessions" | null;

export function UserActions({ user, self, onLink }: { user: UserSummary; self: boolean; onLink: (email: string, link: string, expiresAt: number) => void }) {
  const change = useChangeUser();
  const endSessions = useEndUserSessions();
  const makeLink = useMakePasswordLink();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const close = () => {
    setConfirming(null);
    change.reset();
    endSessions.reset();
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        {user.disabled ? (
          <Button size="sm" variant="secondary" disabled={change.isPending} onClick={() => change.mutate({ userId: user.id, change: { disabled: false } })}>
            {change.isPending && <Spinner />}Enable
          </Button>
        ) : (
          <Button size="sm" variant="secondary" disabled={self} title={self ? "You cannot disable your own account" : undefined} onClick={() => setConfirming("disable")}>
            Disable
          </Button>
        )}
        <Button size="sm" variant="secondary" disabled={user.activeSessions === 0} onClick={() => setConfirming("end-sessions")}>
          End sessions
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={makeLink.isPending}
          onClick={() => makeLink.mutate(user.id, { onSuccess: ({ link, expiresAt }) => onLink(user.email, link, expiresAt) })}
        >
          {makeLink.isPending && <Spinner />}Password link
        </Button>
      </div>
      {(makeLink.isError || (change.isError && !confirming)) && (
        <p role="alert" className="text-xs text-red-700">{errorMessage(makeLink.error ?? change.error)}</p>
      )}
      <ConfirmDialog
        open={confirming === "disable"}
        title={`Disable ${user.email}?`}
        confirmLabel="Disable"
        pendingLabel="Disabling…"
        pending={change.isPending}
        error={change.isError ? errorMessage(change.error) : undefined}
        onCancel={close}
        onConfirm={() => change.mutate({ userId: user.id, change: { disabled: true } }, { onSuccess: close })}
      >
        They are signed out everywhere at once, cannot sign in, and their API keys stop working until an admin enables them again.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "end-sessions"}
        title={`End all sessions of ${user.email}?`}
        confirmLabel="End sessions"
        pendingLabel="Ending…"
        pending={endSessions.isPending}
        error={endSessions.isError ? errorMessage(endSessions.error) : undefined}
        onCancel={close}
        onConfirm={() => endSessions.mutate(user.id, { onSuccess: close })}
      >
        Every browser they are signed in on is signed out. They can sign in again with their password.
      </ConfirmDialog>
    </div>
  );
}
