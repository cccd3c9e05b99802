// The paste as a table: its data rows (with their source row numbers) and what each column
// means, from a header row, from the cells (no header), or from a recognised PBX export.
// Browser-safe; parse-endpoint-rows turns the rows into endpoints.
import Papa from "papaparse";
import { type ColumnMapping, columnForHeader, fitMapping, isExportOnlyHeader, isHeaderRow, isNoteHeader } from "./columns";
import { type ColumnGuess, type GuessHints, guessColumns } from "./guess-columns";
import type { PbxExport } from "./pbx-formats";

export interface TableOptions extends GuessHints {
  /** The admin's column meanings for a paste without a header row. */
  mapping?: ColumnMapping;
}

export interface Table {
  hasHeader: boolean;
  dataRecords: { cells: string[]; sourceRow: number }[];
  width: number;
  guess: ColumnGuess | undefined;
  mapping: ColumnMapping;
  unknownHeaders: string[];
  /** Columns our own export writes that Catapult sets (id, SIP URI, …): read past, listed as ignored. */
  ignoredHeaders: string[];
  problems: string[];
}

export function pasteTable(clean: string, delimiter: "\t" | ",", options: TableOptions): Table {
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const records = parsed.data.map((cells, index) => ({ cells, sourceRow: index + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const problems = parsed.errors.map((e) => `Row ${((e.row ?? 0) + 1).toLocaleString("en")}: ${e.message}`);
  const hasHeader = records[0] ? isHeaderRow(records[0].cells) : false;
  const headerMapping = hasHeader ? records[0]!.cells.map((c) => columnForHeader(c.trim())) : [];
  const unmapped = hasHeader ? records[0]!.cells.filter((c, i) => !headerMapping[i] && c.trim() !== "" && !isNoteHeader(c.trim())).map((c) => c.trim()) : [];
  const unknownHeaders = unmapped.filter((c) => !isExportOnlyHeader(c));
  const ignoredHeaders = unmapped.filter((c) => isExportOnlyHeader(c));
  const dataRecords = hasHeader ? records.slice(1) : records;
  const width = hasHeader ? headerMapping.length : Math.max(0, ...records.map((r) => r.cells.length));
  const guess = hasHeader
    ? undefined
    : guessColumns(
        dataRecords.map((r) => r.cells),
        width,
        { applications: options.applications, existingNames: options.existingNames },
      );
  const mapping: ColumnMapping = guess ? (options.mapping ? fitMapping(options.mapping, guess.mapping) : guess.mapping) : headerMapping.map((k) => k ?? "ignore");
  return { hasHeader, dataRecords, width, guess, mapping, unknownHeaders, ignoredHeaders, problems };
}

/** A recognised PBX export: its own columns, mapped by its format unless the admin chose otherwise. */
export function pbxTable(pbx: PbxExport, chosen: ColumnMapping | undefined): Table {
  const mapping = chosen && chosen.length === pbx.columns.length ? chosen : pbx.mapping;
  return { hasHeader: true, dataRecords: pbx.records, width: pbx.columns.length, guess: undefined, mapping, unknownHeaders: [], ignoredHeaders: [], problems: [] };
}

