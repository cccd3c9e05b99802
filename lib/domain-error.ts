// Errors raised by the dashboard's own rules (a repeated name, a job that cannot be resumed),
// as opposed to Catapult's failures or HTTP. Domain code throws these; only the API layer
// (lib/api/server/api-route.ts) turns them into statuses. Browser-safe.
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";

export type DomainErrorKind = "invalid" | "not_found" | "conflict";

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field path → what is wrong there, for errors about the input. */
    readonly fields?: Record<string, string>,
    /** The same problems as data (which rule, where), as validation issues carry them. */
    readonly issues?: readonly ValidationIssue[],
  ) {
    super(message);
  }
}

/** By name, not `instanceof`: Next.js may bundle this class more than once in one process. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof Error && error.name === "DomainError" && "kind" in error;
}
