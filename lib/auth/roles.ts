// Roles, in order: each can do everything the one before it can. Browser-safe: pages hide
// what a role cannot do, and the server (api-route, proxy) refuses it whatever the page shows.
import { z } from "zod";

export const ROLES = ["viewer", "operator", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` });
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", operator: "Operator", admin: "Admin" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Reads domains, endpoints, History, bulk jobs and the audit log.",
  operator: "Also creates, changes and deletes endpoints and runs bulk jobs.",
  admin: "Also manages users, domains and everyone's API keys.",
};

/** True when `role` may do what `needed` may. An unknown role (e.g. from an old row) may do nothing. */
export function hasRole(role: string | null | undefined, needed: Role): boolean {
  const rank = ROLES.indexOf(role as Role);
  return rank >= 0 && rank >= ROLES.indexOf(needed);
}

/** Account passwords: at least this long (the demo one included). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
