// The roles in words, for the pages and answers that name them. Apart from roles.ts, which
// every page reads (the navigation asks what the role may do) and which so stays small.
import type { Role } from "./roles";

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", operator: "Operator", admin: "Admin" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Reads domains, endpoints, History, bulk jobs and the audit log.",
  operator: "Also creates, changes and deletes endpoints and runs bulk jobs.",
  admin: "Also manages users, domains and everyone's API keys.",
};
