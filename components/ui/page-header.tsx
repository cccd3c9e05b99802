import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { ChevronRightIcon } from "./icons/chevron-right";

export interface Crumb {
  label: ReactNode;
  href?: string;
}

interface PageHeaderProps {
  title: ReactNode;
  /** Ancestors only; the current page is the title. */
  breadcrumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, breadcrumbs, description, actions }: PageHeaderProps) {
  return (
    <header className="mb-6 space-y-2">
      {breadcrumbs && breadcrumbs.length > 0 && <Breadcrumbs items={breadcrumbs} current={title} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{title}</h1>
          {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
    </header>
  );
}

function Breadcrumbs({ items, current }: { items: Crumb[]; current: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1">
            {item.href ? (
              <Link href={item.href} className={cn("rounded-sm hover:text-slate-900 hover:underline", focusRing)}>
                {item.label}
              </Link>
            ) : (
              <span>{item.label}</span>
            )}
            <ChevronRightIcon className="size-4 text-slate-500" />
          </li>
        ))}
        <li aria-current="page" className="truncate font-medium text-slate-800">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/** Stands in for a title that is still loading; screen readers hear "Loading…". */
export function TitleSkeleton({ className = "h-8 w-56" }: { className?: string }) {
  return (
    <>
      <span aria-hidden="true" className={cn("inline-block animate-pulse rounded bg-slate-200 align-middle", className)} />
      <span className="sr-only">Loading…</span>
    </>
  );
}
