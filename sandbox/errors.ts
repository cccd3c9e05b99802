// Catapult's error envelope. Every non-2xx answer the sandbox gives goes through here, so
// a client sees one shape whatever went wrong.

export type ErrorDetail = { name: string; value: string };

export type CatapultErrorBody = {
  category: string;
  code: string;
  message: string;
  details: ErrorDetail[];
};

// Categories the Catapult docs name per status; the rest are the sandbox's own words for
// statuses the docs do not describe (see README, "Choices where the Catapult docs are silent").
const CATEGORY_BY_STATUS: Record<number, string> = {
  400: "bad-request",
  401: "authorization",
  403: "forbidden",
  404: "not-found",
  405: "method-not-allowed",
  409: "conflict",
  413: "payload-too-large",
  415: "unsupported-media-type",
  429: "too-many-requests",
  500: "backend",
  503: "unavailable",
};

export function categoryForStatus(status: number): string {
  return CATEGORY_BY_STATUS[status] ?? (status >= 500 ? "backend" : "bad-request");
}

/** Thrown by handlers; the dispatcher turns it into a response. */
export class CatapultError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    details: ErrorDetail[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  toBody(): CatapultErrorBody {
    return {
      category: categoryForStatus(this.status),
      code: this.code,
      message: this.message,
      details: this.details,
    };
  }
}

export function validationError(details: ErrorDetail[], message: string): CatapultError {
  return new CatapultError(400, "validation-error", message, details);
}

export function notFound(code: string, what: string, id: string): CatapultError {
  return new CatapultError(404, code, `${what} ${id} was not found`, [{ name: "id", value: id }]);
}
