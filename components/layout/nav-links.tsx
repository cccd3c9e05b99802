"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { useCan } from "@/lib/auth/hooks/current-user";

const LINKS = [
  // Domain and endpoint pages live under Domains.
  { href: "/", label: "Domains", matches: (path: string) => path === "/" || path.startsWith("/domains") },
  // A job's page lives under Bulk jobs, wherever it was started from.
  { href: "/bulk-jobs", label: "Bulk jobs", matches: (path: string) => path.startsWith("/bulk-jobs") },
  { href: "/history", label: "History", matches: (path: string) => path.startsWith("/history") },
  { href: "/audit", label: "Audit log", matches: (path: string) => path.startsWith("/audit") },
  { href: "/users", label: "Users", matches: (path: string) => path.startsWith("/users"), adminOnly: true },
  { href: "/api-keys", label: "API keys", matches: (path: string) => path.startsWith("/api-keys"), operatorOnly: true },
];

export function NavLinks() {
  const pathname = usePathname() ?? "/";
  const admin = useCan("admin");
  const operator = useCan("operator");
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-0.5 sm:gap-1">
        {LINKS.filter((link) => (admin || !link.adminOnly) && (operator || !link.operatorOnly)).map((link) => {
          const current = link.matches(pathname);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap transition-colors sm:px-3",
                  current ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
                  focusRing,
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
