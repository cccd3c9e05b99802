// The one definition of a new domain's fields, for the form (zodResolver) and the route
// (safeParse). Catapult's docs say both fields are mandatory and the name is unique and used
// in DNS lookups; their own sample has a "_" (mycoolapp_stage). Letters, digits, "-" and "_"
// up to 63 characters (one DNS label) is safe under every reading. zod/mini: see the
// endpoint schema for why.
import * as z from "zod/mini";

export const DOMAIN_NAME_MAX = 63;
export const DOMAIN_DESCRIPTION_MAX = 1000;
export const DOMAIN_NAME_RULE = `letters, digits, - and _ (at most ${DOMAIN_NAME_MAX})`;

const DOMAIN_NAME_CHAR = /[A-Za-z0-9_-]/;

export const domainNameSchema = z.string({ error: "Name is required" }).check(
  z.minLength(1, "Name is required"),
  z.maxLength(DOMAIN_NAME_MAX, `Name must be at most ${DOMAIN_NAME_MAX} characters`),
  z.superRefine((name, ctx) => {
    const chars = [...name];
    const index = chars.findIndex((ch) => !DOMAIN_NAME_CHAR.test(ch));
    if (index < 0) return;
    const char = `U+${(chars[index]!.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    const params = { rule: "name_char", position: index + 1, char };
    ctx.addIssue({ code: "custom", message: `Name: the character at position ${index + 1} (${char}) is not allowed. Use ${DOMAIN_NAME_RULE}.`, params, input: name });
  }),
);

export const newDomainSchema = z.object({
  name: domainNameSchema,
  description: z.string({ error: "Description is required" }).check(
    z.minLength(1, "Description is required (Catapult requires one)"),
    z.maxLength(DOMAIN_DESCRIPTION_MAX, `Description must be at most ${DOMAIN_DESCRIPTION_MAX} characters`),
  ),
});
export type NewDomain = z.infer<typeof newDomainSchema>;
