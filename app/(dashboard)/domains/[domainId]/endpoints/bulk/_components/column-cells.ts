// The non-empty cells of one column of the preview's rows, for the mapping step's samples
// and its password-likeness check. Reads at most `limit` rows: a hint, not a census.
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";

export function columnCells(rows: readonly ParsedRow[], index: number, limit = 200): string[] {
  const cells: string[] = [];
  for (const row of rows.slice(0, limit)) {
    const cell = row.cells[index]?.trim();
    if (cell) cells.push(cell);
  }
  return cells;
}
