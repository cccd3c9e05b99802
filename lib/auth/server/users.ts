import "server-only";
// People, managed by an admin (the Users page, `npm run user`): add one with a password or an
// invitation link, make a fresh password link, and the changes in ./user-changes.ts. Each
// action leaves an audit entry naming the person acted upon; never a password or a link.
import { type AuditContext, audited } from "@/lib/audit/server/record";
import { DomainError } from "@/lib/domain-error";
import type { PasswordLinkResponse, UserCreatedResponse } from "@/lib/auth/users-contract";
import type { newUserSchema } from "@/lib/auth/users-schema";
import type { z } from "zod";
import { getAuth, PASSWORD_LINK_SECONDS, takeResetLink } from "./auth";
import { type AuthUser, authContext, listUserSummaries, userSummary } from "./user-summary";

export { listUserSummaries as listUsers };

type NewUserInput = z.output<typeof newUserSchema>;

/** Adds a person; without a password, answers the invitation link (shown once, never stored). */
export async function addUser(context: AuditContext, input: NewUserInput): Promise<UserCreatedResponse> {
  const email = input.email.trim().toLowerCase();
  return audited(context, "user.create", { target: { userEmail: email }, detail: { role: input.role } }, async () => {
    const { internalAdapter } = await authContext();
    if (await internalAdapter.findUserByEmail(email)) {
      throw new DomainError("conflict", `${email} already has an account.`, { email: `${email} already has an account` });
    }
    const { user } = await getAuth().api.createUser({
      // Better Auth types only its default roles; ours are checked by newUserSchema.
      body: { email, name: email, role: input.role as "admin", ...(input.password === undefined ? {} : { password: input.password }) },
    });
    const summary = await userSummary(user as AuthUser);
    if (input.password !== undefined) return { user: summary };
    return { user: summary, invitationLink: (await passwordLink(email)).link };
  });
}

/** A fresh link to set a password, for an invitation not used in time or a lost password. */
export async function makePasswordLink(context: AuditContext, userId: string): Promise<PasswordLinkResponse> {
  const user = await findUser(userId);
  return audited(context, "user.password-link", { target: { userEmail: user.email } }, () => passwordLink(user.email));
}

async function passwordLink(email: string): Promise<PasswordLinkResponse> {
  takeResetLink(email);
  await getAuth().api.requestPasswordReset({ body: { email, redirectTo: "/set-password" } });
  const link = takeResetLink(email);
  if (!link) throw new Error("Better Auth made no password link");
  return { link, expiresAt: Date.now() + PASSWORD_LINK_SECONDS * 1000 };
}

/** The user with this id, or a 404 that says so. */
export async function findUser(userId: string): Promise<AuthUser> {
  const { internalAdapter } = await authContext();
  const user = (await internalAdapter.findUserById(userId)) as AuthUser | null;
  if (!user) throw new DomainError("not_found", "That user does not exist (any more).");
  return user;
}
