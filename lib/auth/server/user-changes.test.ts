// The rules that keep someone in charge, and what each change does to sessions, on a real
// Better Auth instance over a temporary database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "user-changes-"));
process.env.DATA_DIR = dataDir;

type Services = typeof import("./user-changes") & typeof import("./users") & { SYSTEM: typeof import("@/lib/audit/server/record").SYSTEM };
let s: Services;
let auth: ReturnType<typeof import("./auth").getAuth>;

beforeAll(async () => {
  const changes = await import("./user-changes");
  const users = await import("./users");
  const { SYSTEM } = await import("@/lib/audit/server/record");
  auth = (await import("./auth")).getAuth();
  s = { ...changes, ...users, SYSTEM };
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const password = "a-long-enough-password";
async function add(email: string, role: "viewer" | "operator" | "admin") {
  return (await s.addUser(s.SYSTEM, { email, role, password })).user;
}
async function signInCount(email: string) {
  await auth.api.signInEmail({ body: { email, password } });
  const user = (await s.listUsers()).find((u) => u.email === email)!;
  return user.activeSessions;
}

describe("admin changes", () => {
  it("refuses a second account for the same email, whatever its case", async () => {
    await add("dup@example.com", "viewer");
    await expect(s.addUser(s.SYSTEM, { email: "DUP@example.com", role: "viewer" })).rejects.toMatchObject({ kind: "conflict", fields: { email: expect.any(String) } });
  });

  it("an admin cannot demote or disable themself", async () => {
    const admin = await add("self@example.com", "admin");
    await add("other-admin@example.com", "admin");
    await expect(s.changeUser(s.SYSTEM, admin.id, admin.id, { role: "operator" })).rejects.toMatchObject({ kind: "conflict", fields: { role: expect.any(String) } });
    await expect(s.changeUser(s.SYSTEM, admin.id, admin.id, { disabled: true })).rejects.toMatchObject({ kind: "conflict", fields: { disabled: expect.any(String) } });
  });

  it("the last enabled admin stays one, even when changed from the shell", async () => {
    const admins = (await s.listUsers()).filter((u) => u.role === "admin" && !u.disabled);
    // Leave exactly one enabled admin, then try to demote and disable it.
    for (const extra of admins.slice(1)) await s.changeUser(s.SYSTEM, null, extra.id, { disabled: true });
    const last = admins[0]!;
    await expect(s.changeUser(s.SYSTEM, null, last.id, { role: "viewer" })).rejects.toThrow(/last enabled admin/);
    await expect(s.changeUser(s.SYSTEM, null, last.id, { disabled: true })).rejects.toThrow(/last enabled admin/);
    // Enabling another admin lifts it.
    await s.changeUser(s.SYSTEM, null, admins[1]!.id, { disabled: false });
    await expect(s.changeUser(s.SYSTEM, null, last.id, { role: "viewer" })).resolves.toMatchObject({ role: "viewer" });
  });

  it("two admins demoting each other at once: one wins, one admin remains", async () => {
    const a = await add("race-a@example.com", "admin");
    const b = await add("race-b@example.com", "admin");
    for (const other of (await s.listUsers()).filter((u) => u.role === "admin" && u.id !== a.id && u.id !== b.id)) {
      await s.changeUser(s.SYSTEM, null, other.id, { role: "operator" });
    }
    const results = await Promise.allSettled([s.changeUser(s.SYSTEM, a.id, b.id, { role: "viewer" }), s.changeUser(s.SYSTEM, b.id, a.id, { role: "viewer" })]);
    expect(results.map((r) => r.status).toSorted()).toEqual(["fulfilled", "rejected"]);
    expect((await s.listUsers()).filter((u) => u.role === "admin" && !u.disabled)).toHaveLength(1);
  });

  it("disabling ends every session; ending sessions does too", async () => {
    const user = await add("sessions@example.com", "operator");
    await signInCount(user.email);
    expect(await signInCount(user.email)).toBe(2);
    expect((await s.endUserSessions(s.SYSTEM, user.id)).activeSessions).toBe(0);
    await signInCount(user.email);
    expect((await s.changeUser(s.SYSTEM, null, user.id, { disabled: true })).activeSessions).toBe(0);
    await expect(auth.api.signInEmail({ body: { email: user.email, password } })).rejects.toMatchObject({ status: "FORBIDDEN" });
  });
});
