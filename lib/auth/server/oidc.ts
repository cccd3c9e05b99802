import "server-only";
// Single sign-on (OpenID Connect): Better Auth's generic OAuth plugin, when OIDC_ISSUER is set.
import type { ServerEnv } from "@/lib/env";

export function oidcPlugins(env: ServerEnv) {
  if (!env.oidc) return [];
  return [];
}
