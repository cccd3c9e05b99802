import "server-only";
// One person as the Users page shows them, read through Better Auth's adapter (so the same
// code runs on another database): role, disabled, whether a password is set, live sessions.
import type { Session, User } from "better-auth";
import { getEnv } from "@/lib/env";
import type { Role } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users-contract";
import { getAuth } from "./auth";

export type AuthUser = User & { role?: string | null; banned?: boolean | null };

export async function authContext() {
  return getAuth().$context;
}

/** Sessions that still let someone in: not idle past expiry, not past the absolute lifetime. */
export async function liveSessions(userId: string): Promise<Session[]> {
  const { internalAdapter } = await authContext();
  const oldest = Date.now() - getEnv().sessions.maxHours * 3_600_000;
  const sessions = await internalAdapter.listSessions(userId, { onlyActiveSessions: true });
  return sessions.filter((session) => new Date(session.createdAt).getTime() > oldest);
}

export async function userSummary(user: AuthUser): Promise<UserSummary> {
  const { internalAdapter } = await authContext();
  const [account, sessions] = await Promise.all([internalAdapter.findCredentialAccount(user.id), liveSessions(user.id)]);
  return {
    id: user.id,
    email: user.email,
    role: (user.role ?? "viewer") as Role,
    disabled: !!user.banned,
    createdAt: new Date(user.createdAt).getTime(),
    hasPassword: !!account?.password,
    activeSessions: sessions.length,
  };
}

export async function listUserSummaries(): Promise<UserSummary[]> {
  const { internalAdapter } = await authContext();
  const users = (await internalAdapter.listUsers(undefined, undefined, { field: "createdAt", direction: "asc" })) as AuthUser[];
  return Promise.all(users.map(userSummary));
}
