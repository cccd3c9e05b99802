// A dashboard server of its own (the built app), for tests that stop and restart it.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E, e2eEnv } from "./e2e-env.mjs";

const root = path.resolve(__dirname, "../..");

export interface AppProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `args` are what follows `next` (default: `start -p <port>`, every interface). */
export async function startApp(port: number, env: Record<string, string>, args = ["start", "-p", String(port)]): Promise<AppProcess> {
  let output = "";
  // Also into the suite's server log, which the leak check reads at the end.
  const log = process.env.E2E_DATA_DIR ? fs.createWriteStream(path.join(process.env.E2E_DATA_DIR, "servers.log"), { flags: "a" }) : undefined;
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), ...args], {
    cwd: root,
    env: { ...process.env, ...e2eEnv(), PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (c: Buffer) => {
    output += c.toString();
    log?.write(c);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
    try {
      await fetch(`${url}/sign-in`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`app did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    child,
    output: () => output,
    kill: (signal = "SIGKILL") =>
      new Promise((resolve) => {
        // A child killed by a signal has a signalCode and no exitCode, and exits only once.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

/** A signed-in fetch against one app server. */
export async function signedInFetch(url: string): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const response = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: E2E.adminEmail, password: E2E.adminPassword }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 204 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return (p, init = {}) => fetch(`${url}${p}`, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie, Origin: url } });
}

/** Calls the e2e sandbox directly (set-up and checks of its state). */
export async function sandboxCall<T>(p: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; headers: Headers; body: T }> {
  const auth = Buffer.from(`${E2E.token}:${E2E.secret}`).toString("base64");
  const response = await fetch(`http://127.0.0.1:${E2E.sandboxPort}${p}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Creates a domain straight in the sandbox, waiting out its rate limit as Catapult asks. */
export async function createSandboxDomain(name: string): Promise<string> {
  for (;;) {
    const created = await sandboxCall(`/v1/users/${E2E.userId}/domains`, { method: "POST", body: { name, description: `test domain ${name}` } });
    if (created.status === 201) return created.headers.get("location")!.split("/").pop()!;
    if (created.status !== 429) throw new Error(`domain create answered ${created.status}`);
    await new Promise((r) => setTimeout(r, Math.max(0, Number(created.headers.get("x-ratelimit-reset")) - Date.now())));
  }
}
