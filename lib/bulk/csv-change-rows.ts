// The rows of a bulk CHANGE (enable, disable, set-application, rotate-password, delete) from a
// CSV file sent to the API: the endpoints are named by the `id` column our export writes (so an
// export, filtered in a spreadsheet, can be sent back as it is), with `name` checked when
// present and, for rotate-password, a `password` column. Other columns are ignored and said so.
// Browser-safe.
import Papa from "papaparse";
import { DomainError } from "@/lib/domain-error";
import { undefuseCell } from "./formula-defuse";

export interface CsvChangeRows {
  rows: { endpointId: string; name?: string; password?: string }[];
  ignoredColumns: string[];
}

const ID_HEADERS = new Set(["id", "endpointid", "endpoint_id", "endpoint id"]);

export function csvChangeRows(text: string, action: string): CsvChangeRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...records] = parsed.data;
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const id = columns.findIndex((c) => ID_HEADERS.has(c));
  if (id < 0) {
    throw new DomainError("invalid", `A CSV for "${action}" needs an id column naming each endpoint (the export's id column), in a header row.`, { body: "No id column." }, [
      { field: "body", code: "required", params: { column: "id" } },
    ]);
  }
  const name = columns.indexOf("name");
  const password = action === "rotate-password" ? columns.indexOf("password") : -1;
  const used = new Set([id, name, password]);
  const cell = (record: string[], index: number) => (index < 0 ? undefined : undefuseCell(record[index]?.trim() ?? "") || undefined);
  return {
    rows: records.map((record) => ({
      endpointId: cell(record, id) ?? "",
      ...(cell(record, name) ? { name: cell(record, name) } : {}),
      // Passwords are never exported, so theirs is taken as typed.
      ...(password >= 0 && record[password]?.trim() ? { password: record[password]!.trim() } : {}),
    })),
    ignoredColumns: (header ?? []).filter((_, i) => !used.has(i) && columns[i] !== "").map((c) => c.trim()),
  };
}
