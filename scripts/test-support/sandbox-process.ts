// Starts the Catapult sandbox as its own process, as a real Catapult would be: tests talk
// to it over HTTP only and import none of its code.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface SandboxProcess {
  url: string;
  userId: string;
  token: string;
  secret: string;
  /** Calls one of the sandbox's own test endpoints (`/_sandbox/...`). */
  admin<T = unknown>(path: string, body?: unknown): Promise<T>;
  /** Creates a domain through the Catapult API, waiting out injected faults and 429s. */
  createDomain(name: string): Promise<string>;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, "../..");

export async function startSandbox(env: Record<string, string> = {}): Promise<SandboxProcess> {
  const settings = {
    SANDBOX_PORT: "0",
    SANDBOX_USER_ID: "u-test",
    SANDBOX_API_TOKEN: "t-test-token",
    SANDBOX_API_SECRET: "test-secret-value",
    SANDBOX_RATE_LIMIT: "0",
    ...env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "sandbox/server.ts")], {
    cwd: root,
    env: { ...process.env, ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await waitForListening(child);
  const auth = `Basic ${Buffer.from(`${settings.SANDBOX_API_TOKEN}:${settings.SANDBOX_API_SECRET}`).toString("base64")}`;
  return {
    url,
    userId: settings.SANDBOX_USER_ID,
    token: settings.SANDBOX_API_TOKEN,
    secret: settings.SANDBOX_API_SECRET,
    async admin<T>(adminPath: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}${adminPath}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { Authorization: auth, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`sandbox ${adminPath} answered ${response.status}`);
      return (await response.json()) as T;
    },
    async createDomain(name: string): Promise<string> {
      const domains = `${url}/v1/users/${settings.SANDBOX_USER_ID}/domains`;
      for (let attempt = 0; attempt < 20; attempt++) {
        // Catapult requires both name and description; any 2xx is a success (SANDBOX_CREATE_STATUS).
        const response = await fetch(domains, {
          method: "POST",
          headers: { Authorization: auth, "Content-Type": "application/json" },
          body: JSON.stringify({ name, description: `${name} (test)` }),
        });
        const location = response.headers.get("location");
        if (response.ok && location) return location.split("/").pop()!;
        // SANDBOX_CREATE_LOCATION=off: the new domain is found by its name.
        if (response.ok) return findDomainId(domains, auth, name);
        await new Promise((r) => setTimeout(r, 1100));
      }
      throw new Error(`could not create domain ${name}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function findDomainId(domainsUrl: string, auth: string, name: string): Promise<string> {
  const response = await fetch(`${domainsUrl}?size=100`, { headers: { Authorization: auth } });
  const found = ((await response.json()) as { id: string; name: string }[]).find((d) => d.name === name);
  if (!found) throw new Error(`domain ${name} was created but is not in the list`);
  return found.id;
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`sandbox did not start in time:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/[^\s]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}:\n${output}`));
    });
  });
}
