"use client";
// After a cancel: the rows not sent, one click from a new import. The cancel deleted their
// sealed passwords, so the new import takes them from this tab's copy of the paste while it
// has one; otherwise from a paste-ready file of the stored fields, with an empty password
// column (the server keeps no password to put there).
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { plural } from "@/lib/browser/format";
import { type BulkJobRow, type BulkJobSnapshot, importNotSentHref } from "@/lib/bulk/contract";
import { notSentFilename, notSentPath } from "@/lib/bulk/hooks/job-export";

/** Long labels wrap on a phone instead of widening the page. */
const WRAPPING = "max-w-full shrink! text-left whitespace-normal!";

/** Node's default header limit is 16 KiB: a longer address would be refused before the page loads. */
const MAX_LINK_LENGTH = 8_000;

export function NotSentRows({ job, rows, tabHasPaste }: { job: BulkJobSnapshot; rows: readonly BulkJobRow[]; tabHasPaste: boolean }) {
  const notSent = rows.filter((r) => r.status === "cancelled").map((r) => r.sourceRow);
  if (job.status !== "cancelled" || notSent.length === 0) return null;
  const href = importNotSentHref(job.domainId, job.id, notSent.toSorted((a, b) => a - b));
  const link = tabHasPaste && href.length <= MAX_LINK_LENGTH;
  const count = plural(notSent.length, "row");

  return (
    <Alert
      tone="info"
      role={null}
      title={`${count} not sent`}
      actions={
        <div className="flex flex-wrap items-center gap-3">
          {link && (
            <ButtonLink href={href} className={WRAPPING}>
              Import the {count} not sent
            </ButtonLink>
          )}
          <a href={notSentPath(job.id)} download={notSentFilename(job.id)} className={cn(buttonClasses({ variant: link ? "ghost" : "secondary" }), WRAPPING)}>
            Download the {count} not sent (CSV, no passwords)
          </a>
        </div>
      }
    >
      <p>
        The cancel deleted their stored passwords, so this job cannot send them.{" "}
        {link
          ? "Import them again in one click, prefilled from this tab's copy of the paste (passwords included), or download them as a file without passwords."
          : `${tabHasPaste ? "They are too many for a link" : "This tab no longer has the paste they came from"}: download them as a file ready to paste into a new import, with an empty password column to fill in (or turn on generated passwords).`}
      </p>
    </Alert>
  );
}
