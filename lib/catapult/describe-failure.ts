import "server-only";
// Catapult's failures in words an admin can act on, for the API's answers and for a bulk
// row's error alike. Catapult's own message is passed on only for validation problems of
// fields other than the password, since nothing else from Catapult should reach a person.
import { ApiError } from "@/lib/api/api-error";
import { DomainError } from "@/lib/domain-error";
import { type CatapultError, isCatapultError } from "./errors";

export type CatapultFailureReason =
  | "name_taken"
  | "conflict"
  | "unknown_application"
  | "credentials_rejected"
  | "rejected"
  | "not_found"
  | "rate_limited"
  | "bad_response"
  | "unavailable";

export interface CatapultFailure {
  reason: CatapultFailureReason;
  message: string;
  /** The request field the failure is about, and what to say beside it. */
  fields?: Record<string, string>;
}

export function describeCatapultFailure(error: CatapultError, what = "resource"): CatapultFailure {
  switch (error.kind) {
    case "conflict":
      // Not about a name (a domain that still holds endpoints, say): Catapult's own words.
      if (error.field !== "name") return { reason: "conflict", message: `Catapult refused: ${error.catapultMessage ?? "the request conflicts with the account's current state."}` };
      return {
        reason: "name_taken",
        message: "An endpoint with this name already exists in the domain.",
        // Names are unique among the domain's current endpoints only: deleting one frees its name.
        fields: { name: "Another endpoint in this domain already has this name. Choose another, or delete that endpoint first: a deleted endpoint's name can be used again." },
      };
    case "validation":
    case "forbidden": {
      const field = error.field;
      if (field === "applicationId" || error.code?.startsWith("application-")) {
        return {
          reason: "unknown_application",
          message: "Catapult does not know this application for your account.",
          fields: { applicationId: "Choose an application of this account, or none." },
        };
      }
      if (error.kind === "forbidden") return { reason: "credentials_rejected", message: "Catapult refused this request for the dashboard's account." };
      const message = field === "password" ? "Catapult refused the password." : `Catapult refused the request${error.catapultMessage ? `: ${error.catapultMessage}` : "."}`;
      return { reason: "rejected", message, ...(field ? { fields: { [field]: message } } : {}) };
    }
    case "not-found":
      return { reason: "not_found", message: `This ${what} does not exist in Catapult (it may have been deleted).` };
    case "unauthorized":
      return {
        reason: "credentials_rejected",
        message: "Catapult refused the dashboard's API credentials. Check CATAPULT_API_TOKEN and CATAPULT_API_SECRET.",
      };
    case "rate-limited":
      return { reason: "rate_limited", message: "Catapult is rate limiting requests right now. Try again in a few seconds." };
    case "bad-response":
      return { reason: "bad_response", message: "Catapult sent an answer the dashboard could not read. Try again." };
    default:
      return {
        reason: "unavailable",
        message: error.ambiguous
          ? "Catapult did not confirm the change, and may have made it. Check the domain's endpoints before trying again."
          : "Catapult could not be reached or failed to answer. Try again in a moment.",
      };
  }
}

/**
 * Words for a read a page rendered on the server could not make: Catapult's failure as above,
 * the dashboard's own refusals (a malformed id) as they are worded, anything else logged here
 * (it reaches no error boundary) and said without its details.
 */
export function describePageFailure(error: unknown, what = "resource"): string {
  if (isCatapultError(error)) {
    const failure = describeCatapultFailure(error, what);
    // A page only reads: "may have made the change" is about writes, and would mislead here.
    return failure.reason === "unavailable" ? "Catapult could not be reached or failed to answer. Try again in a moment." : failure.message;
  }
  if (error instanceof ApiError || error instanceof DomainError) return error.message;
  console.error(error);
  return "The dashboard could not load this. Try again in a moment.";
}
