// Issue 10, item 3 (the endpoint forms): leaving a half-filled form, unsaved changes or a
// one-time password that was neither copied nor hidden asks first: an in-app link asks with
// the page's own confirm, a reload with the browser's beforeunload prompt.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

let domainId: string;
test.beforeAll(async () => {
  domainId = await createSandboxDomain(`guard-${Date.now()}`);
});

test.beforeEach(async ({ page }) => signIn(page));

/** Answers the next dialog with `accept`, and gives back its type and message. */
function nextDialog(page: Page, accept: boolean): Promise<{ type: string; message: string }> {
  return new Promise((resolve) => {
    page.once("dialog", async (dialog) => {
      const seen = { type: dialog.type(), message: dialog.message() };
      await (accept ? dialog.accept() : dialog.dismiss());
      resolve(seen);
    });
  });
}

/** A reload started from the page, so a dismissed prompt leaves nothing waiting for navigation. */
const startReload = (page: Page) => void page.evaluate(() => window.location.reload()).catch(() => {});
const historyLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" });

test("a half-filled new-endpoint form asks before the nav's History link and before a reload; saying no keeps it", async ({ page }) => {
  await page.goto(`/domains/${domainId}/endpoints/new`);
  const name = page.getByLabel("Name");
  await name.fill("half-filled");

  const asked = nextDialog(page, false);
  await historyLink(page).click();
  expect(await asked).toMatchObject({ type: "confirm", message: expect.stringContaining("has not been created yet") });
  await expect(page).toHaveURL(new RegExp(`/domains/${domainId}/endpoints/new$`));
  await expect(name).toHaveValue("half-filled");

  const prompted = nextDialog(page, false);
  startReload(page);
  expect((await prompted).type).toBe("beforeunload");
  await expect(name).toHaveValue("half-filled");

  // Saying yes leaves.
  const left = nextDialog(page, true);
  await historyLink(page).click();
  await left;
  await expect(page).toHaveURL(/\/history$/);
});

test("an untouched form and a created endpoint whose password was hidden leave without asking", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`/domains/${domainId}/endpoints/new`);
  await historyLink(page).click();
  await expect(page).toHaveURL(/\/history$/);

  await page.goto(`/domains/${domainId}/endpoints/new`);
  await page.getByLabel("Name").fill("guard-hidden");
  await page.getByLabel("Password", { exact: true }).fill("guard-Secret-1");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await page.getByRole("button", { name: "Done, hide password" }).click();
  await page.getByRole("link", { name: "Open endpoint" }).click();
  await expect(page.getByRole("heading", { name: "SIP phone settings" })).toBeVisible();
  expect(dialogs).toBe(0);
});

test("the one-time password panel asks before leaving until the password is copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/domains/${domainId}/endpoints/new`);
  await page.getByLabel("Name").fill("guard-shown");
  await page.getByLabel("Password", { exact: true }).fill("guard-Secret-2");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page.getByRole("heading", { name: "Endpoint created" })).toBeVisible();

  const asked = nextDialog(page, false);
  await page.getByRole("link", { name: "Open endpoint" }).click();
  expect((await asked).message).toContain("has not been copied");
  await expect(page.getByRole("heading", { name: "Endpoint created" })).toBeVisible();

  const askedAgain = nextDialog(page, false);
  await page.getByRole("button", { name: "Create another" }).click();
  expect((await askedAgain).message).toContain("has not been copied");
  await expect(page.getByText("guard-Secret-2")).toBeVisible();

  await page.getByRole("button", { name: "Copy password", exact: true }).click();
  await page.getByRole("link", { name: "Open endpoint" }).click();
  await expect(page.getByRole("heading", { name: "SIP phone settings" })).toBeVisible();
});

test("unsaved changes on the endpoint page ask before the nav's link and before a reload", async ({ page }) => {
  const created = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "guard-edit", password: "guard-Secret-3" } });
  const { endpoint } = await created.json();
  await page.goto(endpoint.url);
  const description = page.getByLabel("Description");
  await expect(page.getByRole("heading", { name: "Edit endpoint" })).toBeVisible();
  await description.fill("changed, not saved");

  const asked = nextDialog(page, false);
  await historyLink(page).click();
  expect((await asked).message).toContain("have not been saved");
  await expect(description).toHaveValue("changed, not saved");

  const prompted = nextDialog(page, false);
  startReload(page);
  expect((await prompted).type).toBe("beforeunload");
  await expect(description).toHaveValue("changed, not saved");

  // Saved: nothing left to lose.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await historyLink(page).click();
  await expect(page).toHaveURL(/\/history$/);
});
