"use client";
// Everyone who can sign in. On a phone the columns would not fit: each person is a short card
// instead, so the page never scrolls sideways.
import { Badge } from "@/components/ui/badge";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { useCurrentUser } from "@/lib/auth/hooks/current-user";
import type { UserSummary } from "@/lib/auth/users-contract";
import { RoleSelect, UserActions } from "./user-actions";

type OnLink = (email: string, link: string, expiresAt: number) => void;

export function UsersTable({ users, onLink }: { users: readonly UserSummary[]; onLink: OnLink }) {
  const me = useCurrentUser();
  return (
    <>
      <div className="hidden lg:block">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">People who can sign in</caption>
          <colgroup>
            <col />
            <col className="w-36" />
            <col className="w-28" />
            <col className="w-24" />
            <col className="w-[23rem]" />
          </colgroup>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-5 py-2.5">Email</th>
              <th scope="col" className="px-3 py-2.5">Role</th>
              <th scope="col" className="px-3 py-2.5">Status</th>
              <th scope="col" className="px-3 py-2.5">Sessions</th>
              <th scope="col" className="px-5 py-2.5"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((user) => (
              <tr key={user.id} aria-label={user.email}>
                <td className="px-5 py-3">
                  <Email user={user} self={user.email === me.email} />
                  <p className="mt-0.5 text-xs text-slate-600">Added <LocalDateTime at={user.createdAt} /></p>
                </td>
                <td className="px-3 py-3"><RoleSelect user={user} self={user.email === me.email} /></td>
                <td className="px-3 py-3"><Status user={user} /></td>
                <td className="px-3 py-3 tabular-nums">{user.activeSessions.toLocaleString("en")}</td>
                <td className="px-5 py-3"><UserActions user={user} self={user.email === me.email} onLink={onLink} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="People who can sign in" className="divide-y divide-slate-200 lg:hidden">
        {users.map((user) => (
          <li key={user.id} aria-label={user.email} className="space-y-3 px-5 py-4 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Email user={user} self={user.email === me.email} />
              <Status user={user} />
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-slate-600">
              <RoleSelect user={user} self={user.email === me.email} />
              <span>{user.activeSessions.toLocaleString("en")} active {user.activeSessions === 1 ? "session" : "sessions"}</span>
              <span>Added <LocalDateTime at={user.createdAt} /></span>
            </div>
            <UserActions user={user} self={user.email === me.email} onLink={onLink} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Email({ user, self }: { user: UserSummary; self: boolean }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-2">
      <span className="font-medium break-all text-slate-900">{user.email}</span>
      {self && <Badge tone="indigo">You</Badge>}
      {!user.hasPassword && <Badge tone="amber">No password yet</Badge>}
    </span>
  );
}

function Status({ user }: { user: UserSummary }) {
  return user.disabled ? <Badge tone="red" dot>Disabled</Badge> : <Badge tone="green" dot>Active</Badge>;
}
