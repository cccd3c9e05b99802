import "server-only";
// A Catapult failure as the API answers it: the words from describeCatapultFailure, the
// status from the envelope's table.
import { describeCatapultFailure, type CatapultFailureReason } from "@/lib/catapult/describe-failure";
import type { CatapultError } from "@/lib/catapult/errors";
import { ApiError, type ApiErrorCode } from "@/lib/api/api-error";

const CODE: Record<CatapultFailureReason, ApiErrorCode> = {
  name_taken: "name_taken",
  conflict: "conflict",
  unknown_application: "unknown_application",
  credentials_rejected: "catapult_credentials_rejected",
  rejected: "rejected_by_catapult",
  not_found: "not_found",
  rate_limited: "catapult_rate_limited",
  bad_response: "catapult_bad_response",
  unavailable: "catapult_unavailable",
};

// Asking again in a few seconds may help with these.
const RETRY_AFTER: ReadonlySet<CatapultFailureReason> = new Set(["rate_limited", "unavailable"]);

export function catapultToApiError(error: CatapultError, what = "resource"): ApiError {
  const failure = describeCatapultFailure(error, what);
  return new ApiError(CODE[failure.reason], failure.message, failure.fields, RETRY_AFTER.has(failure.reason) ? { "Retry-After": "5" } : undefined);
}
