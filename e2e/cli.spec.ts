// Issue 13, automation: `npm run cli` driven as a child process against the running dashboard
// and sandbox with an operator's API key. An import by domain NAME creates exactly the file's
// endpoints (our export's defused '-front included) and exits 0; a row failing at run time
// exits 1 naming the row; a refused file starts nothing; jobs, job and export print what the
// API holds; a bad key, no URL, an unknown domain and an unreachable dashboard each get a
// clear message and a non-zero exit. Before this there was no `cli` script: every test failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { runCli } from "./support/cli";
import { createKeyFor, ensureUser, signInAs, testUser } from "./support/users";

const tag = `cli${Date.now().toString(36)}`;
const operator = testUser(tag, "operator");
const domainName = `cli-${Date.now()}`;
let domainId = "";
let env: Record<string, string> = {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-spec-"));

const sandboxNames = async () =>
  ((await sandboxCall<{ name: string; description?: string; enabled?: boolean }[]>(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints?size=1000`)).body ?? []).map((e) => e.name).toSorted();

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  await ensureUser(operator);
  domainId = await createSandboxDomain(domainName);
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, operator);
  env = { DASHBOARD_URL: baseURL!, DASHBOARD_API_KEY: await createKeyFor(session, operator, "cli spec") };
  await session.dispose();
});

test("import a CSV by domain name: exit 0, progress shown, exactly the file's endpoints on the sandbox", async () => {
  const file = path.join(dir, "desks.csv");
  fs.writeFileSync(file, "name,description,enabled,password,sip_uri\n'-front,Front desk,yes,cli-Pass-01,\ndesk-2,,no,cli-Pass-02,\ndesk-3,Third,,cli-Pass-03,\n");
  const result = await runCli(["import", file, "--domain", domainName], env);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain(`in domain ${domainName}`);
  expect(result.stdout).toContain("Ignored columns (not imported): sip_uri");
  expect(result.stdout).toMatch(/3\/3 done · created 3 · failed 0/);
  expect(result.stdout).toContain("Created: 3");
  expect(await sandboxNames()).toEqual(["-front", "desk-2", "desk-3"]);
  // Never a password on the terminal.
  expect(result.stdout + result.stderr).not.toContain("cli-Pass");
});

test("a row that fails at run time: exit 1 and the row's error printed", async () => {
  const file = path.join(dir, "again.csv");
  fs.writeFileSync(file, "name,password\ndesk-2,cli-Pass-02\nnew-4,cli-Pass-04\n");
  const result = await runCli(["import", file, "--domain", domainName, "--existing", "fail"], env);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("1 row failed:");
  expect(result.stderr).toContain("row 2 desk-2: An endpoint with this name already exists in the domain.");
  expect(await sandboxNames()).toEqual(["-front", "desk-2", "desk-3", "new-4"]);
});

test("a refused file: exit 1, each bad row and column printed, nothing started", async () => {
  const file = path.join(dir, "bad.csv");
  fs.writeFileSync(file, "name,password\nfine-5,cli-Pass-05\nbad name,cli-Pass-06\nfine-7,short\n");
  const before = (await runCli(["jobs", "--domain", domainName], env)).stdout;
  const result = await runCli(["import", file, "--domain", domainId], env);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("The dashboard answered 400: 2 rows have problems; nothing was started.");
  expect(result.stderr).toMatch(/row 3, name: .+/);
  expect(result.stderr).toMatch(/row 4, password: .+/);
  expect(await sandboxNames()).not.toContain("fine-5");
  expect((await runCli(["jobs", "--domain", domainName], env)).stdout).toBe(before);
});

test("jobs, job <id> and export print what the dashboard holds", async () => {
  const jobs = await runCli(["jobs", "--domain", domainName], env);
  expect(jobs.code, jobs.stderr).toBe(0);
  const lines = jobs.stdout.trim().split("\n");
  expect(lines[0]).toMatch(/^id\s+status\s+done\s+failed\s+started \(UTC\)$/);
  // Newest first: the --existing fail import, then the first one.
  expect(lines[1]).toMatch(/^\S+\s+Completed\s+2\/2\s+failed 1\s+\d{4}-\d\d-\d\dT/);
  expect(lines[2]).toMatch(/^\S+\s+Completed\s+3\/3\s+failed 0\s+/);
  const failedJobId = lines[1]!.split(/\s+/)[0]!;

  const job = await runCli(["job", failedJobId], env);
  expect(job.code, job.stderr).toBe(0);
  expect(job.stdout).toContain(`Job ${failedJobId}: Completed, 2 of 2 rows done.`);
  expect(job.stdout).toContain("Created: 1");
  expect(job.stdout).toContain("Failed: 1");
  expect(job.stdout).toContain("row 2 desk-2: An endpoint with this name already exists in the domain.");

  const exported = await runCli(["export", "--domain", domainName], env);
  expect(exported.code, exported.stderr).toBe(0);
  const [header, ...rows] = exported.stdout.trim().split(/\r?\n/);
  expect(header).toBe("name,description,application,enabled,id,sip_uri,realm,username");
  expect(rows.map((r) => r.split(",")[0]).toSorted()).toEqual(["'-front", "desk-2", "desk-3", "new-4"]);
  const out = path.join(dir, "out.tsv");
  const toFile = await runCli(["export", "--domain", domainName, "--format", "tsv", "--out", out], env);
  expect(toFile.code, toFile.stderr).toBe(0);
  expect(toFile.stderr).toContain(`Wrote the endpoints of ${domainName} to ${out}.`);
  expect(fs.readFileSync(out, "utf8").split(/\r?\n/)[0]).toBe("name\tdescription\tapplication\tenabled\tid\tsip_uri\trealm\tusername");
});

test("help, and clear errors: bad key, no URL, unknown domain, unreachable dashboard", async () => {
  const help = await runCli(["--help"], {});
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("import <file> --domain <name or id> [--existing skip|fail|update]");
  expect((await runCli(["import", "--help"], {})).stdout).toContain("Exits 0 when every row succeeded");

  const badKey = await runCli(["jobs"], { ...env, DASHBOARD_API_KEY: "cdk_notARealKeyAtAll1234567890" });
  expect(badKey).toMatchObject({ code: 2, stderr: expect.stringContaining("The dashboard refused the API key: That API key is not valid") });
  expect(await runCli(["jobs"], { DASHBOARD_API_KEY: env.DASHBOARD_API_KEY })).toMatchObject({ code: 2, stderr: expect.stringContaining("set DASHBOARD_URL or pass --url") });
  expect(await runCli(["jobs", "--url", env.DASHBOARD_URL!], {})).toMatchObject({ code: 2, stderr: expect.stringContaining("set DASHBOARD_API_KEY or pass --key") });
  const unknown = await runCli(["export", "--domain", "no-such-domain-anywhere"], env);
  expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('No domain named or with id "no-such-domain-anywhere".') });
  expect(unknown.stderr).toContain("Domains: ");
  const down = await runCli(["jobs", "--url", "http://127.0.0.1:9"], env);
  expect(down).toMatchObject({ code: 3, stderr: expect.stringContaining("Cannot reach the dashboard at http://127.0.0.1:9") });
});
