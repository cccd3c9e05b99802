// Issue 12, hole 4: signing in from a link whose ?next= points off the site lands on the
// dashboard, not on the other site. The browser drops the tab in "/\t/evil.example/phish",
// which then reads as the protocol-relative "//evil.example/phish".
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

const NASTY = ["/%09/evil.example/phish", "/%5Cevil.example/phish", "/.//evil.example/phish", "javascript:alert(document.domain)"];

for (const next of NASTY) {
  test(`signing in with ?next=${next} stays on the dashboard`, async ({ page, baseURL }) => {
    const offSite: string[] = [];
    // Nothing may leave for the other site; if something tries, it is recorded and answered here.
    await page.route((url) => url.hostname === "evil.example", (route) => {
      offSite.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Phished</h1>" });
    });
    await page.goto(`/sign-in?next=${next}`);
    await page.getByRole("textbox", { name: "Email" }).fill(E2E.adminEmail);
    await page.getByRole("textbox", { name: "Password" }).fill(E2E.adminPassword);
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page.getByRole("heading", { name: "Domains", level: 1 })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(offSite).toEqual([]);
  });
}
