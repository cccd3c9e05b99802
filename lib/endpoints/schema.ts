// The one definition of an endpoint's fields. No server imports: the form (zodResolver), the
// route handlers (safeParse), the bulk parser (per row) and the Catapult client all use it.
// Written with zod/mini, whose functions tree-shake: the browser downloads ~6 kB of zod
// for these rules instead of ~30 kB for classic zod's method chains. Same rules, same messages.
import * as z from "zod/mini";
import type { IssueCode } from "./validation-issue";

// RFC 3261 §25.1 `user`: unreserved / escaped / user-unreserved. `telephone-subscriber`
// uses a subset of the same characters, so one rule covers both.
const SIP_USER_CHAR = /[A-Za-z0-9\-_.!~*'()&=+$,;?/]/;
const ESCAPE = /^%[0-9A-Fa-f]{2}/;

// Catapult gives no length limits; these are the dashboard's own, so that a pasted
// 10,000-character cell is refused here rather than sent.
export const NAME_MAX = 255;
export const DESCRIPTION_MAX = 1000;
export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 255;

export const NAME_RULE =
  "letters, digits, - _ . ! ~ * ' ( ) & = + $ , ; ? / and %XX escapes (no spaces or @)";
export const PASSWORD_RULE = `at least ${PASSWORD_MIN} characters, Latin-1 only (no €, emoji or control characters)`;

/** Where a name or password breaks its character rule: the issue's code and params. */
export type CharProblem =
  | { rule: Extract<IssueCode, "name_char" | "password_char">; position: number; char: string }
  | { rule: Extract<IssueCode, "name_escape">; position: number };

/** The first character that breaks the SIP user rule, or null when the name is valid. */
export function findNameProblem(name: string): CharProblem | null {
  for (let i = 0; i < name.length; ) {
    const rest = name.slice(i);
    if (rest[0] === "%") {
      if (!ESCAPE.test(rest)) return { rule: "name_escape", position: i + 1 };
      i += 3;
      continue;
    }
    const ch = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    if (!SIP_USER_CHAR.test(ch)) return { rule: "name_char", position: i + 1, char: codePointOf(ch) };
    i += ch.length;
  }
  return null;
}

/** Latin-1 graphic characters: U+0020–U+007E and U+00A0–U+00FF. */
export function findPasswordCharProblem(password: string): CharProblem | null {
  let i = 0;
  for (const ch of password) {
    i++;
    const cp = ch.codePointAt(0) ?? 0;
    const ok = (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);
    if (!ok) return { rule: "password_char", position: i, char: codePointOf(ch) };
  }
  return null;
}

/**
 * The words for a character problem, from its code and params alone: the schema's message
 * and the bulk preview's short text both come from here. `char` is "U+XXXX".
 */
export function describeCharProblem(rule: CharProblem["rule"], params: { position?: unknown; char?: unknown }): string {
  const at = `at position ${String(params.position)}`;
  if (rule === "name_escape") return `"%" ${at} must be followed by two hex digits`;
  const ch = describeCodePoint(String(params.char));
  return rule === "name_char" ? `${ch} ${at} is not allowed` : `${ch} ${at} is not a Latin-1 character`;
}

function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function describeCodePoint(hex: string): string {
  const cp = Number.parseInt(hex.slice(2), 16);
  if (cp === 0x20) return "a space";
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return `control character ${hex}`;
  return `"${String.fromCodePoint(cp)}" (${hex})`;
}

export const catapultIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a Catapult id (letters, digits, - and _)"));

export const endpointNameSchema = z.string({ error: "Name is required" }).check(
  z.minLength(1, "Name is required"),
  z.maxLength(NAME_MAX, `Name must be at most ${NAME_MAX} characters`),
  z.superRefine((name, ctx) => {
    const problem = findNameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: `Name: ${describeCharProblem(problem.rule, problem)}. Use ${NAME_RULE}.`, params: problem, input: name });
  }),
);

export const endpointPasswordSchema = z.string({ error: "Password is required" }).check(
  // An empty password is a missing one ("required"), not a short one: stop there, so it is
  // not also told it needs 6 characters.
  z.minLength(1, { error: "Password is required", abort: true }),
  z.minLength(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`),
  z.maxLength(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
  z.superRefine((password, ctx) => {
    const problem = findPasswordCharProblem(password);
    // Says where and which code point, never echoes the password itself.
    if (problem) ctx.addIssue({ code: "custom", message: `Password: ${describeCharProblem(problem.rule, problem)}. Use ${PASSWORD_RULE}.`, params: problem, input: "" });
  }),
);

export const endpointDescriptionSchema = z
  .string({ error: "Description must be text" })
  .check(z.maxLength(DESCRIPTION_MAX, `Description must be at most ${DESCRIPTION_MAX} characters`));

/** "" means "no application" (the form's "none" option). */
export const applicationIdSchema = z.union([z.literal(""), catapultIdSchema], {
  error: "Application must be a Catapult application id",
});

const enabledSchema = z.boolean({ error: "Enabled must be true or false" });

export const newEndpointSchema = z.object({
  name: endpointNameSchema,
  description: z.optional(endpointDescriptionSchema),
  applicationId: z.optional(applicationIdSchema),
  enabled: z.optional(enabledSchema),
  password: endpointPasswordSchema,
});
export type NewEndpoint = z.infer<typeof newEndpointSchema>;

/** Changes to an existing endpoint; the name can never change (Catapult's rule). */
export const endpointChangesSchema = z.strictObject({
  description: z.optional(endpointDescriptionSchema),
  applicationId: z.optional(applicationIdSchema),
  enabled: z.optional(enabledSchema),
  password: z.optional(endpointPasswordSchema),
});
export type EndpointChanges = z.infer<typeof endpointChangesSchema>;

/** Reads Catapult's `enabled`, which its docs show both as a boolean and as "true"/"false". */
export const enabledFlagSchema = z.union([
  z.boolean(),
  z.pipe(
    z.enum(["true", "false", "TRUE", "FALSE", "True", "False"]),
    z.transform((v) => v.toLowerCase() === "true"),
  ),
]);
