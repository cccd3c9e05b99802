// Issue 10, item 10 (History): on a 390 px phone nothing scrolls sideways and every entry
// leads to its endpoint's page, its name being the link (before, only the date and the name
// showed, and the name led nowhere).
import { expect, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

test.use({ viewport: { width: 390, height: 844 } });

test("History at 390 px: no sideways scroll, and each entry's name opens the endpoint", async ({ page }) => {
  const domainId = await createSandboxDomain(`phone-${Date.now()}`);
  await signIn(page);
  const ids = new Map<string, string>();
  for (const name of ["phone-a", "a-rather-long-endpoint-name-for-a-small-screen-0123456789"]) {
    const response = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name, password: "phone-Secret" } });
    ids.set(name, (await response.json()).endpoint.id);
  }

  await page.goto(`/history?domainId=${domainId}`);
  await expect(page.getByText("2 endpoints match")).toBeVisible();
  for (const [name, id] of ids) {
    await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/domains/${domainId}/endpoints/${id}`);
  }
  // Nothing wider than the screen: neither the page nor any box inside it scrolls sideways.
  const overflowing = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll("body *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "phone-a", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/domains/${domainId}/endpoints/${ids.get("phone-a")}$`));
  await expect(page.getByRole("heading", { name: "phone-a" })).toBeVisible();
});
