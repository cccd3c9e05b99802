import "server-only";
// Catapult's answers in words an admin can act on. Catapult's own message is passed on
// only for validation problems of fields other than the password, since nothing else
// from Catapult should reach the browser.
import type { CatapultError } from "@/lib/catapult/errors";
import { ApiError } from "@/lib/api/api-error";

export function catapultToApiError(error: CatapultError, what = "resource"): ApiError {
  switch (error.kind) {
    case "conflict":
      return new ApiError("name_taken", "An endpoint with this name already exists in the domain.", {
        name: "This name is already taken in this domain; names must be unique and cannot be reused.",
      });
    case "validation":
    case "forbidden": {
      const field = error.field;
      if (field === "applicationId" || error.code?.startsWith("application-")) {
        return new ApiError("unknown_application", "Catapult does not know this application for your account.", {
          applicationId: "Choose an application of this account, or none.",
        });
      }
      if (error.kind === "forbidden") {
        return new ApiError("catapult_credentials_rejected", "Catapult refused this request for the dashboard's account.");
      }
      const reason = field === "password" ? "Catapult refused the password." : `Catapult refused the request${error.catapultMessage ? `: ${error.catapultMessage}` : "."}`;
      return new ApiError("rejected_by_catapult", reason, field ? { [field]: reason } : undefined);
    }
    case "not-found":
      return new ApiError("not_found", `This ${what} does not exist in Catapult (it may have been deleted).`);
    case "unauthorized":
      return new ApiError(
        "catapult_credentials_rejected",
        "Catapult refused the dashboard's API credentials. Check CATAPULT_API_TOKEN and CATAPULT_API_SECRET.",
      );
    case "rate-limited":
      return new ApiError("catapult_rate_limited", "Catapult is rate limiting requests right now. Try again in a few seconds.", undefined, {
        "Retry-After": "5",
      });
    case "bad-response":
      return new ApiError("catapult_bad_response", "Catapult sent an answer the dashboard could not read. Try again.");
    default:
      return new ApiError(
        "catapult_unavailable",
        error.ambiguous
          ? "Catapult did not confirm the change, and may have made it. Check the domain's endpoints before trying again."
          : "Catapult could not be reached or failed to answer. Try again in a moment.",
        undefined,
        { "Retry-After": "5" },
      );
  }
}
