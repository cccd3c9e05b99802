// The audit service: what an entry holds, that a failure records its code, that secrets in a
// detail are dropped, that the table refuses edits, and the retention prune; on each dialect.
import { sql } from "kysely";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { apiKeyActorLabel } from "@/lib/audit/contract";
import { CatapultError } from "@/lib/catapult/errors";
import { listAuditRows } from "@/lib/db/audit-log";
import type { Db } from "@/lib/db/database";
import { DomainError } from "@/lib/domain-error";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { pruneAudit } from "./prune";
import { type AuditContext, audited, recordAudit } from "./record";

let db: Db;
vi.mock("@/lib/db/database", async (original) => ({ ...(await original<object>()), getDb: () => db }));

describe.each(TEST_DIALECTS)("on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  beforeEach(() => {
    db = store().db;
  });

  const ADMIN: AuditContext = { actor: { type: "user", id: "u-admin", email: "admin@example.com" }, sourceAddress: "198.51.100.7" };
  const rows = async (filter = {}) => (await listAuditRows(filter, { limit: 100, offset: 0 }, db)).rows;

  describe("recordAudit", () => {
    it("stores who, from where, what, the target and the outcome", async () => {
      await recordAudit(ADMIN, "endpoint.update", { target: { domainId: "rd-1", endpointId: "re-1", endpointName: "jsmith" }, detail: { changed: ["password"] } });
      expect(await rows()).toEqual([
        expect.objectContaining({
          actor_type: "user", actor_id: "u-admin", actor_label: "admin@example.com", source_address: "198.51.100.7", action: "endpoint.update",
          domain_id: "rd-1", endpoint_id: "re-1", endpoint_name: "jsmith", outcome: "ok", error_code: null, detail: '{"changed":["password"]}',
        }),
      ]);
    });

    it("keeps a person and their API key apart by type and id; the owner's email finds both", async () => {
      await recordAudit({ actor: { type: "user", id: "u-1", email: "ana@example.com" }, sourceAddress: null }, "sign-in");
      await recordAudit({ actor: { type: "api-key", id: "k-1", label: apiKeyActorLabel("ana@example.com", "ci", "cdk_ab") }, sourceAddress: null }, "domain.delete");
      await recordAudit({ actor: { type: "user", id: "u-2", email: "ana@example.com.evil" }, sourceAddress: null }, "sign-in");
      expect((await rows({ actor: "ana@example.com" })).map((r) => [r.actor_type, r.actor_id])).toEqual([
        ["api-key", "k-1"],
        ["user", "u-1"],
      ]);
      expect((await rows({ actor: "api-key" })).map((r) => [r.actor_id, r.actor_label])).toEqual([["k-1", 'ana@example.com (API key "ci" cdk_ab…)']]);
    });

    it("finds entries by any part of a target's ids and names, ignoring case, with % and _ taken literally", async () => {
      await recordAudit(ADMIN, "endpoint.create", { target: { domainName: "Office_East", endpointName: "Desk-100%" } });
      await recordAudit(ADMIN, "endpoint.create", { target: { domainName: "OfficeXEast", endpointName: "desk-1000" } });
      await recordAudit(ADMIN, "user.create", { target: { userEmail: "Bo@Example.com" } });
      expect((await rows({ target: "office_e" })).map((r) => r.domain_name)).toEqual(["Office_East"]);
      expect((await rows({ target: "100%" })).map((r) => r.endpoint_name)).toEqual(["Desk-100%"]);
      expect((await rows({ target: "bo@example" })).map((r) => r.action)).toEqual(["user.create"]);
      expect(await rows({ target: "nowhere" })).toEqual([]);
      expect((await listAuditRows({ action: "endpoint.create" }, { limit: 1, offset: 1 }, db)).total).toBe(2);
    });

    it("drops detail keys that name secrets", async () => {
      await recordAudit(ADMIN, "endpoint.create", { detail: { password: "hunter2-Secret", apiToken: "t", source: "form" } });
      expect((await rows())[0]?.detail).toBe('{"source":"form"}');
    });

    it("refuses to edit an entry: the table is append-only", async () => {
      await recordAudit(ADMIN, "sign-in");
      await expect(db.updateTable("audit_log").set({ actor_label: "someone else" }).execute()).rejects.toThrow(/append-only/);
    });
  });

  describe("audited", () => {
    it("records a failure with Catapult's error code, and throws it on", async () => {
      const failure = new CatapultError({ kind: "conflict", status: 409, code: "endpoint-name-taken" });
      await expect(audited(ADMIN, "endpoint.create", { target: { endpointName: "jsmith" } }, () => Promise.reject(failure))).rejects.toBe(failure);
      expect(await rows()).toEqual([expect.objectContaining({ action: "endpoint.create", outcome: "failed", error_code: "endpoint-name-taken", endpoint_name: "jsmith" })]);
    });

    it("records the dashboard's own refusals by kind, and a success with what the result adds", async () => {
      await expect(audited(ADMIN, "bulk-job.resume", {}, () => Promise.reject(new DomainError("conflict", "no")))).rejects.toThrow();
      await audited(ADMIN, "domain.create", { target: { domainName: "office" } }, async () => "rd-9", (id) => ({ target: { domainId: id } }));
      expect((await rows()).map((r) => [r.action, r.outcome, r.error_code, r.domain_id, r.domain_name])).toEqual([
        ["domain.create", "ok", null, "rd-9", "office"],
        ["bulk-job.resume", "failed", "conflict", null, null],
      ]);
    });
  });

  describe("pruneAudit", () => {
    const DAY = 24 * 60 * 60 * 1000;
    const at = (time: number) => sql`INSERT INTO audit_log (at, actor_type, actor_label, action, outcome) VALUES (${time}, 'shared-admin', 'admin', 'sign-in', 'ok')`.execute(db);

    it("keeps everything when no retention is set", async () => {
      await at(0);
      expect(await pruneAudit(undefined, db)).toBe(0);
      expect(await rows()).toHaveLength(1);
    });

    it("deletes what is older than the retention and records the prune with its count", async () => {
      const now = Date.UTC(2026, 10, 29);
      await at(now - 40 * DAY);
      await at(now - 31 * DAY);
      await at(now - 29 * DAY);
      expect(await pruneAudit(30, db, now)).toBe(2);
      const left = await rows();
      expect(left.map((r) => [r.action, r.actor_type])).toEqual([["audit.pruned", "system"], ["sign-in", "shared-admin"]]);
      expect(JSON.parse(left[0]!.detail!)).toMatchObject({ count: 2, retentionDays: 30 });
      // Nothing older left: the next prune removes nothing and adds no entry.
      expect(await pruneAudit(30, db, now)).toBe(0);
      expect(await rows()).toHaveLength(2);
    });
  });
});
