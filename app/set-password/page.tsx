import type { Metadata } from "next";
import { SetPasswordForm } from "./_components/set-password-form";

export const metadata: Metadata = { title: "Set your password" };

// From an invitation or reset link an admin made (/users): choose a password, then sign in.
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div aria-hidden="true" className="mx-auto mb-4 flex size-11 items-center justify-center rounded-lg bg-indigo-600 text-lg font-bold text-white shadow-sm">
            C
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Set your password</h1>
          <p className="mt-1 text-sm text-slate-600">For your Catapult Endpoints account.</p>
        </div>
        <SetPasswordForm token={typeof token === "string" ? token : ""} />
      </div>
    </main>
  );
}
