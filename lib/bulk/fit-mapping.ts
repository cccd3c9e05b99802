// The bulk preview's re-parse helpers, kept free of React so they can be unit-tested and
// run anywhere: each keystroke re-parses the paste, and neither the admin's column choices
// nor a row's generated password may be lost or changed by that.
import type { ParsedRow } from "./parse-endpoint-rows";

/** Fitting the admin's columns to a paste whose width changed lives with the columns. */
export { fitMapping } from "./columns";

/**
 * Gives each row with a generated password the one generated for its source row before, and
 * remembers new ones in `generated` (source row → password), so a re-parse never hands a
 * row a new password behind the admin's back. Changes `rows` in place.
 */
export function keepGeneratedPasswords(rows: ParsedRow[], generated: Map<number, string>): void {
  for (const row of rows) {
    if (!row.passwordGenerated) continue;
    const kept = generated.get(row.sourceRow);
    if (kept) row.endpoint.password = kept;
    else if (row.endpoint.password) generated.set(row.sourceRow, row.endpoint.password);
  }
}
