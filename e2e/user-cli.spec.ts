// `npm run user -- add`: run for real against the running dashboard's database; the person it
// adds signs in, with the password given or the one set from the printed invitation link.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { e2eEnv } from "../scripts/test-support/e2e-env.mjs";
import { PASSWORD, signedInClient, uniqueEmail } from "./support/people";

const run = promisify(execFile);

async function userCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ...e2eEnv(), DATA_DIR: process.env.E2E_DATA_DIR! };
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", "user", "--", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("adds a person with a password, who then signs in", async () => {
  const email = uniqueEmail("cli-password");
  const added = await userCli("add", email, "--role", "operator", "--password", PASSWORD);
  expect(added, added.stderr).toMatchObject({ code: 0 });
  expect(added.stdout).toContain(`Added ${email} (operator)`);
  const client = await signedInClient(email);
  expect(await (await client.get("/api/session")).json()).toMatchObject({ user: { email, role: "operator" } });
  // The same email again is refused, and says why.
  expect(await userCli("add", email, "--role", "viewer")).toMatchObject({ code: 1, stderr: expect.stringContaining(`${email} already has an account`) });
});

test("without a password it prints an invitation link that sets one", async ({ request }) => {
  const email = uniqueEmail("cli-invite");
  const added = await userCli("add", email, "--role", "viewer");
  expect(added.code, added.stderr).toBe(0);
  const token = /set-password\?token=(\S+)/.exec(added.stdout)?.[1];
  expect(token).toBeTruthy();
  expect((await request.post("/api/password-links", { data: { token: decodeURIComponent(token!), newPassword: PASSWORD } })).status()).toBe(200);
  await (await signedInClient(email)).dispose();
});

test("bad input names the argument and exits non-zero", async () => {
  expect(await userCli("add", "not-an-email", "--role", "viewer")).toMatchObject({ code: 2, stderr: expect.stringContaining("<email>:") });
  expect(await userCli("add", "x@example.com", "--role", "boss")).toMatchObject({ code: 2, stderr: expect.stringContaining("--role:") });
  expect(await userCli("add", "x@example.com")).toMatchObject({ code: 2, stderr: expect.stringContaining("--role is missing") });
  expect(await userCli("add", "x@example.com", "--role", "viewer", "--password", "short")).toMatchObject({ code: 2, stderr: expect.stringContaining("--password: Use at least 12") });
});
