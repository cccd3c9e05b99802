// Issue 12, audit log retention: with AUDIT_RETENTION_DAYS set, the server prunes older
// entries at start and the prune is itself an entry, shown on /audit. A dashboard of its
// own (a data folder of its own), started twice: once to create the database, once to prune.
// Before this slice there was no audit log, no AUDIT_RETENTION_DAYS and no /audit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { withAppDatabase } from "./support/app-database";

const DAY = 24 * 60 * 60 * 1000;

test("entries past AUDIT_RETENTION_DAYS are pruned at start, and the prune is an entry on /audit", async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-retention-"));
  const port = E2E.auditAppPort;
  try {
    const first = await startApp(port, { DATA_DIR: dataDir });
    await first.kill();
    const entry = (at: number, domainId: string) => ({
      at, actor_type: "shared-admin", actor_id: null, actor_label: "admin", source_address: null, action: "domain.create", domain_id: domainId, domain_name: null,
      endpoint_id: null, endpoint_name: null, job_id: null, user_email: null, outcome: "ok" as const, error_code: null, detail: null,
    });
    await withAppDatabase(
      (db) => db.insertInto("audit_log").values([entry(Date.now() - 40 * DAY, "rd-ancient"), entry(Date.now() - 31 * DAY, "rd-old"), entry(Date.now() - 2 * DAY, "rd-recent")]).execute(),
      dataDir,
    );

    const app = await startApp(port, { DATA_DIR: dataDir, AUDIT_RETENTION_DAYS: "30" });
    try {
      expect(app.output()).toContain("Audit: pruned 2 entries older than 30 days.");
      await page.goto(`${app.url}/sign-in`);
      await page.getByRole("textbox", { name: "Email" }).fill(E2E.adminEmail);
      await page.getByRole("textbox", { name: "Password" }).fill(E2E.adminPassword);
      await page.getByRole("button", { name: /sign in/i }).click();
      await expect(page.getByRole("heading", { name: "Domains", level: 1 })).toBeVisible();
      await page.goto(`${app.url}/audit`);
      const pruned = page.getByRole("row").filter({ hasText: "Audit log pruned" });
      await expect(pruned).toContainText("2 entries");
      await expect(pruned).toContainText("system");
      await expect(page.getByRole("row").filter({ hasText: "rd-recent" })).toHaveCount(1);
      await expect(page.getByRole("row").filter({ hasText: /rd-ancient|rd-old/ })).toHaveCount(0);
    } finally {
      await app.kill();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
