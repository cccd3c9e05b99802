import "server-only";
// CSV (and TSV) downloads, written with papaparse so quoting is right. Cells that a
// spreadsheet would run as a formula are prefixed with a quote (CSV injection), by the rule
// the bulk importer undoes exactly (lib/bulk/formula-defuse.ts).
import Papa from "papaparse";
import { defuseCell } from "@/lib/bulk/formula-defuse";

type Cell = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: Cell[][], delimiter: "," | "\t" = ","): string {
  const safe = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : defuseCell(String(cell)))));
  return `${Papa.unparse({ fields: [...header], data: safe }, { newline: "\r\n", delimiter })}\r\n`;
}

/** A CSV file download; never stored (it holds account data), even when served outside apiRoute. */
export function csvResponse(filename: string, header: readonly string[], rows: Cell[][]): Response {
  return new Response(toCsv(header, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

/**
 * The same, tab-separated. Defused like the CSV: a TSV opened in a spreadsheet runs formulas
 * just the same, and the importer undoes the prefix either way.
 */
export function tsvResponse(filename: string, header: readonly string[], rows: Cell[][]): Response {
  return new Response(toCsv(header, rows, "\t"), {
    headers: { "Content-Type": "text/tab-separated-values; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
