import Link from "next/link";
import { formatCount } from "@/lib/browser/format";
import { Button, buttonClasses } from "./button";
import { cn } from "./cn";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** What is being paged, for the screen-reader label ("endpoints"). */
  noun: string;
  /** A view held in the browser changes page in place... */
  onPageChange?: (page: number) => void;
  /** ...a view rendered on the server links to each page (so a page is in the URL, and works without script). */
  pageHref?: (page: number) => string;
}

export function Pagination({ page, pageSize, total, onPageChange, pageHref, noun }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  const step = (to: number, label: string, disabled: boolean) =>
    pageHref && !disabled ? (
      <Link href={pageHref(to)} className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {label}
      </Link>
    ) : pageHref ? (
      <span aria-disabled="true" className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "cursor-not-allowed opacity-60")}>
        {label}
      </span>
    ) : (
      <Button variant="secondary" size="sm" onClick={() => onPageChange?.(to)} disabled={disabled}>
        {label}
      </Button>
    );
  return (
    <nav aria-label={`Pages of ${noun}`} className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-600">
      <p>
        Showing <span className="font-medium text-slate-900">{formatCount(first)}</span>–<span className="font-medium text-slate-900">{formatCount(last)}</span> of{" "}
        <span className="font-medium text-slate-900">{formatCount(total)}</span>
      </p>
      <div className="flex items-center gap-2">
        <span className="mr-1">
          Page {page + 1} of {pages}
        </span>
        {step(page - 1, "Previous", page === 0)}
        {step(page + 1, "Next", page >= pages - 1)}
      </div>
    </nav>
  );
}
