// Issue 10, item 1: after a create or a password change, the admin sees everything a phone
// needs, with the password shown once, copies it in one go or value by value, and hides it.
// The password comes from the browser's memory: no answer from the server carries it.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

let domainId: string;
let domainName: string;
test.beforeAll(async () => {
  domainName = `otc-${Date.now()}`;
  domainId = await createSandboxDomain(domainName);
});

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);
});

/** Every answer the browser receives from the dashboard's API, to check none holds the password. */
function recordApiAnswers(page: Page): Promise<string>[] {
  const answers: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/")) answers.push(response.text().catch(() => ""));
  });
  return answers;
}

const panel = (page: Page) => page.getByRole("region", { name: "Settings for the phone" });
const valueOf = (region: Locator, term: string) => region.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]//code");
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("a create with Generate shows SIP URI, realm, username and the password once; Copy all copies them; Hide removes it", async ({ page }) => {
  const answers = recordApiAnswers(page);
  await page.goto(`/domains/${domainId}/endpoints/new`);
  await page.getByLabel("Name").fill("otc-desk");
  await page.getByRole("button", { name: "Generate" }).click();
  const password = await page.getByLabel("Password", { exact: true }).inputValue();
  expect(password).toHaveLength(20);
  await page.getByRole("button", { name: "Create endpoint" }).click();

  await expect(page.getByRole("heading", { name: "Endpoint created" })).toBeVisible();
  const credentials = panel(page);
  await expect(credentials.getByText("The password is shown this once.")).toBeVisible();
  await expect(credentials).toContainText("Catapult never returns it");
  const sipUri = `otc-desk@${domainName}.bwapp.bwsipp.io`;
  await expect(valueOf(credentials, "SIP URI")).toHaveText(sipUri);
  await expect(valueOf(credentials, "Registrar / realm")).toHaveText(`${domainName}.bwapp.bwsipp.io`);
  await expect(valueOf(credentials, "Username")).toHaveText("otc-desk");
  await expect(valueOf(credentials, "Password")).toHaveText(password);

  await credentials.getByRole("button", { name: "Copy password", exact: true }).click();
  expect(await clipboard(page)).toBe(password);
  await credentials.getByRole("button", { name: /^Copy all/ }).click();
  expect(await clipboard(page)).toBe(
    `SIP URI: ${sipUri}\nRegistrar / realm: ${domainName}.bwapp.bwsipp.io\nUsername: otc-desk\nPassword: ${password}`,
  );

  await credentials.getByRole("button", { name: "Done, hide password" }).click();
  await expect(credentials.getByText(/Password hidden/)).toBeFocused();
  await expect(valueOf(credentials, "SIP URI")).toHaveText(sipUri);
  expect(await page.content()).not.toContain(password);
  expect((await Promise.all(answers)).join("\n")).not.toContain(password);
});

test("a typed password is shown too, and so is a new password saved on the endpoint page (generated or typed)", async ({ page }) => {
  const answers = recordApiAnswers(page);
  await page.goto(`/domains/${domainId}/endpoints/new`);
  await page.getByLabel("Name").fill("otc-typed");
  await page.getByLabel("Password", { exact: true }).fill("typed-Secret-1");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(valueOf(panel(page), "Password")).toHaveText("typed-Secret-1");
  await panel(page).getByRole("button", { name: "Done, hide password" }).click();
  await page.getByRole("link", { name: "Open endpoint" }).click();

  // Generate → Save changes: the same panel, with this endpoint's SIP details.
  await expect(page.getByRole("heading", { name: "Edit endpoint" })).toBeVisible();
  await page.getByRole("button", { name: "Generate" }).click();
  const generated = await page.getByLabel("New password").inputValue();
  await page.getByRole("button", { name: "Save changes" }).click();
  const credentials = panel(page);
  await expect(credentials.getByRole("heading", { name: "Settings for the phone" })).toBeFocused();
  await expect(valueOf(credentials, "Password")).toHaveText(generated);
  await expect(valueOf(credentials, "SIP URI")).toHaveText(`otc-typed@${domainName}.bwapp.bwsipp.io`);
  await expect(page.getByLabel("New password")).toHaveValue("");
  await credentials.getByRole("button", { name: "Done, hide password" }).click();
  await credentials.getByRole("button", { name: "Close" }).click();
  await expect(credentials).toHaveCount(0);

  // A typed new password: shown the same way.
  await page.getByLabel("New password").fill("typed-Secret-2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(valueOf(panel(page), "Password")).toHaveText("typed-Secret-2");
  await panel(page).getByRole("button", { name: "Done, hide password" }).click();
  expect(await page.content()).not.toContain("typed-Secret-2");
  const all = (await Promise.all(answers)).join("\n");
  for (const secret of ["typed-Secret-1", "typed-Secret-2", generated]) expect(all).not.toContain(secret);
});

test("when Catapult cannot be read back after the create, the panel still shows name and password and says where the SIP details are", async ({ page }) => {
  // The server answers this way when its read-back fails (lib/endpoints/server/create-one-endpoint.test.ts).
  await page.route(`**/api/domains/${domainId}/endpoints`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: { endpoint: { ...body.endpoint, sip: null } } });
  });
  await page.goto(`/domains/${domainId}/endpoints/new`);
  await page.getByLabel("Name").fill("otc-unread");
  await page.getByLabel("Password", { exact: true }).fill("unread-Secret");
  await page.getByRole("button", { name: "Create endpoint" }).click();

  const credentials = panel(page);
  await expect(credentials.getByText("The SIP URI, realm and username could not be read")).toBeVisible();
  await expect(valueOf(credentials, "Endpoint")).toHaveText("otc-unread");
  await expect(valueOf(credentials, "Password")).toHaveText("unread-Secret");
  await expect(page.locator("code").filter({ hasText: /^re-/ })).toBeVisible();
  await credentials.getByRole("button", { name: "Copy password", exact: true }).click();
  await credentials.getByRole("link", { name: "open it" }).click();
  await expect(page.getByRole("heading", { name: "SIP phone settings" })).toBeVisible();
  await expect(page.getByText(`otc-unread@${domainName}.bwapp.bwsipp.io`).first()).toBeVisible();
});
