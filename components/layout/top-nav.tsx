import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function TopNav() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-4 px-4 sm:gap-6 sm:px-6">
        <Link href="/" className={cn("flex items-center gap-2 rounded-md text-sm font-semibold text-slate-900", focusRing)}>
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-md bg-indigo-600 text-sm font-bold text-white">
            C
          </span>
          <span className="max-sm:sr-only">Catapult Endpoints</span>
        </Link>
        <NavLinks />
        <div className="ml-auto">
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
