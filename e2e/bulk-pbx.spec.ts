// Issue 13, "Migrate from a PBX export": a FreePBX Bulk Handler export pasted as it is (every
// column, REGEN rows, the portal password beside the SIP secret, one non-SIP extension) is
// recognised, mapped and created exactly; FusionPBX and Asterisk text are read as they are.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { freePbxExport, FUSIONPBX_EXPORT, PJSIP_CONF } from "../lib/bulk/pbx-export-fixtures";
import { signIn } from "./support/session";

// The portal password is 4 digits, as FreePBX's User Control Panel allows: taken as the SIP
// password it would be refused (too short) and those endpoints never created.
const extension = (ext: string, name: string, description: string, secret: string, tech = "pjsip") => ({ extension: ext, password: "4821", name, description, tech, secret });

async function openWithPaste(page: Page, domainId: string, text: string) {
  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByLabel("Paste rows from a spreadsheet or CSV").fill(text);
}

test("a FreePBX export pasted as it is: format named, columns mapped and ignored, exactly its SIP extensions created", async ({ page }) => {
  test.setTimeout(120_000);
  const domainId = await createSandboxDomain(`freepbx-${Date.now()}`);
  const paste = freePbxExport([
    extension("101", "Ann Lee", "", "Sip-101-secret"),
    extension("102", "Bo Chen", "Front desk", "REGEN"),
    extension("103", "Cy Park", "", "REGEN"),
    extension("104", "Old fax", "", "", "dahdi"),
    extension("105", "Di Ross", "", "Sip-105-secret"),
  ]);
  await openWithPaste(page, domainId, paste);

  const columns = page.getByRole("region", { name: "Recognised: FreePBX Bulk Handler export" });
  await expect(columns).toBeVisible();
  const mapped = columns.getByRole("list", { name: "Mapped columns" });
  await expect(mapped.getByLabel("extension", { exact: true })).toHaveValue("name");
  await expect(mapped.getByLabel("secret", { exact: true })).toHaveValue("password");
  await expect(mapped.getByLabel("password", { exact: true })).toHaveValue("ignore");
  await expect(mapped.getByLabel("name", { exact: true })).toHaveValue("displayName");
  await expect(mapped.getByText("FreePBX's user-portal password, not the SIP one (that is secret): not used.")).toBeVisible();
  await expect(columns.getByText(/^Ignored \(\d+\):/).locator("..")).toContainText("password, voicemail, ringtimer, noanswer");

  const counts = page.getByTestId("bulk-counts");
  await expect(counts).toContainText("5 rows: 4 ready, 1 with problems, 0 already in the domain.");
  await page.getByRole("radio", { name: /With problems/ }).check({ force: true });
  await expect(page.getByText(/Tech is "dahdi", not SIP/)).toBeVisible();

  await page.getByRole("button", { name: "Create 4 endpoints" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("2 passwords will be generated");
  await dialog.getByRole("button", { name: "Create 4 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "4", { timeout: 60_000 });

  const state = (await sandboxCall<{ name: string; description?: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  expect(state.map((e) => [e.name, e.description]).toSorted()).toEqual([
    ["101", "Ann Lee"],
    ["102", "Front desk"],
    ["103", "Cy Park"],
    ["105", "Di Ross"],
  ]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download results" }).click();
  const results = Papa.parse<Record<string, string>>(fs.readFileSync((await (await download).path())!, "utf8").trim(), { header: true }).data;
  const password = (name: string) => results.find((r) => r.name === name)?.password ?? "";
  // REGEN rows got generated passwords, shown in this tab's download; typed secrets are not repeated.
  expect([password("102").length, password("103").length]).toEqual([20, 20]);
  expect([password("101"), password("105")]).toEqual(["", ""]);
  expect(results.find((r) => r.name === "104")?.status).toBe("invalid");
});

test("a FusionPBX export is previewed as it is, and its mapping can be changed", async ({ page }) => {
  const domainId = await createSandboxDomain(`fusionpbx-${Date.now()}`);
  await openWithPaste(page, domainId, FUSIONPBX_EXPORT);
  const columns = page.getByRole("region", { name: "Recognised: FusionPBX extensions CSV" });
  await expect(columns.getByText(/^Ignored \(7\):/).locator("..")).toContainText("extension_uuid, domain_uuid, number_alias, accountcode");
  await expect(page.getByTestId("bulk-counts")).toContainText("2 rows: 2 ready, 0 with problems, 0 already in the domain.");
  await expect(page.getByRole("cell", { name: "Carla Diaz", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Warehouse", exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "302" }).getByRole("cell", { name: "No", exact: true })).toBeVisible();

  // Without the description column, the caller id name describes row 302 too.
  await columns.getByRole("list", { name: "Mapped columns" }).getByLabel("description", { exact: true }).selectOption("ignore");
  await expect(page.getByRole("cell", { name: "Dev Patel", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Warehouse", exact: true })).toHaveCount(0);
});

test("Asterisk pjsip.conf text is previewed: endpoints with their auth, templates and comments left out", async ({ page }) => {
  const domainId = await createSandboxDomain(`pjsip-${Date.now()}`);
  await openWithPaste(page, domainId, PJSIP_CONF);
  const columns = page.getByRole("region", { name: "Recognised: Asterisk pjsip.conf" });
  await expect(columns.getByRole("list", { name: "Mapped columns" }).getByLabel("username", { exact: true })).toHaveValue("name");
  await expect(page.getByTestId("bulk-counts")).toContainText("2 rows: 2 ready, 0 with problems, 0 already in the domain.");
  for (const name of ["401", "desk402", "Reception"]) await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "desk-tpl", exact: true })).toHaveCount(0);
});
