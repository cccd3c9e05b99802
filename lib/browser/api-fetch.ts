// The browser's one way to the dashboard's API: same-origin JSON, and every non-2xx answer
// turned into an ApiRequestError carrying the envelope's code, message and field errors.

import type { ApiErrorBody } from "@/lib/api/api-error";
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";

export class ApiRequestError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Which rule each field broke, when the input failed validation. */
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
    this.name = "ApiRequestError";
  }

  /** 4xx: asking again will not help (used by the query retry policy). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export interface ApiFetchOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in answers 401 for a wrong password; only there is a 401 not "session over". */
  redirectOnUnauthenticated?: boolean;
}

let redirectingToSignIn = false;

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = "GET", body, signal, redirectOnUnauthenticated = true } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, "network_error", "Could not reach the dashboard server. Check your connection and try again.");
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  const failure = await readError(response);
  if (response.status === 401 && redirectOnUnauthenticated) sendToSignIn();
  throw failure;
}

async function readError(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    if (body.error && typeof body.error.message === "string") {
      const { code, message, fields, issues } = body.error;
      return new ApiRequestError(response.status, code ?? "unknown", message, fields ?? {}, issues ?? []);
    }
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a message built from the status.
  }
  return new ApiRequestError(response.status, "unknown", `The server answered ${response.status} ${response.statusText}`.trim() + ". Try again.");
}

function sendToSignIn(): void {
  if (redirectingToSignIn || typeof window === "undefined") return;
  redirectingToSignIn = true;
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

/** The message to show for any error a query or mutation may end with. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
