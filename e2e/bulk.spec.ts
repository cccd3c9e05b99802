// Bulk, as an admin does it: paste 25 rows (3 invalid, 2 already in the domain), read the
// preview, run it, watch it reach 100 %, download the outcome and find the rows in History.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

test("paste 25 rows → preview counts → run → 100 % → ids → CSV → History", async ({ page }) => {
  test.setTimeout(120_000);
  const domainName = `bulk-${Date.now()}`;
  const domainId = await createSandboxDomain(domainName);
  for (const name of ["exists-1", "exists-2"]) {
    const r = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, credentials: { password: "abc123" } } });
    expect(r.status).toBe(201);
  }
  const lines = ["Name\tPassword\tDescription"];
  for (let i = 1; i <= 20; i++) lines.push(`desk-${i}\t${i % 4 === 0 ? "" : `Secret-${i}`}\tDesk phone ${i}`);
  lines.push("bad name\tabc123\tspace in name", "short-pw\tabc\ttoo short", "x@y\tabc123\tat sign");
  lines.push("exists-1\tabc123\talready there", "exists-2\tabc123\talready there");

  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByLabel("Paste rows from a spreadsheet or CSV").fill(lines.join("\n"));
  const counts = page.getByTestId("bulk-counts");
  // Rows without a password are invalid until generated passwords are asked for (opt-in).
  await expect(counts).toContainText("25 rows: 15 ready, 8 with problems, 2 already in the domain.");
  await page.getByLabel("Generate passwords for rows without one").check();
  await expect(counts).toContainText("25 rows: 20 ready, 3 with problems, 2 already in the domain.");
  // The table renders only the rows in view: show the invalid ones to read their problems.
  await page.getByRole("radio", { name: /With problems/ }).check({ force: true });
  await expect(page.getByText(/a space at position 4 is not allowed/).first()).toBeVisible();
  await expect(page.getByText(/Password must be at least 6 characters/).first()).toBeVisible();

  // 22 rows go to the job: the 20 ready ones are created, the 2 already in the domain skipped.
  await expect(page.getByText("2 already in the domain will be skipped · 3 rows with problems will not be sent")).toBeVisible();
  await page.getByRole("button", { name: "Create 20 endpoints" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create 20 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  const progress = page.getByRole("progressbar");
  await expect(progress).toHaveAttribute("aria-valuemax", "22");
  await expect(progress).toHaveAttribute("aria-valuenow", "22", { timeout: 60_000 });
  await expect(page.getByText("100%")).toBeVisible();
  await expect(page.getByRole("link", { name: /^re-[0-9a-f]+$/ }).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download results" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  const results = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  // Every pasted row: the 3 the preview refused too, with their reasons, added by this tab.
  expect(results).toHaveLength(25);
  const refused = results.filter((r) => r.status === "invalid");
  expect(refused.map((r) => r.name)).toEqual(["bad name", "short-pw", "x@y"]);
  for (const row of refused) expect(row.error, row.name).not.toBe("");
  const rows = results.filter((r) => r.status !== "invalid");
  expect(rows).toHaveLength(22);
  const state = (await sandboxCall<{ id: string; name: string; sipUri: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  expect(state).toHaveLength(22);
  const byName = new Map(state.map((e) => [e.name, e]));
  for (const row of rows) {
    expect(row.endpoint_id, row.name).toBe(byName.get(row.name!)?.id);
    expect(row.status).toBe(row.name!.startsWith("exists") ? "skipped" : "created");
    if (row.status === "created") expect(row.sip_uri).toBe(byName.get(row.name!)?.sipUri);
  }
  // Generated passwords come from this tab, never from the server.
  const generated = rows.filter((r) => ["desk-4", "desk-8", "desk-12", "desk-16", "desk-20"].includes(r.name!));
  expect(generated.every((r) => (r.password ?? "").length === 20)).toBe(true);
  expect(rows.find((r) => r.name === "desk-1")?.password ?? "").toBe("");

  await page.goto("/history");
  await page.getByLabel("Domain").selectOption({ label: domainName });
  for (const name of ["desk-1", "desk-20"]) await expect(page.getByRole("cell", { name, exact: true }).or(page.getByText(name, { exact: true })).first()).toBeVisible();
});
