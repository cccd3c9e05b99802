// The pages against readings of Catapult the docs leave open, switched on in the sandbox:
// they show what they are given and keep working (docs/catapult-fidelity.md).
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const account = `/v1/users/${E2E.userId}`;
const modes = (body: Record<string, unknown>) => sandboxCall("/_sandbox/faults", { method: "POST", body });
const DEFAULTS = { getDomain: "on", nullUpdate: "clear", sipUriStyle: "docs", usernameStyle: "name", idStyle: "hex24" };
test.beforeEach(async ({ page }) => signIn(page));
test.afterEach(() => modes(DEFAULTS));

async function createEndpoint(domainId: string, body: Record<string, unknown>): Promise<string> {
  const created = await sandboxCall(`${account}/domains/${domainId}/endpoints`, { method: "POST", body: { credentials: { password: "abc123" }, ...body } });
  return created.headers.get("location")!.split("/").pop()!;
}

for (const getDomain of ["404", "405"]) {
  test(`the domain page opened directly works when GET /domains/{id} answers ${getDomain}`, async ({ page }) => {
    const name = `fid-get-${getDomain}-${Date.now()}`;
    const domainId = await createSandboxDomain(name);
    await modes({ getDomain });
    await page.goto(`/domains/${domainId}`);
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  });
}

test("the endpoint page shows a sip: URI, a generated username and a non-hex id as given", async ({ page }) => {
  const domainId = await createSandboxDomain(`fid-style-${Date.now()}`);
  await modes({ sipUriStyle: "sip-prefix", usernameStyle: "generated", idStyle: "catapult" });
  const endpointId = await createEndpoint(domainId, { name: "desk_phone" });
  const endpoint = (await sandboxCall<{ sipUri: string; credentials: { username: string } }>(`${account}/domains/${domainId}/endpoints/${endpointId}`)).body;
  expect(endpoint.sipUri).toMatch(/^sip:desk_phone@/);
  expect(endpoint.credentials.username).not.toBe("desk_phone");
  await page.goto(`/domains/${domainId}/endpoints/${endpointId}`);
  await expect(page.getByText(endpoint.sipUri, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(endpoint.credentials.username, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(endpointId).first()).toBeVisible();
});

test("detaching an application where Catapult reads null as 'unchanged' says the change did not take", async ({ page }) => {
  const domainId = await createSandboxDomain(`fid-null-${Date.now()}`);
  const endpointId = await createEndpoint(domainId, { name: "kept_app", applicationId: "a-0000000000000000000000a1" });
  await modes({ nullUpdate: "unchanged" });
  await page.goto(`/domains/${domainId}/endpoints/${endpointId}`);
  await page.getByLabel("Application").selectOption({ label: "None" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Not every change took")).toBeVisible();
  await expect(page.getByText(/Catapult kept the application as it was/)).toBeVisible();
  await expect(page.getByText("Changes saved. Catapult has the new settings.")).toHaveCount(0);
});
