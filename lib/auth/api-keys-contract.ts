// API keys for automation: what creating one takes (the one schema for the form and the
// route), and what the API sends back. The key itself is in the create answer only; lists
// carry its first characters. Browser-safe, and no schema: the one for creating a key is in
// api-keys-schema.ts.

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
