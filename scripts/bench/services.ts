// Starts what the benchmark measures: the sandbox and built dashboard servers, on ports
// of their own, each configured like a user would configure them.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
export const ACCOUNT = { userId: "u-bench", token: "t-bench-token", secret: "bench-secret-value", adminEmail: "bench@example.com", adminPassword: "bench-admin-pass" };

const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGKILL")));

function spawnService(args: string[], env: Record<string, string>, ready: (out: string) => boolean, label: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start:\n${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (ready(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (c: Buffer) => (out += c.toString()));
    child.once("exit", (code) => reject(new Error(`${label} exited ${code}:\n${out}`)));
  });
}

export async function startSandbox(port: number, rateLimit: number, env: Record<string, string> = {}) {
  await spawnService(
    ["--import", "tsx", path.join(root, "sandbox/server.ts")],
    {
      SANDBOX_PORT: String(port),
      SANDBOX_USER_ID: ACCOUNT.userId,
      SANDBOX_API_TOKEN: ACCOUNT.token,
      SANDBOX_API_SECRET: ACCOUNT.secret,
      SANDBOX_RATE_LIMIT: String(rateLimit),
      SANDBOX_SEED: "none",
      ...env,
    },
    (out) => out.includes("listening on"),
    "sandbox",
  );
  const url = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${ACCOUNT.token}:${ACCOUNT.secret}`).toString("base64")}`;
  const call = async (p: string, method = "GET", body?: unknown) => {
    const response = await fetch(`${url}${p}`, {
      method,
      headers: { Authorization: auth, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const endpoints = async (domainId: string) => (await call(`/_sandbox/endpoints?domainId=${domainId}`)).body as { id: string; name: string }[];
  return {
    url,
    auth,
    call,
    accountPath: `/v1/users/${ACCOUNT.userId}`,
    async createDomain(name: string): Promise<string> {
      for (;;) {
        const r = await call(`/v1/users/${ACCOUNT.userId}/domains`, "POST", { name, description: `bench domain ${name}` });
        if (r.status === 201) return r.headers.get("location")!.split("/").pop()!;
        if (r.status !== 429) throw new Error(`domain create on ${url} answered ${r.status}: ${JSON.stringify(r.body)}`);
        await new Promise((res) => setTimeout(res, Number(r.headers.get("x-ratelimit-reset")) - Date.now() + 5));
      }
    },
    stats: async () => (await call("/_sandbox/stats")).body as { rateLimited: number; requests: { total: number } },
    endpoints,
    /**
     * Waits until the sandbox holds `count` endpoints in the domain: the last create as Catapult
     * sees it, polled every 10 ms (admin calls are neither rate limited nor counted).
     */
    async waitForEndpoints(domainId: string, count: number, { timeoutMs, label }: { timeoutMs: number; label: string }): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const held = (await endpoints(domainId)).length;
        if (held >= count) return;
        if (performance.now() > deadline) throw new Error(`${label} stalled at ${held} of ${count}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    setRateLimit: (perSecond: number) => call("/_sandbox/faults", "POST", { rateLimit: perSecond }),
  };
}
export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export function buildIfNeeded() {
  if (fs.existsSync(path.join(root, ".next/BUILD_ID")) && !process.env.BENCH_REBUILD) return;
  console.log("Building the dashboard…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("build failed");
}

/** `env` adds or overrides settings (e.g. DATABASE_URL and the shared keys of several instances). */
export async function startApp(port: number, sandboxPort: number, rate: number, env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-app-"));
  const child = await spawnService(
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      PORT: String(port),
      CATAPULT_BASE_URL: `http://127.0.0.1:${sandboxPort}`,
      CATAPULT_USER_ID: ACCOUNT.userId,
      CATAPULT_API_TOKEN: ACCOUNT.token,
      CATAPULT_API_SECRET: ACCOUNT.secret,
      CATAPULT_RATE_LIMIT: String(rate),
      ADMIN_EMAIL: ACCOUNT.adminEmail,
      ADMIN_PASSWORD: ACCOUNT.adminPassword,
      DATA_DIR: dataDir,
      ...env,
    },
    (out) => /Ready in|started server|Local:/i.test(out),
    "dashboard",
  );
  const url = `http://127.0.0.1:${port}`;
  const signIn = await fetch(`${url}/api/session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: ACCOUNT.adminEmail, password: ACCOUNT.adminPassword }) });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  if (signIn.status !== 204) throw new Error(`bench sign-in answered ${signIn.status}`);
  return {
    url,
    cookie,
    /** Ends the server without a word, as a crashed node would. */
    kill: () => child.kill("SIGKILL"),
    dataDir,
    call: (p: string, method = "GET", body?: unknown) =>
      fetch(`${url}${p}`, { method, headers: { Cookie: cookie, Origin: url, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
  };
}
export type App = Awaited<ReturnType<typeof startApp>>;
