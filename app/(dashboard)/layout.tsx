import type { ReactNode } from "react";
import { TopNav } from "@/components/layout/top-nav";
import { CurrentUserProvider } from "@/lib/auth/hooks/current-user";
import { currentActor } from "@/lib/auth/server/current-actor";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { email, role } = await currentActor();
  return (
    <CurrentUserProvider user={{ email, role }}>
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-indigo-700 shadow-lg ring-2 ring-indigo-600 focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to main content
      </a>
      <TopNav email={email} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-hidden sm:px-6">
        {children}
      </main>
    </CurrentUserProvider>
  );
}
