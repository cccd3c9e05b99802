// A job's results as CSV: the server's export (GET /api/bulk-jobs/{id}/export), completed in
// the browser from what only this tab knows: the rows the preview refused, with their
// reasons, and the passwords it generated, as a `password` column. The server never sends
// passwords and never hears of refused rows; both are joined here, by source row. Loaded
// (with papaparse) when a download is asked for, not with the job page.
import { defuseCell } from "@/lib/bulk/formula-defuse";
import { BULK_EXPORT_HEADER, type BulkRowStatus, REFUSED_ROW } from "@/lib/bulk/contract";
import { ApiRequestError } from "@/lib/browser/api-fetch";
import { jobExportPath } from "./job-export";
import type { RefusedRow } from "./job-tab-memory";

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

// Rows whose endpoint has the generated password (created, or rotated: "updated").
const CREATED: ReadonlySet<string> = new Set<BulkRowStatus>(["created", "already_existed", "updated"]);

export interface CompletedExport {
  csv: string;
  /** Source rows whose password was written into the file. */
  passwordRows: number[];
}

/**
 * Adds the refused rows (in source-row order among the others) and, when `passwords` is
 * given, a `password` column filled for created rows whose source row has one here.
 */
export async function completeJobExport(csv: string, extra: { refused: readonly RefusedRow[]; passwords?: ReadonlyMap<number, string> }): Promise<CompletedExport> {
  const { default: Papa } = await import("papaparse");
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header, ...rows] = data;
  if (!header) return { csv, passwordRows: [] };
  const column = (name: string) => header.indexOf(name);
  const refused = extra.refused.map((r) => refusedLine(header, r));
  const all = [...rows, ...refused].map((cells, order) => ({ cells, order, sourceRow: Number(cells[column("source_row")]) }));
  all.sort((a, b) => a.sourceRow - b.sourceRow || a.order - b.order);

  const passwordRows: number[] = [];
  const lines = all.map(({ cells, sourceRow }) => {
    if (!extra.passwords) return cells;
    // Written exactly as generated: a changed character would be a wrong password.
    const password = CREATED.has(cells[column("status")] ?? "") ? extra.passwords.get(sourceRow) : undefined;
    if (password !== undefined) passwordRows.push(sourceRow);
    return [...cells, password ?? ""];
  });
  const fields = extra.passwords ? [...header, "password"] : header;
  return { csv: `${Papa.unparse({ fields, data: lines }, { newline: "\r\n" })}\r\n`, passwordRows };
}

function refusedLine(header: readonly string[], row: RefusedRow): string[] {
  const values: Partial<Record<(typeof BULK_EXPORT_HEADER)[number], string>> = {
    source_row: String(row.sourceRow),
    name: defuseCell(row.name),
    status: REFUSED_ROW.status,
    status_label: REFUSED_ROW.label,
    error: defuseCell(row.reasons),
  };
  return header.map((name) => values[name as keyof typeof values] ?? "");
}
