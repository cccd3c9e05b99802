// Starts the test identity provider (./oidc-provider.mjs) as a process of its own, with its
// people in a JSON file the test can rewrite between sign-ins.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TestPerson {
  email: string;
  email_verified: boolean;
  name: string;
  dashboard_role?: string | string[];
}

export interface OidcProcess {
  issuer: string;
  /** Changes (or adds) a person; the next sign-in sees it. */
  setPerson(login: string, person: TestPerson): void;
  kill(): Promise<void>;
}

export async function startOidcProvider(options: { port: number; clientId: string; clientSecret: string; redirectUri: string; people: Record<string, TestPerson> }): Promise<OidcProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oidc-test-"));
  const accountsFile = path.join(dir, "people.json");
  const people = { ...options.people };
  fs.writeFileSync(accountsFile, JSON.stringify(people));
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, "oidc-provider.mjs")], {
    env: {
      ...process.env,
      OIDC_TEST_PORT: String(options.port),
      OIDC_TEST_CLIENT_ID: options.clientId,
      OIDC_TEST_CLIENT_SECRET: options.clientSecret,
      OIDC_TEST_REDIRECT_URI: options.redirectUri,
      OIDC_TEST_ACCOUNTS: accountsFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const issuer = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`oidc-provider exited early:\n${output}`);
    const ready = await fetch(`${issuer}/.well-known/openid-configuration`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`oidc-provider did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    issuer,
    setPerson(login, person) {
      people[login] = person;
      fs.writeFileSync(accountsFile, JSON.stringify(people));
    },
    kill: () =>
      new Promise((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        child.kill("SIGKILL");
      }),
  };
}
