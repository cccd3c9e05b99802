// Issue 10, item 12: a domain's endpoint table sorts by name or status and filters by
// enabled/disabled; both are announced (aria-sort, radio buttons) and kept in the URL, so
// a reload or Back returns to the same view.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

let domainId: string;
const ENDPOINTS: [string, boolean][] = [["desk-10", true], ["desk-2", false], ["alpha", true], ["zulu", false], ["mike", true]];

test.beforeAll(async ({ browser }) => {
  domainId = await createSandboxDomain(`table-${Date.now()}`);
  const page = await browser.newPage();
  await signIn(page);
  for (const [name, enabled] of ENDPOINTS) {
    const response = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name, enabled, password: "table-Secret" } });
    expect(response.status()).toBe(201);
  }
  await page.close();
});

test.beforeEach(async ({ page }) => signIn(page));

/** The names in the table, top to bottom (the only link in a row: operators see a checkbox cell first). */
const rowNames = (page: Page) => page.getByRole("table").getByRole("row").locator("td a").allTextContents();
const header = (page: Page, name: string) => page.getByRole("columnheader", { name });
/** Clicks a status pill (its radio button is visually hidden under it). */
const pickStatus = (page: Page, name: string) =>
  page.getByRole("group", { name: "Status" }).locator("label").filter({ has: page.getByRole("radio", { name }) }).click();

test("sort by status and by name, either way, with aria-sort on the sorted column and the order in the URL", async ({ page }) => {
  await page.goto(`/domains/${domainId}`);
  await expect(header(page, "Name")).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => rowNames(page)).toEqual(["alpha", "desk-2", "desk-10", "mike", "zulu"]);

  await header(page, "Status").getByRole("button").click();
  await expect(header(page, "Status")).toHaveAttribute("aria-sort", "ascending");
  await expect(header(page, "Name")).toHaveAttribute("aria-sort", "none");
  await expect.poll(() => rowNames(page)).toEqual(["alpha", "desk-10", "mike", "desk-2", "zulu"]);
  await expect(page).toHaveURL(/[?&]sort=status(&|$)/);

  await header(page, "Status").getByRole("button").click();
  await expect(header(page, "Status")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowNames(page)).toEqual(["desk-2", "zulu", "alpha", "desk-10", "mike"]);
  await expect(page).toHaveURL(/[?&]dir=desc(&|$)/);

  await page.reload();
  await expect(header(page, "Status")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowNames(page)).toEqual(["desk-2", "zulu", "alpha", "desk-10", "mike"]);

  await header(page, "Name").getByRole("button").click();
  await header(page, "Name").getByRole("button").click();
  await expect(header(page, "Name")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowNames(page)).toEqual(["zulu", "mike", "desk-10", "desk-2", "alpha"]);
});

test("filter by enabled or disabled, with counts, combined with the search, kept over a reload", async ({ page }) => {
  await page.goto(`/domains/${domainId}`);
  const status = page.getByRole("group", { name: "Status" });
  await expect(status.getByRole("radio", { name: "All 5" })).toBeChecked();

  await pickStatus(page, "Disabled 2");
  await expect.poll(() => rowNames(page)).toEqual(["desk-2", "zulu"]);
  await expect(page.getByText("2 of 5", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]status=disabled(&|$)/);

  await page.reload();
  await expect(page.getByRole("group", { name: "Status" }).getByRole("radio", { name: "Disabled 2" })).toBeChecked();
  await expect.poll(() => rowNames(page)).toEqual(["desk-2", "zulu"]);

  await pickStatus(page, "Enabled 3");
  await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("desk");
  await expect.poll(() => rowNames(page)).toEqual(["desk-10"]);
  await expect(page.getByRole("radio", { name: "Disabled 1" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("zulu");
  await expect(page.getByText("No enabled endpoints match “zulu”")).toBeVisible();
  await page.getByRole("button", { name: "Show all endpoints" }).click();
  await expect.poll(() => rowNames(page)).toEqual(["alpha", "desk-2", "desk-10", "mike", "zulu"]);
  await expect(page).not.toHaveURL(/status=|q=/);
});

test("Back from an endpoint returns to the same view: search, status, sort, direction and page, from the URL", async ({ page }) => {
  const id = await createSandboxDomain(`back-${Date.now()}`);
  // 55 endpoints: a second page of 5.
  for (let i = 0; i < 55; i++) {
    const response = await page.request.post(`/api/domains/${id}/endpoints`, { data: { name: `row-${String(i).padStart(2, "0")}`, password: "table-Secret" } });
    expect(response.status()).toBe(201);
  }
  await page.goto(`/domains/${id}`);
  await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("row");
  await pickStatus(page, "Enabled 55");
  await header(page, "Name").getByRole("button").click();
  await expect(header(page, "Name")).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("navigation", { name: "Pages of endpoints" }).getByRole("button", { name: "Next" }).click();
  await expect.poll(() => rowNames(page)).toEqual(["row-04", "row-03", "row-02", "row-01", "row-00"]);
  await expect(page).toHaveURL(/\?q=row&status=enabled&dir=desc&page=2$/);

  await page.getByRole("link", { name: "row-02", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "row-02" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=row&status=enabled&dir=desc&page=2$/);
  await expect(page.getByRole("searchbox", { name: "Search endpoints by name" })).toHaveValue("row");
  await expect(page.getByRole("group", { name: "Status" }).getByRole("radio", { name: "Enabled 55" })).toBeChecked();
  await expect(header(page, "Name")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowNames(page)).toEqual(["row-04", "row-03", "row-02", "row-01", "row-00"]);
});

test("deleting an endpoint comes back to its domain saying so, without it at once; the notice goes, the view stays", async ({ page }) => {
  const id = await createSandboxDomain(`gone-${Date.now()}`);
  for (const name of ["gone-1", "keep-1", "keep-2"]) {
    expect((await page.request.post(`/api/domains/${id}/endpoints`, { data: { name, password: "table-Secret" } })).status()).toBe(201);
  }
  await page.goto(`/domains/${id}`);
  await page.getByRole("link", { name: "gone-1", exact: true }).click();
  await page.getByRole("button", { name: "Delete endpoint…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/domains/${id}\\?deleted=gone-1$`));
  await expect(page.getByRole("status").filter({ hasText: "Endpoint gone-1 was deleted." })).toBeVisible();
  await expect.poll(() => rowNames(page)).toEqual(["keep-1", "keep-2"]);
  await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("2");
  await expect(page).toHaveURL(/\?q=2&deleted=gone-1$/);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("Endpoint gone-1 was deleted.")).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=2$/);
  await expect.poll(() => rowNames(page)).toEqual(["keep-2"]);
});
