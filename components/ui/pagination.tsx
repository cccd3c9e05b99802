import { formatCount } from "@/lib/browser/format";
import { Button } from "./button";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** What is being paged, for the screen-reader label ("endpoints"). */
  noun: string;
}

export function Pagination({ page, pageSize, total, onPageChange, noun }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
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
        <Button variant="secondary" size="sm" onClick={() => onPageChange(page - 1)} disabled={page === 0}>
          Previous
        </Button>
        <Button variant="secondary" size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages - 1}>
          Next
        </Button>
      </div>
    </nav>
  );
}
