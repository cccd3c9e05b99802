// What each page needs: every page of app/ is listed here by its route (lib/auth/page-access.test.ts
// fails on a page missing from the table). proxy.ts enforces it on every page request, before
// anything renders; the navigation hides links a role cannot use. Browser-safe.
import type { Role } from "./roles";

export type PageAccess = Role | "public";

export const PAGE_ACCESS = {
  "/sign-in": "public",
  "/set-password": "public",
  "/": "viewer",
  "/domains/[domainId]": "viewer",
  "/domains/[domainId]/endpoints/[endpointId]": "viewer",
  "/domains/[domainId]/endpoints/new": "operator",
  "/domains/[domainId]/endpoints/bulk": "operator",
  "/bulk-jobs": "viewer",
  "/bulk-jobs/[jobId]": "viewer",
  "/history": "viewer",
  "/audit": "viewer",
  "/account": "viewer",
  "/users": "admin",
  "/api-keys": "operator",
  // Where proxy.ts sends a role too small for the page asked for (403).
  "/forbidden": "viewer",
} as const satisfies Record<string, PageAccess>;

export type PageRoute = keyof typeof PAGE_ACCESS;

const MATCHERS = (Object.entries(PAGE_ACCESS) as [PageRoute, PageAccess][]).map(([route, access]) => ({
  route,
  access,
  // A static segment beats a dynamic one ("/endpoints/new" before "/endpoints/[endpointId]").
  dynamicSegments: (route.match(/\[/g) ?? []).length,
  pattern: new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/]+").replace(/\/$/, "")}/?$`),
})).toSorted((a, b) => a.dynamicSegments - b.dynamicSegments);

/** The route a path belongs to and what it needs; undefined for a path no page serves (404). */
export function pageAccess(pathname: string): { route: PageRoute; access: PageAccess } | undefined {
  const match = MATCHERS.find((m) => m.pattern.test(pathname));
  return match && { route: match.route, access: match.access };
}
