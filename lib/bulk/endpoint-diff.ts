// What an "update existing names" row would change on its endpoint, field by field. The one
// rule for the preview (old → new), the server when it stores the job, and the runner when it
// sends the row (which compares again with the endpoint as it is then). Browser-safe.
//
// A field the row does not carry (undefined) is left alone; "" in description or application
// means "none" (an empty cell under a column the file has), and "" equals Catapult's null.
// A password is never known, so a row that carries one always changes it.

export const UPDATABLE_FIELDS = ["description", "applicationId", "enabled"] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

export interface CurrentEndpointFields {
  description: string | null;
  applicationId: string | null;
  enabled: boolean;
}

/** The fields to send; "" clears a text field. Never a password (that is sealed apart). */
export interface EndpointPatch {
  description?: string;
  applicationId?: string;
  enabled?: boolean;
}

export type FieldChange =
  | { field: "description" | "applicationId"; from: string | null; to: string | null }
  | { field: "enabled"; from: boolean; to: boolean }
  | { field: "password" };

export interface EndpointDiff {
  changes: FieldChange[];
  patch: EndpointPatch;
  /** The row sets the password (always a change: the old one cannot be read). */
  setsPassword: boolean;
}

const text = (value: string | null | undefined) => (value === undefined || value === "" ? null : value);

export function endpointDiff(current: CurrentEndpointFields, wanted: EndpointPatch & { password?: string }): EndpointDiff {
  const changes: FieldChange[] = [];
  const patch: EndpointPatch = {};
  for (const field of ["description", "applicationId"] as const) {
    const to = wanted[field];
    if (to === undefined || text(to) === text(current[field])) continue;
    patch[field] = to;
    changes.push({ field, from: text(current[field]), to: text(to) });
  }
  if (wanted.enabled !== undefined && wanted.enabled !== current.enabled) {
    patch.enabled = wanted.enabled;
    changes.push({ field: "enabled", from: current.enabled, to: wanted.enabled });
  }
  const setsPassword = wanted.password !== undefined && wanted.password !== "";
  if (setsPassword) changes.push({ field: "password" });
  return { changes, patch, setsPassword };
}

/** The changed field names, for the audit log and the results (never the values). */
export function changedFieldNames(diff: Pick<EndpointDiff, "changes">): string[] {
  return diff.changes.map((c) => c.field);
}
