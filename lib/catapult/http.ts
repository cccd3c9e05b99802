import "server-only";
// The wire: Basic auth, JSON, a timeout per attempt, even pacing per budget (shared by every
// instance when the pace is kept in the database), and Catapult's documented 429 recovery
// (wait until X-RateLimit-Reset, then retry, bounded; the wait holds the budget for all).
import { z } from "zod";
import { CatapultError, kindForStatus } from "./errors";
import { budgetOf, pacerFor } from "./pacer";
import { type PaceStore, processPaceStore } from "./pace-store";

export interface CatapultConfig {
  baseUrl: string;
  userId: string;
  apiToken: string;
  apiSecret: string;
  /** Requests per second per budget (see pacer.ts) this client allows itself. */
  ratePerSecond: number;
  timeoutMs: number;
  /** How many 429s in a row one request accepts before giving up. */
  maxRateLimitWaits?: number;
  /** Where the pace is kept: the database on the server (shared by instances); else this process. */
  pace?: PaceStore;
}

export interface CatapultResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const errorBodySchema = z
  .object({
    category: z.string().optional(),
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.array(z.object({ name: z.coerce.string(), value: z.coerce.string() }).partial()).optional(),
  })
  .loose();

export interface RequestOptions {
  method: "GET" | "POST" | "DELETE";
  /** A path below `/v1/users/{userId}` (e.g. `/domains`) or an absolute URL from a `Link` header. */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Bulk work: yields its budget to requests a person is waiting for. */
  background?: boolean;
}

export function accountUrl(config: CatapultConfig, path: string): URL {
  if (/^https?:\/\//.test(path)) return new URL(path);
  return new URL(`${config.baseUrl}/v1/users/${encodeURIComponent(config.userId)}${path}`);
}

/** Sends one request, waiting for its budget's pace and through 429s; throws CatapultError otherwise. */
export async function catapultRequest(config: CatapultConfig, options: RequestOptions): Promise<CatapultResponse> {
  const url = accountUrl(config, options.path);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value));
  const pacer = pacerFor(config.pace ?? processPaceStore(), `${config.baseUrl}|${config.userId}`, budgetOf(url.pathname), config.ratePerSecond);
  const maxWaits = config.maxRateLimitWaits ?? 10;

  for (let waits = 0; ; waits++) {
    const response = await pacer.schedule(() => send(config, url, options), options.background);
    if (response.status === 429 && waits < maxWaits) {
      await pacer.holdUntilReset(Number(response.headers.get("x-ratelimit-reset")));
      continue;
    }
    if (response.status >= 400) throw toCatapultError(response);
    return response;
  }
}

async function send(config: CatapultConfig, url: URL, options: RequestOptions): Promise<CatapultResponse> {
  const auth = Buffer.from(`${config.apiToken}:${config.apiSecret}`).toString("base64");
  const headers: Record<string, string> = { Authorization: `Basic ${auth}`, Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: "error",
      // Never Next.js' fetch cache: every Catapult answer is live.
      cache: "no-store",
    });
  } catch (error) {
    throw networkError(error);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw networkError(error);
  }
  let body: unknown = undefined;
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      if (response.ok) throw new CatapultError({ kind: "bad-response", status: response.status, message: "the answer is not JSON" });
    }
  }
  return { status: response.status, headers: response.headers, body };
}

function toCatapultError(response: CatapultResponse): CatapultError {
  const parsed = errorBodySchema.safeParse(response.body);
  const body = parsed.success ? parsed.data : {};
  return new CatapultError({
    kind: kindForStatus(response.status),
    status: response.status,
    category: body.category,
    code: body.code,
    message: body.message?.slice(0, 500),
    details: (body.details ?? []).map((d) => ({ name: d.name ?? "", value: d.value ?? "" })),
  });
}

/** Tells "never connected" (nothing sent) from "lost after sending" (may have happened). */
function networkError(error: unknown): CatapultError {
  const err = error as { name?: string; cause?: { code?: string; name?: string } };
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") {
    return new CatapultError({ kind: "timeout", message: "no answer in time" });
  }
  const code = err.cause?.code ?? "";
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"].includes(code)) {
    return new CatapultError({ kind: "unreachable", message: `cannot connect (${code})` });
  }
  return new CatapultError({ kind: "connection-lost", message: `the connection broke${code ? ` (${code})` : ""}` });
}
