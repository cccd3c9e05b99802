import "server-only";
// Better Auth stores dates as ISO text on SQLite and as timestamptz (a Date here) on Postgres:
// our readers of its tables hand out ISO text either way.
import type { AuthDate } from "./schema";

export function authIso(value: AuthDate): string {
  return value instanceof Date ? value.toISOString() : value;
}

export function authIsoOrNull(value: AuthDate | null): string | null {
  return value === null ? null : authIso(value);
}
