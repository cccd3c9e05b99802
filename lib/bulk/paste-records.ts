// Where each row of a paste sits in its text, so a row can be taken out (a new import of the
// rows a job did not send) or rewritten (a fix typed in the preview) without touching the
// others. Rows are numbered as the parser numbers them (papaparse records, from 1, blank
// lines included), so a source row means the same line everywhere. Browser-safe.
import Papa from "papaparse";
import { isHeaderRow } from "./columns";
import { pasteDelimiter } from "./parse-endpoint-rows";

interface PasteRecord {
  cells: string[];
  /** The record's text, its line ending included. */
  text: string;
}

function readRecords(text: string): { records: PasteRecord[]; delimiter: "\t" | "," } {
  const clean = text.replace(/^\uFEFF/, "");
  const delimiter = pasteDelimiter(clean);
  const records: PasteRecord[] = [];
  let start = 0;
  Papa.parse<string[]>(clean, {
    delimiter,
    skipEmptyLines: false,
    step: ({ data, meta }) => {
      records.push({ cells: data, text: clean.slice(start, meta.cursor) });
      start = meta.cursor;
    },
  });
  return { records, delimiter };
}

const LINE_END = /(\r\n|\n|\r)$/;

export interface RowsFromPaste {
  /** The header line (when the paste had one) and the rows asked for, in paste order. */
  text: string;
  /** Source rows found and taken. */
  taken: number[];
}

/** The lines of `sourceRows` (with the paste's header line, if it had one), as a new paste. */
export function takeRows(pasteText: string, sourceRows: readonly number[]): RowsFromPaste {
  const { records } = readRecords(pasteText);
  const wanted = new Set(sourceRows);
  const firstFilled = records.findIndex((r) => r.cells.some((c) => c.trim() !== ""));
  const header = firstFilled >= 0 && isHeaderRow(records[firstFilled]!.cells) ? firstFilled : -1;
  const lines: string[] = [];
  const taken: number[] = [];
  records.forEach((record, index) => {
    const sourceRow = index + 1;
    const blank = record.cells.every((c) => c.trim() === "");
    if (index === header) lines.push(record.text.replace(LINE_END, ""));
    else if (wanted.has(sourceRow) && !blank) {
      lines.push(record.text.replace(LINE_END, ""));
      taken.push(sourceRow);
    }
  });
  if (taken.length === 0) return { text: "", taken };
  const newline = LINE_END.exec(records[0]?.text ?? "")?.[1] ?? "\n";
  return { text: `${lines.join(newline)}${newline}`, taken };
}

/** The paste with one row's cells replaced, quoted as needed; every other character kept. */
export function replaceRow(pasteText: string, sourceRow: number, cells: readonly string[]): string {
  const { records, delimiter } = readRecords(pasteText);
  const record = records[sourceRow - 1];
  if (!record) return pasteText;
  const ending = LINE_END.exec(record.text)?.[1] ?? "";
  record.text = Papa.unparse([[...cells]], { delimiter, newline: "\n" }) + ending;
  return records.map((r) => r.text).join("");
}
