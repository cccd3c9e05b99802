// Runs after every other browser test (the "leaks" project depends on "flows" in
// playwright.config.ts): over everything the suite did, no secret and no SIP password
// reached a server log line or the SQLite file in plain text.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

const dataDir = process.env.E2E_DATA_DIR!;
const SECRETS = { token: E2E.token, secret: E2E.secret, sessionSecret: E2E.sessionSecret, adminPassword: E2E.adminPassword };
// SIP passwords the other specs send (form, bulk, restart, faults).
const SIP_PASSWORDS = ["abc123", "Secret-1", "Secret-19", "pw-1-secret", "pw-59-secret", "pa€€word", "fault-pw-1", "audit-Secret-1", "audit-Secret-3", "audit-Secret-4"];

test("no secret or SIP password in the servers' logs over the whole suite", () => {
  const log = fs.readFileSync(path.join(dataDir, "servers.log"), "utf8");
  expect(log).toContain("Catapult sandbox listening");
  expect(log).toContain("Catapult: http://127.0.0.1");
  for (const [name, value] of Object.entries(SECRETS)) expect(log.includes(value), `${name} in the log`).toBe(false);
  for (const password of SIP_PASSWORDS) expect(log.includes(password), `SIP password ${password} in the log`).toBe(false);
});

// SQLite only, on purpose: this reads the file's bytes (the browser suite runs on SQLite;
// Postgres' table files are checked by lib/db/vacuum.test.ts).
test("the SQLite file holds no password in plain text, and none at all for finished rows", () => {
  const files = fs.readdirSync(dataDir).filter((f) => f.startsWith("dashboard.sqlite"));
  expect(files).toContain("dashboard.sqlite");
  const bytes = files.map((f) => fs.readFileSync(path.join(dataDir, f)).toString("latin1")).join("");
  for (const password of SIP_PASSWORDS) expect(bytes.includes(password), `${password} in ${files.join(", ")}`).toBe(false);
  for (const [name, value] of Object.entries(SECRETS)) expect(bytes.includes(value), `${name} in the database`).toBe(false);

  const db = new Database(path.join(dataDir, "dashboard.sqlite"), { readonly: true });
  const counts = db.prepare("SELECT status, COUNT(*) AS n, SUM(password_sealed IS NOT NULL) AS sealed FROM bulk_rows GROUP BY status").all() as { status: string; n: number; sealed: number }[];
  db.close();
  expect(counts.length).toBeGreaterThan(0);
  for (const row of counts) if (["created", "already_existed", "skipped", "cancelled"].includes(row.status)) expect(row.sealed, row.status).toBe(0);
});

test("the audit log recorded the suite's actions and holds no secret, password or session value", () => {
  const db = new Database(path.join(dataDir, "dashboard.sqlite"), { readonly: true });
  const entries = db.prepare("SELECT * FROM audit_log").all() as Record<string, unknown>[];
  db.close();
  // The scan can fail: the suite signed in, changed a password (e2e/audit.spec.ts) and ran bulk jobs.
  const actions = new Set(entries.map((e) => e.action));
  for (const action of ["sign-in", "endpoint.create", "endpoint.update", "bulk-job.start"]) expect(actions, action).toContain(action);
  const text = JSON.stringify(entries);
  const changedPassword = entries.some((e) => e.action === "endpoint.update" && typeof e.detail === "string" && JSON.parse(e.detail).changed?.includes("password"));
  expect(changedPassword, "an endpoint.update entry that changed a password").toBe(true);
  for (const password of SIP_PASSWORDS) expect(text.includes(password), `${password} in audit_log`).toBe(false);
  for (const [name, value] of Object.entries(SECRETS)) expect(text.includes(value), `${name} in audit_log`).toBe(false);
  // A session cookie is sealed with iron ("Fe26."): none may be stored.
  expect(text.includes("Fe26."), "a sealed session in audit_log").toBe(false);
});
