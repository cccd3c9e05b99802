// Maps a path below /v1/users/{userId}/ to its route. Knowing the route (and so the family)
// before anything runs is what lets the rate limiter count per family.
import { applicationRoutes } from "./applications";
import type { Route } from "./context";
import { domainRoutes } from "./domains";
import { endpointRoutes } from "./endpoints";

const ROUTES: Route[] = [...domainRoutes, ...endpointRoutes, ...applicationRoutes];

export type RouteMatch = { route: Route; params: Record<string, string> };

export function matchRoute(segments: string[]): RouteMatch | null {
  for (const route of ROUTES) {
    const pattern = route.pattern.split("/");
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? "";
      if (part.startsWith(":")) {
        params[part.slice(1)] = segment;
        return segment !== "";
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return null;
}

/**
 * Splits `/v1/users/{userId}/rest...` into the user id and the decoded rest. A single
 * trailing slash is tolerated. Returns null for paths outside /v1/users/.
 */
export function splitUserPath(pathname: string): { userId: string; segments: string[] } | null {
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  const parts = trimmed.split("/").slice(1);
  if (parts[0] !== "v1" || parts[1] !== "users" || parts[2] === undefined) return null;
  try {
    return { userId: decodeURIComponent(parts[2]), segments: parts.slice(3).map(decodeURIComponent) };
  } catch {
    return null; // malformed %-escapes: no such resource
  }
}
