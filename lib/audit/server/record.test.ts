// The audit service: what an entry holds, that a failure records its code, that secrets in a
// detail are dropped, that the table refuses edits, and the retention prune.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiKeyActorLabel } from "@/lib/audit/contract";
import { CatapultError } from "@/lib/catapult/errors";
import { listAuditRows } from "@/lib/db/audit-log";
import { openDatabase } from "@/lib/db/database";
import { DomainError } from "@/lib/domain-error";
import { pruneAudit } from "./prune";
import { type AuditContext, audited, recordAudit } from "./record";

const dirs: string[] = [];
let db: Database.Database;
vi.mock("@/lib/db/database", async (original) => ({ ...(await original<object>()), getDb: () => db }));

beforeEach(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-"));
  dirs.push(dir);
  db = openDatabase(path.join(dir, "test.sqlite"));
});
afterEach(() => {
  db.close();
  dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

const ADMIN: AuditContext = { actor: { type: "user", id: "u-admin", email: "admin@example.com" }, sourceAddress: "198.51.100.7" };
const rows = (filter = {}) => listAuditRows(filter, { limit: 100, offset: 0 }, db).rows;

describe("recordAudit", () => {
  it("stores who, from where, what, the target and the outcome", () => {
    recordAudit(ADMIN, "endpoint.update", { target: { domainId: "rd-1", endpointId: "re-1", endpointName: "jsmith" }, detail: { changed: ["password"] } });
    expect(rows()).toEqual([
      expect.objectContaining({
        actor_type: "user", actor_id: "u-admin", actor_label: "admin@example.com", source_address: "198.51.100.7", action: "endpoint.update",
        domain_id: "rd-1", endpoint_id: "re-1", endpoint_name: "jsmith", outcome: "ok", error_code: null, detail: '{"changed":["password"]}',
      }),
    ]);
  });

  it("keeps a person and their API key apart by type and id; the owner's email finds both", () => {
    recordAudit({ actor: { type: "user", id: "u-1", email: "ana@example.com" }, sourceAddress: null }, "sign-in");
    recordAudit({ actor: { type: "api-key", id: "k-1", label: apiKeyActorLabel("ana@example.com", "ci", "cdk_ab") }, sourceAddress: null }, "domain.delete");
    recordAudit({ actor: { type: "user", id: "u-2", email: "ana@example.com.evil" }, sourceAddress: null }, "sign-in");
    expect(rows({ actor: "ana@example.com" }).map((r) => [r.actor_type, r.actor_id])).toEqual([
      ["api-key", "k-1"],
      ["user", "u-1"],
    ]);
    expect(rows({ actor: "api-key" }).map((r) => [r.actor_id, r.actor_label])).toEqual([["k-1", 'ana@example.com (API key "ci" cdk_ab…)']]);
  });

  it("drops detail keys that name secrets", () => {
    recordAudit(ADMIN, "endpoint.create", { detail: { password: "hunter2-Secret", apiToken: "t", source: "form" } });
    expect(rows()[0]?.detail).toBe('{"source":"form"}');
  });

  it("refuses to edit an entry: the table is append-only", () => {
    recordAudit(ADMIN, "sign-in");
    expect(() => db.prepare("UPDATE audit_log SET actor_label = 'someone else'").run()).toThrow(/append-only/);
  });
});

describe("audited", () => {
  it("records a failure with Catapult's error code, and throws it on", async () => {
    const failure = new CatapultError({ kind: "conflict", status: 409, code: "endpoint-name-taken" });
    await expect(audited(ADMIN, "endpoint.create", { target: { endpointName: "jsmith" } }, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(rows()).toEqual([expect.objectContaining({ action: "endpoint.create", outcome: "failed", error_code: "endpoint-name-taken", endpoint_name: "jsmith" })]);
  });

  it("records the dashboard's own refusals by kind, and a success with what the result adds", async () => {
    await expect(audited(ADMIN, "bulk-job.resume", {}, () => Promise.reject(new DomainError("conflict", "no")))).rejects.toThrow();
    await audited(ADMIN, "domain.create", { target: { domainName: "office" } }, async () => "rd-9", (id) => ({ target: { domainId: id } }));
    expect(rows().map((r) => [r.action, r.outcome, r.error_code, r.domain_id, r.domain_name])).toEqual([
      ["domain.create", "ok", null, "rd-9", "office"],
      ["bulk-job.resume", "failed", "conflict", null, null],
    ]);
  });
});

describe("pruneAudit", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const at = (time: number) => db.prepare("INSERT INTO audit_log (at, actor_type, actor_label, action, outcome) VALUES (?, 'shared-admin', 'admin', 'sign-in', 'ok')").run(time);

  it("keeps everything when no retention is set", () => {
    at(0);
    expect(pruneAudit(undefined, db)).toBe(0);
    expect(rows()).toHaveLength(1);
  });

  it("deletes what is older than the retention and records the prune with its count", () => {
    const now = Date.UTC(2026, 10, 29);
    at(now - 40 * DAY);
    at(now - 31 * DAY);
    at(now - 29 * DAY);
    expect(pruneAudit(30, db, now)).toBe(2);
    const left = rows();
    expect(left.map((r) => [r.action, r.actor_type])).toEqual([["audit.pruned", "system"], ["sign-in", "shared-admin"]]);
    expect(JSON.parse(left[0]!.detail!)).toMatchObject({ count: 2, retentionDays: 30 });
    // Nothing older left: the next prune removes nothing and adds no entry.
    expect(pruneAudit(30, db, now)).toBe(0);
    expect(rows()).toHaveLength(2);
  });
});
