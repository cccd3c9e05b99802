// CSV exports, written with papaparse so quoting is right. Cells that a spreadsheet would
// run as a formula are prefixed with a quote (CSV injection).
import Papa from "papaparse";

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : neutralise(String(cell)))));
  return `${Papa.unparse({ fields: header, data: safe }, { newline: "\r\n" })}\r\n`;
}

function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d[\d\s().-]*$/.test(cell) ? `'${cell}` : cell;
}

export const BULK_EXPORT_HEADER = ["source_row", "name", "status", "endpoint_id", "sip_uri", "realm", "username", "error"];
