// People and their own accounts: what the Users page, the Account page and `npm run user`
// send and get back. One schema per input, used by the form and the route alike. Browser-safe
// (zod/mini: see roles.ts).
import * as z from "zod/mini";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES, type Role } from "./roles";

/** A role as input (a form's choice, an API body): one of ROLES, or this message. */
export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` });

const email = z.pipe(
  z.string({ error: "Email is required" }).check(z.trim(), z.toLowerCase()),
  z.email({ error: "Enter an email address, e.g. name@example.com" }).check(z.maxLength(254, "Email can be at most 254 characters")),
);

/** A new password: the length rule Better Auth also enforces, said before the request. */
export const newPasswordSchema = z
  .string({ error: "Password is required" })
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`),
  );

/** POST /api/users: without a password the answer carries an invitation link. */
export const newUserSchema = z.object({
  email,
  role: roleSchema,
  password: z.optional(newPasswordSchema),
});
export type NewUser = z.input<typeof newUserSchema>;

/** PATCH /api/users/[userId] */
export const userChangeSchema = z
  .object({ role: z.optional(roleSchema), disabled: z.optional(z.boolean({ error: "disabled must be true or false" })) })
  .check(z.refine((change) => change.role !== undefined || change.disabled !== undefined, { error: "Send role, disabled, or both" }));
export type UserChange = z.infer<typeof userChangeSchema>;

/** POST /api/account/password */
export const passwordChangeSchema = z.object({
  currentPassword: z
    .string({ error: "Current password is required" })
    .check(z.minLength(1, "Current password is required"), z.maxLength(MAX_PASSWORD_LENGTH, `Current password is at most ${MAX_PASSWORD_LENGTH} characters`)),
  newPassword: newPasswordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** POST /api/password-links: a password set from an invitation or reset link. */
export const passwordFromLinkSchema = z.object({
  token: z.string({ error: "The link has no token" }).check(z.minLength(1, "The link has no token"), z.maxLength(512, "The link's token is too long")),
  newPassword: newPasswordSchema,
});
export type PasswordFromLink = z.infer<typeof passwordFromLinkSchema>;

/** One person, as the Users page lists them. Times in epoch milliseconds. */
export interface UserSummary {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  /** False for someone invited who has not set a password yet (or who signs in with SSO only). */
  hasPassword: boolean;
  activeSessions: number;
}

/** GET /api/users */
export interface UsersResponse {
  users: UserSummary[];
}

/** POST /api/users; `invitationLink` only when no password was given, shown once. */
export interface UserCreatedResponse {
  user: UserSummary;
  invitationLink?: string;
}

/** PATCH /api/users/[userId] and POST .../sessions/end */
export interface UserResponse {
  user: UserSummary;
}

/** POST /api/users/[userId]/password-link */
export interface PasswordLinkResponse {
  link: string;
  /** When the link stops working (epoch ms). */
  expiresAt: number;
}

/** One of the signed-in person's own sessions. */
export interface OwnSession {
  id: string;
  createdAt: number;
  lastActiveAt: number;
  address: string | null;
  userAgent: string | null;
  /** The session this request came with. */
  current: boolean;
}

/** GET /api/account/sessions */
export interface OwnSessionsResponse {
  sessions: OwnSession[];
}

/** A user or session id in a path, checked before any lookup. */
export const accountIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id"));
