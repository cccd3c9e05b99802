import type { Metadata } from "next";
import { getEnv } from "@/lib/env";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { SSO_ERROR_MESSAGES, ssoErrorCode } from "@/lib/auth/sso-errors";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// The demo hint depends on this server's configuration, read per request, never at build.
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, sso_error: ssoError } = await searchParams;
  const ssoErrorKey = ssoErrorCode(ssoError);
  const env = getEnv();
  const demo = env.bootstrapAdmin?.demo && env.bootstrapAdmin.password ? { email: env.bootstrapAdmin.email, password: env.bootstrapAdmin.password } : undefined;
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div aria-hidden="true" className="mx-auto mb-4 flex size-11 items-center justify-center rounded-lg bg-indigo-600 text-lg font-bold text-white shadow-sm">
            C
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Catapult Endpoints</h1>
          <p className="mt-1 text-sm text-slate-600">Sign in to provision SIP endpoints.</p>
        </div>
        <SignInForm
          next={safeNextPath(next)}
          demo={demo}
          passwordSignIn={env.passwordSignIn}
          sso={env.oidc ? { name: env.oidc.name, error: ssoErrorKey && SSO_ERROR_MESSAGES[ssoErrorKey] } : undefined}
        />
      </div>
    </main>
  );
}
