// The CLI's only way to the dashboard: its public HTTP API with an API key, like any script.
// No server code is imported; answers are read as the API documents them (lib/*/contract.ts,
// types only). Every failure becomes a CliError whose words say what to do.
import type { ApiErrorBody } from "@/lib/api/api-error";

export class CliError extends Error {
  constructor(
    message: string,
    /** Lines under the message: the server's per-field (per-row) problems. */
    readonly details: string[] = [],
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface Connection {
  url: string;
  key: string;
}

export function connection(flags: { url?: string; key?: string }, env: NodeJS.ProcessEnv): Connection {
  const url = flags.url ?? env.DASHBOARD_URL;
  const key = flags.key ?? env.DASHBOARD_API_KEY;
  if (!url) throw new CliError("No dashboard address: set DASHBOARD_URL or pass --url (e.g. https://dashboard.example.com).", [], 2);
  if (!key) throw new CliError("No API key: set DASHBOARD_API_KEY or pass --key (make one on the dashboard's API keys page).", [], 2);
  if (!/^https?:\/\//i.test(url)) throw new CliError(`DASHBOARD_URL must start with http:// or https://, not "${url}".`, [], 2);
  return { url: url.replace(/\/+$/, ""), key };
}

export async function request(conn: Connection, path: string, init: { method?: string; body?: string; type?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${conn.key}` };
  if (init.type) headers["Content-Type"] = init.type;
  let response: Response;
  try {
    response = await fetch(`${conn.url}${path}`, { method: init.method ?? "GET", headers, body: init.body });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(`Cannot reach the dashboard at ${conn.url} (${cause?.code ?? cause?.message ?? String(error)}). Is it running, and is DASHBOARD_URL right?`, [], 3);
  }
  if (response.ok) return response;
  throw await refusal(response);
}

export async function getJson<T>(conn: Connection, path: string): Promise<T> {
  return (await (await request(conn, path)).json()) as T;
}

async function refusal(response: Response): Promise<CliError> {
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  const message = body?.error?.message ?? `HTTP ${response.status} ${response.statusText}`;
  if (response.status === 401) return new CliError(`The dashboard refused the API key: ${message} Check DASHBOARD_API_KEY (or --key).`, [], 2);
  const details = Object.entries(body?.error?.fields ?? {}).map(([field, text]) => `${describeField(field)}: ${text}`);
  return new CliError(`The dashboard answered ${response.status}: ${message}`, details);
}

/** "rows.4.name" → "row 4, name" (a CSV import's issues name the file's own row numbers). */
function describeField(field: string): string {
  const match = /^rows\.(\d+)\.(.+)$/.exec(field);
  return match ? `row ${match[1]}, ${match[2]}` : field;
}
