// Which role a single sign-on gives. With OIDC_ROLE_CLAIM set, the identity provider decides on
// every sign-in (a change there takes effect at the next one); without it, the dashboard does
// (new people get OIDC_DEFAULT_ROLE, an admin changes it on /users). Pure, so unit-tested.
import { ROLES, type Role } from "@/lib/auth/roles";

/**
 * A claim's value: the key as written (claim names may be URLs, with dots), else a dotted path
 * into nested objects, as Keycloak's `realm_access.roles`.
 */
export function claimValue(profile: Record<string, unknown>, claim: string): unknown {
  if (Object.hasOwn(profile, claim)) return profile[claim];
  let value: unknown = profile;
  for (const part of claim.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The highest dashboard role a claim names (a string or a list of them); other values are ignored. */
export function roleFromClaim(value: unknown): Role | undefined {
  const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  const ranks = values
    .filter((v): v is string => typeof v === "string")
    .map((v) => ROLES.indexOf(v.trim().toLowerCase() as Role))
    .filter((rank) => rank >= 0);
  return ranks.length > 0 ? ROLES[Math.max(...ranks)] : undefined;
}

export interface SsoRoleInput {
  /** OIDC_ROLE_CLAIM is set. */
  claimConfigured: boolean;
  /** The role the claim names, if any. */
  claimRole: Role | undefined;
  /** The user was created by this sign-in. */
  isNew: boolean;
  defaultRole: Role;
}

/**
 * The role to set, or undefined to leave the user's role alone. With a role claim configured, a
 * missing or unknown value gives OIDC_DEFAULT_ROLE to existing users too: the claim is the
 * source of truth, so taking a role away at the identity provider must take it away here, and
 * an identity provider that stops sending the claim fails towards less access, not more.
 */
export function ssoRole({ claimConfigured, claimRole, isNew, defaultRole }: SsoRoleInput): Role | undefined {
  if (claimConfigured) return claimRole ?? defaultRole;
  return isNew ? defaultRole : undefined;
}
