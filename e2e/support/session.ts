import type { APIRequestContext, Page } from "@playwright/test";
import { E2E } from "../../scripts/test-support/e2e-env.mjs";

/** Signs the page's browser context in through the API (the UI flow has its own test). */
export async function signIn(target: Page | APIRequestContext): Promise<void> {
  const request = "request" in target ? target.request : target;
  const response = await request.post("/api/session", { data: { email: E2E.adminEmail, password: E2E.adminPassword } });
  if (response.status() !== 204) throw new Error(`sign-in answered ${response.status()}`);
}
