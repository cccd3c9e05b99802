import "server-only";
// The rows a cancel left unsent, as a file ready to paste into a new import: the bulk
// template's columns, filled from what was stored for each row, and an empty password column
// (the passwords were wiped by the cancel, and are never stored in plain text to begin with).
import type { Application } from "@/lib/applications/contract";
import { columnForHeader, TEMPLATE_CSV } from "@/lib/bulk/columns";
import { type BulkRowFields, listRowFieldsWithStatus } from "@/lib/db/bulk-job-list";
import { getDb } from "@/lib/db/database";

/** The template's own header, so a change to the template changes this file with it. */
export const NOT_SENT_HEADER: readonly string[] = TEMPLATE_CSV.split(/\r?\n/)[0]!.split(",");

/**
 * `listApplications` is asked only when a row names an application: the "application" column
 * takes a name (an id when the name is not unique, or unknown), as the bulk parser reads it.
 */
export async function notSentRowsFile(jobId: string, listApplications: () => Promise<Application[]>): Promise<(string | null)[][]> {
  const rows = await listRowFieldsWithStatus(jobId, "cancelled", getDb());
  const applications = rows.some((r) => r.applicationId) ? await listApplications() : [];
  const names = uniqueNames(applications);
  return rows.map((row) => NOT_SENT_HEADER.map((cell) => templateCell(row, columnForHeader(cell), names)));
}

function templateCell(row: BulkRowFields, column: ReturnType<typeof columnForHeader>, names: Map<string, string>): string | null {
  switch (column) {
    case "name":
      return row.name;
    case "description":
      return row.description;
    case "application":
      return row.applicationId ? (names.get(row.applicationId) ?? row.applicationId) : null;
    case "applicationId":
      return row.applicationId;
    case "enabled":
      return row.enabled === null ? null : String(row.enabled);
    default:
      // The password, and any column the template may gain: left for the admin to fill in.
      return null;
  }
}

/** id → name, for names only one application has. */
function uniqueNames(applications: Application[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of applications) count.set(a.name.toLowerCase(), (count.get(a.name.toLowerCase()) ?? 0) + 1);
  return new Map(applications.filter((a) => count.get(a.name.toLowerCase()) === 1).map((a) => [a.id, a.name]));
}
