// One error envelope for every API route: { "error": { "code", "message", "fields"?, "issues"? } },
// with the HTTP status taken from one table so a code always means the same status.
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";

export const API_ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  unauthenticated: 401,
  wrong_password: 401,
  account_disabled: 403,
  forbidden: 403,
  cross_origin: 403,
  password_sign_in_off: 403,
  not_found: 404,
  name_taken: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rejected_by_catapult: 422,
  unknown_application: 422,
  too_many_attempts: 429,
  internal_error: 500,
  catapult_credentials_rejected: 502,
  catapult_bad_response: 502,
  catapult_unavailable: 503,
  catapult_rate_limited: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** Field → message, for people (and for clients written before `issues`). */
    fields?: Record<string, string>;
    /** When the input failed validation: which rule each field broke, for code to act on. */
    issues?: readonly ValidationIssue[];
  };
}

// Recognised by a brand rather than `instanceof`: Next.js may bundle this class more than once.
const BRAND = Symbol.for("catapult-dashboard.ApiError");

export function isApiError(error: unknown): error is ApiError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

export class ApiError extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
    readonly issues?: readonly ValidationIssue[],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Input that failed validation: the messages per field, and the issues they came from. */
  static invalid(message: string, fields: Record<string, string>, issues: readonly ValidationIssue[]): ApiError {
    return new ApiError("invalid_request", message, fields, undefined, issues);
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }

  toResponse(): Response {
    const { code, message, fields, issues } = this;
    const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}), ...(issues ? { issues } : {}) } };
    return Response.json(body, { status: this.status, headers: this.headers });
  }
}
