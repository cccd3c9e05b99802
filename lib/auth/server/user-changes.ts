import "server-only";
// An admin's changes to a person: role, disabled, ending their sessions. Disabling ends every
// session at once (and the person's API keys stop, see ./actor.ts); a role change counts from
// the next request, since the role is read on each one. Two rules keep someone in charge: no
// admin disables or demotes themself, and the last enabled admin stays one.
import { type AuditContext, audited } from "@/lib/audit/server/record";
import { DomainError } from "@/lib/domain-error";
import { processSingleton } from "@/lib/server/process-singleton";
import type { Role } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users-contract";
import type { UserChange } from "@/lib/auth/users-schema";
import { type AuthUser, authContext, userSummary } from "./user-summary";
import { findUser } from "./users";

// Changes run one at a time, so two admins demoting each other cannot both pass the
// last-admin check (one process serves the dashboard).
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const lock = processSingleton("user-changes-lock", () => ({ tail: Promise.resolve() as Promise<unknown> }));
  const next = lock.tail.then(run);
  lock.tail = next.catch(() => undefined);
  return next;
}

/** Applies a role and/or disabled change made by `actorUserId` (null: the shell). */
export function changeUser(context: AuditContext, actorUserId: string | null, userId: string, change: UserChange): Promise<UserSummary> {
  return oneAtATime(async () => {
    const user = await findUser(userId);
    const role = change.role ?? (user.role as Role);
    const disabled = change.disabled ?? !!user.banned;
    await assertSomeoneStaysInCharge(user, actorUserId, role, disabled);
    const { internalAdapter } = await authContext();
    const target = { userEmail: user.email };
    if (role !== user.role) {
      await audited(context, "user.role", { target, detail: { role, from: user.role } }, () => internalAdapter.updateUser(userId, { role }));
    }
    if (disabled && !user.banned) {
      await audited(context, "user.disable", { target }, async () => {
        await internalAdapter.updateUser(userId, { banned: true, banReason: "Disabled by an admin", banExpires: null });
        await internalAdapter.deleteUserSessions(userId);
      });
    } else if (!disabled && user.banned) {
      await audited(context, "user.enable", { target }, () => internalAdapter.updateUser(userId, { banned: false, banReason: null, banExpires: null }));
    }
    return userSummary(await findUser(userId));
  });
}

/** Signs the person out everywhere: their next request with any old cookie gets 401. */
export async function endUserSessions(context: AuditContext, userId: string): Promise<UserSummary> {
  const user = await findUser(userId);
  const { internalAdapter } = await authContext();
  await audited(context, "user.sessions-ended", { target: { userEmail: user.email } }, () => internalAdapter.deleteUserSessions(userId));
  return userSummary(user);
}

async function assertSomeoneStaysInCharge(user: AuthUser, actorUserId: string | null, role: Role, disabled: boolean): Promise<void> {
  const wasAdmin = user.role === "admin" && !user.banned;
  if (!wasAdmin || (role === "admin" && !disabled)) return;
  if (user.id === actorUserId) {
    throw new DomainError("conflict", disabled ? "You cannot disable your own account." : "You cannot take the Admin role from yourself: ask another admin.", {
      [disabled ? "disabled" : "role"]: "Not on your own account",
    });
  }
  const { internalAdapter } = await authContext();
  const admins = (await internalAdapter.listUsers(undefined, undefined, undefined, [{ field: "role", value: "admin" }])) as AuthUser[];
  if (admins.filter((admin) => !admin.banned).length <= 1) {
    throw new DomainError("conflict", `${user.email} is the last enabled admin: make someone else an admin first.`, {
      [disabled ? "disabled" : "role"]: "The last enabled admin must stay one",
    });
  }
}
