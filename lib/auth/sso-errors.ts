// Why a single sign-on came back to /sign-in (`?sso_error=<code>`), in words for the page.
// Browser-safe. The identity provider's own description is not shown: it is text from outside.
export const SSO_ERROR_CODES = ["account_disabled", "access_denied", "account_not_linked", "no_email", "unavailable", "failed"] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

export const SSO_ERROR_MESSAGES: Record<SsoErrorCode, string> = {
  account_disabled: "This account is disabled. Ask an admin to enable it.",
  access_denied: "Single sign-on was cancelled or refused at the identity provider.",
  account_not_linked:
    "An account with this email address already exists here, and the identity provider did not confirm the address, so single sign-on cannot use that account. Ask an admin.",
  no_email: "The identity provider did not share an email address, which the dashboard needs to know who you are.",
  unavailable: "Single sign-on is not available right now: the identity provider could not be reached. Try again later, or ask an admin.",
  failed: "Single sign-on did not complete. Try again; if it keeps failing, ask an admin to check the server log.",
};

/** The code for the page, whatever the query holds (an unknown value reads as "failed"). */
export function ssoErrorCode(value: string | string[] | undefined): SsoErrorCode | undefined {
  const code = Array.isArray(value) ? value[0] : value;
  if (code === undefined) return undefined;
  return (SSO_ERROR_CODES as readonly string[]).includes(code) ? (code as SsoErrorCode) : "failed";
}
