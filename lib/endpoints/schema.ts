// The one definition of an endpoint's fields. No server imports: the forms (loaded on their
// first use), the route handlers (safeParse), the bulk parser (per row) and the Catapult
// client all use it. Written with zod/mini, whose functions tree-shake better than classic
// zod's method chains. Same rules, same messages.
import * as z from "zod/mini";
import { DESCRIPTION_MAX, describeCharProblem, findNameProblem, findPasswordCharProblem, NAME_MAX, NAME_RULE, PASSWORD_MAX, PASSWORD_MIN, PASSWORD_RULE } from "./rules";

// The rules themselves live in rules.ts (no zod: forms show them before this file loads).
export { type CharProblem, DESCRIPTION_MAX, describeCharProblem, findNameProblem, findPasswordCharProblem, NAME_MAX, NAME_RULE, PASSWORD_MAX, PASSWORD_MIN, PASSWORD_RULE } from "./rules";

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
