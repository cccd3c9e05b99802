import "server-only";
// Single sign-on (OpenID Connect): Better Auth's generic OAuth plugin, when OIDC_ISSUER is set,
// plus the dashboard's rules for it: the role (./sso-role.ts) set on each sign-in, and what the
// audit entry needs (./sso-callback.ts records it). The identity provider's callback is the one
// path of Better Auth's handler we serve (app/api/auth/[...all]/route.ts).
import type { BetterAuthPlugin } from "better-auth";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import type { ServerEnv } from "@/lib/env";
import { ssoCallbackState } from "./sso-callback-state";
import { claimValue, roleFromClaim, ssoRole } from "./sso-role";

/** The provider id: part of the callback URL registered at the identity provider. */
export const OIDC_PROVIDER_ID = "oidc";

/** Where the identity provider sends people back (register it there as the redirect URI). */
export const OIDC_CALLBACK_PATH = `/api/auth/callback/${OIDC_PROVIDER_ID}`;

export function oidcPlugins(env: ServerEnv) {
  const oidc = env.oidc;
  if (!oidc) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          name: oidc.name,
          // Read when the server starts: the identity provider must answer then (see the README).
          discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
          requireIdTokenVerification: true,
          clientId: oidc.clientId,
          clientSecret: oidc.clientSecret,
          // client_secret_basic: the method OpenID Connect assumes when a client names none.
          authentication: "basic",
          scopes: ["openid", "email", "profile"],
          pkce: true,
          mapProfileToUser: (profile) => {
            const state = ssoCallbackState();
            if (state) {
              state.email = typeof profile.email === "string" ? profile.email.toLowerCase() : undefined;
              state.claimRole = oidc.roleClaim ? roleFromClaim(claimValue(profile, oidc.roleClaim)) : undefined;
            }
            return {};
          },
        },
      ],
    }),
    ssoRoles(oidc),
  ];
}

/**
 * Sets the role once the sign-in is certain: after Better Auth made the session, which the
 * admin plugin refuses to a disabled user, so a refused sign-in changes nothing.
 */
function ssoRoles(oidc: NonNullable<ServerEnv["oidc"]>): BetterAuthPlugin {
  return {
    id: "dashboard-sso-roles",
    init: () => ({
      options: {
        databaseHooks: {
          user: {
            create: {
              after: async (user) => {
                const state = ssoCallbackState();
                if (state) state.createdUserId = user.id;
              },
            },
          },
          session: {
            create: {
              after: async (session, ctx) => {
                const state = ssoCallbackState();
                if (!state || !ctx) return;
                const user = (await ctx.context.internalAdapter.findUserById(session.userId)) as { email: string; role?: string | null } | null;
                if (!user) return;
                const role = ssoRole({ claimConfigured: !!oidc.roleClaim, claimRole: state.claimRole, isNew: state.createdUserId === session.userId, defaultRole: oidc.defaultRole });
                if (role && role !== user.role) await ctx.context.internalAdapter.updateUser(session.userId, { role });
                state.signedIn = { userId: session.userId, email: user.email, role: role ?? user.role ?? null, previousRole: user.role ?? null };
              },
            },
          },
        },
      },
    }),
  };
}
