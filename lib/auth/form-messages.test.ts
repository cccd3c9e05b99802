// The Users, Account, API keys and Set password forms check these schemas in the browser, where
// zod/mini loads no locale: each message a person can meet must be the schema's own words,
// never zod's bare "Invalid input". The locale is removed here to be sure, whatever loaded it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { newApiKeySchema } from "./api-keys-schema";
import { newPasswordSchema, newUserSchema, passwordChangeSchema, passwordFromLinkSchema } from "./users-schema";

let locale: ReturnType<typeof z.config>["localeError"];
beforeAll(() => {
  locale = z.config().localeError;
  z.config({ localeError: undefined });
});
afterAll(() => void z.config({ localeError: locale }));

const messages = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("form messages without zod's locale", () => {
  it.each([
    ["add person, empty", newUserSchema, { email: "", role: "viewer" }, { email: "Enter an email address, e.g. name@example.com" }],
    ["add person, no email or role", newUserSchema, {}, { email: "Email is required", role: "role must be one of viewer, operator, admin" }],
    ["add person, long email", newUserSchema, { email: `${"a".repeat(250)}@example.com`, role: "admin" }, { email: "Email can be at most 254 characters" }],
    ["add person, short password", newUserSchema, { email: "a@example.com", role: "admin", password: "short" }, { password: "Use at least 12 characters" }],
    ["set password, long", newPasswordSchema, "x".repeat(257), { "": "Use at most 256 characters" }],
    ["change password, empty", passwordChangeSchema, { currentPassword: "", newPassword: "" }, { currentPassword: "Current password is required", newPassword: "Use at least 12 characters" }],
    ["change password, long current", passwordChangeSchema, { currentPassword: "x".repeat(257), newPassword: "y".repeat(12) }, { currentPassword: "Current password is at most 256 characters" }],
    ["password link, no token", passwordFromLinkSchema, { newPassword: "y".repeat(12) }, { token: "The link has no token" }],
    ["API key, blank name", newApiKeySchema, { name: "   ", expiresInDays: 30 }, { name: 'Name is required: say what the key is for, e.g. "nightly provisioning"' }],
    ["API key, long name", newApiKeySchema, { name: "x".repeat(61), expiresInDays: 30 }, { name: "Name must be at most 60 characters" }],
    ["API key, days", newApiKeySchema, { name: "n", expiresInDays: 0.5 }, { expiresInDays: "expiresInDays must be a whole number of days" }],
    ["API key, too many days", newApiKeySchema, { name: "n", expiresInDays: 366 }, { expiresInDays: "expiresInDays must be at most 365" }],
  ])("%s", (_, schema, value, expected) => {
    expect(messages(schema, value)).toEqual(expected);
  });
});
