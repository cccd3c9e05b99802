import "server-only";
// A person's own account: their password and their sessions. Only a signed-in person (not an
// API key) may use these; a password change ends their other sessions and keeps this one.
import { isAPIError } from "better-auth/api";
import { ApiError } from "@/lib/api/api-error";
import { type AuditContext, audited } from "@/lib/audit/server/record";
import { DomainError } from "@/lib/domain-error";
import type { OwnSession } from "@/lib/auth/users-contract";
import type { PasswordChange } from "@/lib/auth/users-schema";
import { type Actor, authHeaders } from "./actor";
import { getAuth } from "./auth";
import { authContext, liveSessions } from "./user-summary";

type PersonActor = Extract<Actor, { type: "user" }>;

/** The actor when it is a person with a session; an API key has no own account to manage. */
export function personActor(actor: Actor | undefined): PersonActor {
  if (actor?.type !== "user") throw new ApiError("forbidden", "Your own password and sessions are managed signed in, not with an API key.");
  return actor;
}

export async function changeOwnPassword(context: AuditContext, request: Request, actor: PersonActor, input: PasswordChange): Promise<void> {
  await audited(context, "account.password-changed", { target: { userEmail: actor.email } }, async () => {
    try {
      await getAuth().api.changePassword({ body: { ...input, revokeOtherSessions: false }, headers: authHeaders(request) });
    } catch (error) {
      throw isAPIError(error) ? passwordChangeError(error.body?.code) : error;
    }
    await endSessions(actor.userId, (session) => session.id !== actor.sessionId);
  });
}

function passwordChangeError(code: string | undefined): unknown {
  if (code === "INVALID_PASSWORD") return new DomainError("invalid", "That is not your current password.", { currentPassword: "That is not your current password" });
  if (code === "CREDENTIAL_ACCOUNT_NOT_FOUND") return new DomainError("invalid", "Your account has no password: you sign in with single sign-on.");
  return new DomainError("invalid", "The new password was refused: use 12 to 256 characters.", { newPassword: "Use 12 to 256 characters" });
}

export async function listOwnSessions(actor: PersonActor): Promise<OwnSession[]> {
  const sessions = await liveSessions(actor.userId);
  return sessions
    .map((session) => ({
      id: session.id,
      createdAt: new Date(session.createdAt).getTime(),
      lastActiveAt: new Date(session.updatedAt).getTime(),
      address: session.ipAddress ?? null,
      userAgent: session.userAgent ?? null,
      current: session.id === actor.sessionId,
    }))
    .toSorted((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt - a.lastActiveAt);
}

/** Ends one of the person's own sessions (another device, say). */
export async function endOwnSession(context: AuditContext, actor: PersonActor, sessionId: string): Promise<void> {
  const { internalAdapter } = await authContext();
  const sessions = await internalAdapter.listSessions(actor.userId);
  const session = sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw new DomainError("not_found", "That session has already ended, or is not yours.");
  await audited(context, "account.sessions-ended", { target: { userEmail: actor.email }, detail: { ended: "one" } }, () =>
    internalAdapter.deleteSession(session.token),
  );
}

/** "Sign out everywhere", this browser included: answers the headers that clear its cookie. */
export async function endAllOwnSessions(context: AuditContext, request: Request, actor: PersonActor): Promise<Headers> {
  return audited(context, "account.sessions-ended", { target: { userEmail: actor.email }, detail: { ended: "all" } }, async () => {
    const { headers } = await getAuth().api.signOut({ headers: authHeaders(request), returnHeaders: true });
    await endSessions(actor.userId, () => true);
    return headers;
  });
}

async function endSessions(userId: string, which: (session: { id: string }) => boolean): Promise<void> {
  const { internalAdapter } = await authContext();
  const tokens = (await internalAdapter.listSessions(userId)).filter(which).map((session) => session.token);
  if (tokens.length) await internalAdapter.deleteSessions(tokens);
}
