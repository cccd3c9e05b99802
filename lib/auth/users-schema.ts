// What the Users, Account and Set password pages and `npm run user` send: one schema per
// input, used by the form and the route alike. zod/mini (see roles.ts).
import * as z from "zod/mini";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from "./roles";

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

/** A user or session id in a path, checked before any lookup. */
export const accountIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id"));
