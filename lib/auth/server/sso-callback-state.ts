import "server-only";
// What one single sign-on callback learned, shared between Better Auth's hooks (./oidc.ts) and
// the route that hands it the request (./sso-callback.ts): the profile's role claim, whether the
// user was created, who signed in. Async-local, so two callbacks at once never mix; one store
// per process (Next bundles the route and Better Auth's instance apart).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "@/lib/auth/roles";
import { processSingleton } from "@/lib/server/process-singleton";

export interface SsoCallbackState {
  /** The email the identity provider gave, for the audit entry of a refused sign-in. */
  email?: string;
  /** The role the claim names (undefined: none, or OIDC_ROLE_CLAIM unset). */
  claimRole?: Role;
  createdUserId?: string;
  signedIn?: { userId: string; email: string; role: string | null; previousRole: string | null };
}

const storage = () => processSingleton("sso-callback-state", () => new AsyncLocalStorage<SsoCallbackState>());

export function runSsoCallback<T>(state: SsoCallbackState, run: () => Promise<T>): Promise<T> {
  return storage().run(state, run);
}

/** The callback being handled, or undefined outside one (password sign-in, admin calls). */
export function ssoCallbackState(): SsoCallbackState | undefined {
  return storage().getStore();
}
