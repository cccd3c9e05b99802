// A job's CSV export (GET /api/bulk-jobs/{id}/export), optionally with the generated
// passwords this tab still holds added as a `password` column. The server never sends
// passwords; they are joined here, in the browser, by source row.
import Papa from "papaparse";
import type { BulkJobRow, BulkRowStatus } from "@/lib/bulk/contract";
import { ApiRequestError } from "@/lib/browser/api-fetch";
import { bulkJobApiPath } from "./query-keys";

export const jobExportPath = (jobId: string) => `${bulkJobApiPath(jobId)}/export`;
export const jobExportFilename = (jobId: string, withPasswords = false) => `bulk-job-${jobId.slice(0, 8)}${withPasswords ? "-with-passwords" : ""}.csv`;

export async function fetchJobExport(jobId: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(jobExportPath(jobId), { credentials: "same-origin", cache: "no-store", headers: { Accept: "text/csv" } });
  } catch {
    throw new ApiRequestError(0, "network_error", "Could not reach the dashboard server. Check your connection and try again.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiRequestError(response.status, body?.error?.code ?? "unknown", body?.error?.message ?? `The export failed (${response.status}). Try again.`);
  }
  return response.text();
}

// Rows whose endpoint has (or may yet get) the generated password; a skipped, failed or
// cancelled row's password belongs to no endpoint.
const CREATED: ReadonlySet<string> = new Set<BulkRowStatus>(["created", "already_existed"]);
const MAY_BE_CREATED: ReadonlySet<string> = new Set<BulkRowStatus>(["created", "already_existed", "pending", "in_flight"]);

/** The held passwords that still matter for the job's rows. */
export function passwordsThatMatter(rows: Iterable<BulkJobRow>, held: ReadonlyMap<number, string>): Map<number, string> {
  const matter = new Map<number, string>();
  for (const row of rows) {
    const password = held.get(row.sourceRow);
    if (password !== undefined && MAY_BE_CREATED.has(row.status)) matter.set(row.sourceRow, password);
  }
  return matter;
}

/** Adds a `password` column, filled for the created rows whose source row has a password here. */
export function addPasswordColumn(csv: string, passwords: ReadonlyMap<number, string>): string {
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header, ...rows] = data;
  if (!header) return csv;
  const sourceColumn = header.indexOf("source_row");
  const statusColumn = header.indexOf("status");
  // Written exactly as generated: a changed character would be a wrong password.
  const withPasswords = rows.map((row) => [...row, CREATED.has(row[statusColumn] ?? "") ? (passwords.get(Number(row[sourceColumn])) ?? "") : ""]);
  return `${Papa.unparse({ fields: [...header, "password"], data: withPasswords }, { newline: "\r\n" })}\r\n`;
}
