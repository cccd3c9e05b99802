// Roles, in order: each can do everything the one before it can. Browser-safe: pages hide
// what a role cannot do, and the server (api-route, proxy) refuses it whatever the page shows.
// No schema here: every dashboard page reads this file (the navigation asks what the role may
// do), and the smallest zod schema costs a page ~16 kB of JavaScript. The role as input is
// checked by `roleSchema` in users-schema.ts; its words are in role-words.ts.

export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return ROLES.includes(value as Role);
}

/** True when `role` may do what `needed` may. An unknown role (e.g. from an old row) may do nothing. */
export function hasRole(role: string | null | undefined, needed: Role): boolean {
  const rank = isRole(role) ? ROLES.indexOf(role) : -1;
  return rank >= 0 && rank >= ROLES.indexOf(needed);
}

/** Account passwords: at least this long (the demo one included). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
