// Export → re-import: a domain with names and descriptions our formula defusing touches
// (-front, =x, @home, 'quoted, '=y) exports to CSV, reads back unchanged as "nothing to do", and after two cells
// are edited, "Update existing names" shows exactly those two differences and changes exactly
// those two fields in the sandbox.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const ENDPOINTS = [
  { name: "-front", description: "Front desk", enabled: true },
  { name: "+1-919-555-0100", description: "Main line, ext. 100", enabled: true },
  // "@" is not a SIP-name character: it is tried in a description instead.
  { name: "home", description: "@home", enabled: true },
  { name: "=sum", description: "=not a formula", enabled: true },
  { name: "=x", description: "", enabled: false },
  { name: "'quoted", description: "'kept quote", enabled: true },
  { name: "'=y", description: "Quote then equals", enabled: true },
];

test("export → unchanged re-import does nothing → edit two cells → update changes exactly those", async ({ page }) => {
  test.setTimeout(120_000);
  const domainId = await createSandboxDomain(`export-${Date.now()}`);
  for (const e of ENDPOINTS) {
    const r = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, {
      method: "POST",
      body: { name: e.name, ...(e.description ? { description: e.description } : {}), enabled: e.enabled, credentials: { password: "abc123" } },
    });
    expect(r.status, e.name).toBe(201);
  }
  await signIn(page);
  const readAll = async () => ((await (await page.request.get(`/api/domains/${domainId}/endpoints`)).json()) as { endpoints: Record<string, unknown>[] }).endpoints;
  const before = await readAll();

  // Export from the domain page.
  await page.goto(`/domains/${domainId}`);
  await page.getByText("Export", { exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV (comma-separated)" }).click();
  const file = (await (await download).path())!;
  const csv = fs.readFileSync(file, "utf8");
  const exported = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  expect(Object.keys(exported[0]!)).toEqual(["name", "description", "application", "enabled", "id", "sip_uri", "realm", "username"]);
  // Defused for spreadsheets: formula starts and our own quote get one leading quote.
  expect(exported.find((r) => r.name === "home")?.description).toBe("'@home");
  expect(exported.map((r) => r.name).toSorted()).toEqual(["''=y", "''quoted", "'-front", "'=x", "'=sum", "home", "+1-919-555-0100"].toSorted());

  // Re-import unchanged: nothing to create, nothing to update.
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  const chooseFile = page.getByLabel("Choose a .csv file");
  await chooseFile.setInputFiles({ name: "endpoints.csv", mimeType: "text/csv", buffer: fs.readFileSync(file) });
  const counts = page.getByTestId("bulk-counts");
  await expect(counts).toContainText("7 rows: 0 ready, 0 with problems, 7 already in the domain.");
  await expect(page.getByText(/Columns 'id', 'sip_uri', 'realm', 'username' come from an export/)).toBeVisible();
  await page.getByRole("radio", { name: /Update existing names/ }).check();
  await expect(counts).toContainText("7 rows: 0 ready, 0 with problems, 7 already in the domain (0 to update, 7 unchanged).");
  await expect(page.getByText("Nothing to send: no new names, and every existing row is unchanged.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Create|Update) / })).toBeDisabled();

  // Edit two cells: one description, one enabled value.
  const edited = exported.map((r) => ({
    ...r,
    description: r.name === "'-front" ? "Lobby" : r.description,
    enabled: r.name === "home" ? "false" : r.enabled,
  }));
  await chooseFile.setInputFiles({ name: "edited.csv", mimeType: "text/csv", buffer: Buffer.from(Papa.unparse(edited, { newline: "\r\n" })) });
  await expect(counts).toContainText("(2 to update, 5 unchanged).");
  await expect(page.getByText('Description: "Front desk" → "Lobby"')).toBeVisible();
  await expect(page.getByText("Enabled: yes → no")).toBeVisible();
  await expect(page.getByRole("list", { name: "Changes" })).toHaveCount(2);

  await page.getByRole("button", { name: "Update 2 endpoints" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Update 2 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  const progress = page.getByRole("progressbar");
  await expect(progress).toHaveAttribute("aria-valuenow", "7", { timeout: 60_000 });
  await expect(page.getByRole("cell", { name: "Updated" }).or(page.getByText("Updated", { exact: true })).first()).toBeVisible();

  // Exactly those two fields changed; every other field of every endpoint is as before.
  const after = await readAll();
  const expected = before.map((e) =>
    e.name === "-front" ? { ...e, description: "Lobby" } : e.name === "home" ? { ...e, enabled: false } : e,
  );
  const byId = (list: Record<string, unknown>[]) => list.toSorted((a, b) => String(a.id).localeCompare(String(b.id)));
  expect(byId(after)).toEqual(byId(expected));
});
