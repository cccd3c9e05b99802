// API keys for automation: what creating one takes (the one schema for the form and the
// route), and what the API sends back. The key itself is in the create answer only; lists
// carry its first characters. Browser-safe (zod/mini: see roles.ts).
import * as z from "zod/mini";

export const API_KEY_NAME_MAX = 60;
/** Keys live at most a year (Better Auth's keyExpiration.maxExpiresIn, in days). */
export const API_KEY_MAX_DAYS = 365;
/** Characters of a key kept in clear for lists: "cdk_" and four more. */
export const API_KEY_START_LENGTH = 8;

/** The expiries the page offers; the API takes any whole number of days up to the maximum. */
export const API_KEY_EXPIRY_CHOICES = [
  { days: null, label: "Never" },
  { days: 30, label: "In 30 days" },
  { days: 90, label: "In 90 days" },
  { days: 365, label: "In 365 days" },
] as const;

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

/** A key as lists show it (epoch milliseconds for times). */
export interface ApiKeySummary {
  id: string;
  name: string;
  /** The key's first characters, e.g. "cdk_AbCd". */
  start: string | null;
  owner: { id: string; email: string };
  createdAt: number;
  lastUsedAt: number | null;
  expiresAt: number | null;
}

/** GET /api/api-keys (own keys; `?all=1`, admins only: everyone's) */
export interface ApiKeysResponse {
  keys: ApiKeySummary[];
}

/** POST /api/api-keys (201): the key in full, this once. */
export interface ApiKeyCreatedResponse {
  key: ApiKeySummary;
  secret: string;
}
