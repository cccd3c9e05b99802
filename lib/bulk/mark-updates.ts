// "Update existing names" in the preview: each row whose name the domain has gets its
// differences (old → new) from the endpoint as listed, and the counts say how many rows
// will be updated and how many are unchanged (skipped, never sent). Browser-safe.
import { type CurrentEndpointFields, endpointDiff } from "./endpoint-diff";
import type { ParsedRow, ParseResult } from "./parse-endpoint-rows";

/** The row's wanted values; a generated password is for new endpoints only, never an update. */
export function updateWanted(row: ParsedRow) {
  const { description, applicationId, enabled, password } = row.endpoint;
  return { description, applicationId, enabled, password: row.passwordGenerated ? undefined : password };
}

/** The result with `changes` on existing rows and the update/unchanged counts (a new object: the preview's own is kept). */
export function markUpdates(result: ParseResult, existing: ReadonlyMap<string, CurrentEndpointFields>): ParseResult {
  let update = 0;
  let unchanged = 0;
  const rows = result.rows.map((row) => {
    const current = row.status === "exists" ? existing.get(row.endpoint.name ?? "") : undefined;
    if (!current) return row;
    const changes = endpointDiff(current, updateWanted(row)).changes;
    if (changes.length > 0) update++;
    else unchanged++;
    return { ...row, changes };
  });
  return { ...result, rows, counts: { ...result.counts, update, unchanged } };
}
