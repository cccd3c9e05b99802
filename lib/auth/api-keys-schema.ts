// Creating an API key (the one schema for the form and the route), and the list's query and
// the key id in a path. zod/mini (see roles.ts).
import * as z from "zod/mini";
import { API_KEY_MAX_DAYS, API_KEY_NAME_MAX } from "./api-keys-contract";

export const newApiKeySchema = z.strictObject(
  {
    name: z
      .string({ error: "Name is required" })
      .check(
        z.trim(),
        z.minLength(1, "Name is required: say what the key is for, e.g. \"nightly provisioning\""),
        z.maxLength(API_KEY_NAME_MAX, `Name must be at most ${API_KEY_NAME_MAX} characters`),
      ),
    expiresInDays: z._default(
      z.nullable(
        z.number({ error: `expiresInDays must be a number of days (1 to ${API_KEY_MAX_DAYS}) or null for never` }).check(
          z.int({ error: "expiresInDays must be a whole number of days" }),
          z.minimum(1, { error: "expiresInDays must be at least 1" }),
          z.maximum(API_KEY_MAX_DAYS, { error: `expiresInDays must be at most ${API_KEY_MAX_DAYS}` }),
        ),
      ),
      null,
    ),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}` : "Send a JSON object with name and expiresInDays") },
);
export type NewApiKey = z.input<typeof newApiKeySchema>;

/** GET /api/api-keys query: `all=1` lists everyone's keys (admins). */
export const apiKeyListQuerySchema = z.object({ all: z.optional(z.enum(["0", "1"], { error: "all must be 1 (everyone's keys) or 0" })) });

/** DELETE /api/api-keys/{keyId}: Better Auth's ids are letters and digits. */
export const apiKeyIdParamsSchema = z.object({ keyId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "keyId is not a valid API key id")) });
