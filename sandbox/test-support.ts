// Starts a sandbox in-process on port 0 and talks to it with plain fetch, as an SDK would.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createSandbox, readSandboxConfig, type Sandbox, type SandboxConfig } from "./create-sandbox";

export type Answer = { status: number; headers: Headers; text: string; json: unknown };

export type RunningSandbox = {
  sandbox: Sandbox;
  origin: string;
  /** `/v1/users/u-demo` on this sandbox. */
  userUrl: string;
  basicAuth: string;
  /** Authenticated call; `path` is below userUrl unless it starts with "http" or "/_sandbox". */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
};

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

// Rate limiting is off unless a test asks for it, so tests are not paced by it.
export async function startSandbox(overrides: Partial<SandboxConfig> = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = { ...readSandboxConfig({}), port: 0, rateLimit: 0, ...overrides };
  const sandbox = createSandbox(config);
  await new Promise<void>((resolve) => sandbox.server.listen(0, "127.0.0.1", resolve));
  const { port } = sandbox.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const userUrl = `${origin}/v1/users/${config.userId}`;
  const basicAuth = basic(config.apiToken, config.apiSecret);

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const url = path.startsWith("http") ? path : path.startsWith("/_sandbox") ? origin + path : userUrl + path;
    const init: RequestInit = { method, headers: { Authorization: basicAuth, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      init.headers = { "Content-Type": "application/json", ...init.headers };
    }
    const response = await fetch(url, init);
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  async function close() {
    sandbox.server.closeAllConnections();
    await new Promise<void>((resolve) => sandbox.server.close(() => resolve()));
  }

  return { sandbox, origin, userUrl, basicAuth, call, close };
}

export const DEMO = {
  salesDomain: "rd-00000000000000000000d001",
  supportDomain: "rd-00000000000000000000d002",
  /** `mycoolapp_stage`: a name with `_`, as in the docs' sample. */
  stageDomain: "rd-00000000000000000000d003",
  salesApp: "a-0000000000000000000000a1",
};

/** The id is the last segment of Location, the only place a create reports it. */
export function idFromLocation(answer: Answer): string {
  return (answer.headers.get("location") ?? "").split("/").pop() ?? "";
}

export function domainBody(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, description: `${name} domain`, ...extra };
}

export function endpointBody(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, credentials: { password: "abc123" }, ...extra };
}

/**
 * The set-up most sandbox test files share: one sandbox for the file, reset before each test
 * (unless `reset` is false), closed after. Returns it as soon as it runs (a stand-in until then).
 */
export function sandboxForFile(overrides: Partial<SandboxConfig> = {}, options: { reset?: boolean } = {}): RunningSandbox {
  let running: RunningSandbox | undefined;
  beforeAll(async () => {
    running = await startSandbox(overrides);
  });
  if (options.reset !== false) beforeEach(() => running?.sandbox.reset());
  afterAll(() => running?.close());
  return new Proxy({} as RunningSandbox, { get: (_target, key) => Reflect.get(running ?? {}, key) });
}
