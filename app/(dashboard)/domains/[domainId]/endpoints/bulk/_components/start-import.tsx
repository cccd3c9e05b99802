"use client";
// "Create N endpoints": a confirmation that repeats the button's numbers and says how long
// sending takes, then POST /api/bulk-jobs and on to the job's page. Rows with problems are
// never sent.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import type { CreateEndpointsJobInput } from "@/lib/bulk/job-schema";
import type { ParseResult, ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { rememberJob } from "@/lib/bulk/hooks/job-tab-memory";
import { rowProblems } from "@/lib/bulk/row-problems";
import { useCreateBulkJob } from "@/lib/bulk/hooks/use-create-bulk-job";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatEstimate, plural } from "@/lib/browser/format";
import { importSummary, rowsToSend } from "@/lib/bulk/import-summary";

interface StartImportProps {
  domainId: string;
  domainName: string | undefined;
  result: ParseResult;
  /** The paste as given, kept in this tab with the job (see job-tab-memory). */
  pasteText: string;
  existingPolicy: ExistingPolicy;
  ratePerSecond: number;
  /** Why the import cannot start yet; null when it can. */
  blockedBecause: string | null;
  /** The job exists: the paste is no longer at risk (the page's leave guard lets go). */
  onStarted: () => void;
}

type RequestRow = CreateEndpointsJobInput["rows"][number];

export function StartImport({ domainId, domainName, result, pasteText, existingPolicy, ratePerSecond, blockedBecause, onStarted }: StartImportProps) {
  const router = useRouter();
  const create = useCreateBulkJob();
  const [confirming, setConfirming] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // The rows of the last request, to name the source row behind a field error ("rows.3.name").
  const sentRows = useRef<ParsedRow[]>([]);
  const { counts } = result;
  const summary = importSummary(counts, existingPolicy);
  const generatedCount = result.rows.filter((r) => r.status === "valid" && r.passwordGenerated).length;
  const sent = rowsToSend(counts, existingPolicy);
  const nothing = existingPolicy === "update" ? "Nothing to send: no new names, and every existing row is unchanged." : "No row is ready to create.";
  const blocked = blockedBecause ?? (result.problems.length > 0 ? "Fix the problems listed above first." : sent === 0 ? nothing : null);

  function start() {
    const rows = result.rows.filter((r) => r.status !== "invalid");
    sentRows.current = rows;
    create.mutate(
      { domainId, existingPolicy, rows: rows.map(toRequestRow) },
      {
        onSuccess: (job) => {
          rememberJob(job.id, {
            generatedPasswords: new Map(rows.filter((r) => r.passwordGenerated && r.endpoint.password).map((r) => [r.sourceRow, r.endpoint.password ?? ""])),
            pasteText,
            refused: result.rows.filter((r) => r.status === "invalid").map((r) => ({ sourceRow: r.sourceRow, name: r.endpoint.name ?? "", reasons: refusalReasons(r) })),
          });
          setLeaving(true);
          onStarted();
          router.push(job.url);
        },
        onError: () => setConfirming(false),
      },
    );
  }

  const pending = create.isPending || leaving;
  return (
    <div className="space-y-3">
      {create.isError && <ServerError error={create.error} sentRows={sentRows.current} />}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button onClick={() => setConfirming(true)} disabled={blocked !== null || pending}>
          {summary.action}
        </Button>
        <div className="min-w-0 flex-1 basis-56 text-sm text-slate-700">
          {summary.notes.length > 0 && <p>{summary.notes.join(" · ")}</p>}
          {blocked && <p className="text-slate-600">{blocked}</p>}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        variant="primary"
        title={`${summary.action} in domain ${domainName ?? domainId}?`}
        confirmLabel={summary.action}
        pendingLabel="Starting…"
        pending={pending}
        onConfirm={start}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This sends {plural(sent, "request")} to Catapult, about {formatEstimate(sent / ratePerSecond).replace("~", "")}. The import runs on the server: you can leave
          the job page and come back.
        </p>
        {summary.notes.length > 0 && (
          <ul className="list-disc space-y-0.5 pl-5">
            {summary.notes.map((note) => (
              <li key={note}>{note}.</li>
            ))}
          </ul>
        )}
        {generatedCount > 0 && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            {plural(generatedCount, "password")} will be generated. Only this tab holds them: download the CSV with passwords from the job page before closing it.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** An existing name never gets a generated password, and an empty one is "keep it" (left out). */
function toRequestRow(row: ParsedRow): RequestRow {
  const password = row.status === "exists" && row.passwordGenerated ? undefined : row.endpoint.password || undefined;
  return { ...row.endpoint, sourceRow: row.sourceRow, name: row.endpoint.name ?? "", password };
}

function ServerError({ error, sentRows }: { error: unknown; sentRows: readonly ParsedRow[] }) {
  const fields = error instanceof ApiRequestError ? Object.entries(error.fields) : [];
  return (
    <Alert tone="error" title="The import was not started">
      <p>{errorMessage(error)}</p>
      {fields.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {fields.slice(0, 20).map(([field, message]) => (
            <li key={field}>
              <span className="font-medium">{describeField(field, sentRows)}:</span> {message}
            </li>
          ))}
          {fields.length > 20 && <li>…and {plural(fields.length - 20, "more problem")}.</li>}
        </ul>
      )}
    </Alert>
  );
}

/** "rows.3.name" → "Row 7, name" (the paste's own row number). */
function describeField(field: string, sentRows: readonly ParsedRow[]): string {
  const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(field);
  if (!match) return field;
  const row = sentRows[Number(match[1])];
  const where = row ? `Row ${row.sourceRow.toLocaleString("en")}` : `Row #${(Number(match[1]) + 1).toLocaleString("en")}`;
  return match[2] ? `${where}, ${match[2]}` : where;
}

/** The preview's own words for why a row was refused, for the results export. */
function refusalReasons(row: ParsedRow): string {
  return rowProblems(row)
    .map((p) => (p.label ? `${p.label}: ${p.message}` : p.message))
    .join("; ");
}
