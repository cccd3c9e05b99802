import "server-only";
// Every failure of a Catapult call becomes one typed error. Its message is built from the
// status and Catapult's category/code/message only: never from our request, so no token,
// secret or SIP password can end up in it.

export type CatapultErrorKind =
  | "validation" // 400, 413, 415, 422
  | "unauthorized" // 401: token or secret refused
  | "forbidden" // 403
  | "not-found" // 404
  | "conflict" // 409
  | "rate-limited" // 429, still after the client's own bounded waits
  | "server" // 5xx
  | "timeout" // no answer in time: the request may or may not have been executed
  | "connection-lost" // the connection broke after the request was sent: same doubt
  | "unreachable" // no connection could be made: nothing was sent
  | "bad-response"; // an answer the contract does not allow (no Location, invalid JSON, ...)

export interface CatapultErrorDetail {
  name: string;
  value: string;
}

// Next.js bundles routes separately, so one process can hold several copies of this class
// (the shared client may come from another bundle): recognise the error by a brand, not
// by `instanceof`.
const BRAND = Symbol.for("catapult-dashboard.CatapultError");

export class CatapultError extends Error {
  readonly [BRAND] = true;
  readonly kind: CatapultErrorKind;
  readonly status: number | undefined;
  readonly category: string | undefined;
  readonly code: string | undefined;
  readonly catapultMessage: string | undefined;
  readonly details: CatapultErrorDetail[];

  private readonly init: ConstructorParameters<typeof CatapultError>[0];

  constructor(init: {
    kind: CatapultErrorKind;
    status?: number;
    category?: string;
    code?: string;
    message?: string;
    details?: CatapultErrorDetail[];
    /** An earlier attempt of the same create may have taken effect (see `ambiguous`). */
    inDoubt?: boolean;
  }) {
    const head = init.status ? `Catapult answered ${init.status}` : `Catapult request failed (${init.kind})`;
    const tag = [init.category, init.code].filter(Boolean).join("/");
    super([head, tag && `(${tag})`, init.message && `: ${init.message}`].filter(Boolean).join(" ").replace(" :", ":"));
    this.name = "CatapultError";
    this.kind = init.kind;
    this.status = init.status;
    this.category = init.category;
    this.code = init.code;
    this.catapultMessage = init.message;
    this.details = init.details ?? [];
    this.init = init;
  }

  /** The same error, marked: some attempt of this create may have reached Catapult. */
  withDoubt(): CatapultError {
    return new CatapultError({ ...this.init, inDoubt: true });
  }

  /** Whether trying the same call again later can succeed. */
  get retryable(): boolean {
    return ["rate-limited", "server", "timeout", "connection-lost", "unreachable"].includes(this.kind);
  }

  /** Whether a non-idempotent request may have taken effect although it failed. */
  get ambiguous(): boolean {
    return this.init.inDoubt === true || this.kind === "timeout" || this.kind === "connection-lost" || (this.kind === "server" && this.status !== 501);
  }

  /** The request field Catapult blamed, in the project's field names (e.g. "password"). */
  get field(): string | undefined {
    const named = this.details.find((d) => d.name && d.name !== "rateLimitResetTime")?.name;
    if (named) return named === "credentials.password" || named === "credentials" ? "password" : named;
    if (this.code?.startsWith("application-")) return "applicationId";
    if (this.kind === "conflict" || /name/i.test(this.code ?? "")) return "name";
    return undefined;
  }
}

export function isCatapultError(error: unknown): error is CatapultError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

export function kindForStatus(status: number): CatapultErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate-limited";
  if (status >= 500) return "server";
  return "validation";
}
