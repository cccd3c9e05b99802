import "server-only";
// CSV downloads, written with papaparse so quoting is right. Cells that a spreadsheet would
// run as a formula are prefixed with a quote (CSV injection).
import Papa from "papaparse";

type Cell = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: Cell[][]): string {
  const safe = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : neutralise(String(cell)))));
  return `${Papa.unparse({ fields: [...header], data: safe }, { newline: "\r\n" })}\r\n`;
}

/** A CSV file download; never stored (it holds account data), even when served outside apiRoute. */
export function csvResponse(filename: string, header: readonly string[], rows: Cell[][]): Response {
  return new Response(toCsv(header, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d[\d\s().-]*$/.test(cell) ? `'${cell}` : cell;
}
