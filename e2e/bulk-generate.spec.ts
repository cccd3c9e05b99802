// Issue 13, "Generate rows": desk{001..012} with a shared description and enabled value,
// passwords generated, through the same preview as a paste: the name the domain already has
// is flagged and skipped, the other eleven created exactly.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

test("a generated range is previewed with the existing name flagged, then created with generated passwords", async ({ page }) => {
  test.setTimeout(120_000);
  const domainId = await createSandboxDomain(`generate-${Date.now()}`);
  const existing = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name: "desk005", credentials: { password: "abc123" } } });
  expect(existing.status).toBe(201);

  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByRole("button", { name: "Generate rows" }).click();
  const pattern = page.getByLabel("Name pattern");
  await pattern.fill("desk{012..001}");
  await expect(page.getByText("The range runs backwards (012 to 001): write the lower number first.")).toBeVisible();
  await expect(pattern).toHaveAttribute("aria-invalid", "true");
  await pattern.fill("desk{001..012}");
  await expect(page.getByText("12 rows: desk001 … desk012")).toBeVisible();
  await page.getByRole("textbox", { name: /^Description/ }).fill("Hot desk");
  await page.getByLabel("Enabled", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Generate 12 rows" }).click();

  await expect(page.getByLabel("Generate passwords for rows without one")).toBeChecked();
  await expect(page.getByTestId("bulk-counts")).toContainText("12 rows: 11 ready, 0 with problems, 1 already in the domain.");
  await page.getByRole("radio", { name: /Already in the domain/ }).check({ force: true });
  await expect(page.getByRole("cell", { name: "desk005", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Create 11 endpoints" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create 11 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "12", { timeout: 60_000 });

  const state = (await sandboxCall<{ name: string; description?: string; enabled: boolean }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  const expected = Array.from({ length: 12 }, (_, i) => `desk${String(i + 1).padStart(3, "0")}`);
  expect(state.map((e) => e.name).toSorted()).toEqual(expected);
  for (const e of state.filter((x) => x.name !== "desk005")) expect([e.name, e.description, e.enabled]).toEqual([e.name, "Hot desk", false]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download results" }).click();
  const results = Papa.parse<Record<string, string>>(fs.readFileSync((await (await download).path())!, "utf8").trim(), { header: true }).data;
  expect(results.find((r) => r.name === "desk005")?.status).toBe("skipped");
  expect(results.filter((r) => r.status === "created").every((r) => r.password?.length === 20)).toBe(true);
  expect(results.filter((r) => r.status === "created")).toHaveLength(11);
});
