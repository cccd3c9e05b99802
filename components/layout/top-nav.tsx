import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** `email`: the signed-in person, linking to their account page. */
export function TopNav({ email }: { email: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* On a phone the links take a line of their own below the logo and "Sign out", so four
          links fit without the page scrolling sideways. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:h-14 sm:flex-nowrap sm:gap-6 sm:px-6 sm:py-0">
        <Link href="/" className={cn("flex items-center gap-2 rounded-md text-sm font-semibold text-slate-900", focusRing)}>
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-md bg-indigo-600 text-sm font-bold text-white">
            C
          </span>
          <span className="max-sm:sr-only">Catapult Endpoints</span>
        </Link>
        <div className="max-sm:order-last max-sm:w-full">
          <NavLinks />
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-1">
          <Link
            href="/account"
            title={`${email}: your password, sessions and API keys`}
            className={cn("truncate rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-50 hover:text-slate-900 sm:max-w-56", focusRing)}
          >
            <span className="max-sm:hidden">{email}</span>
            <span className="sm:hidden">Account</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
