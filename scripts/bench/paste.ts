// Part 2: parsing and validating a 10,000-row paste, in Node and in the browser.
import type { Browser } from "@playwright/test";
import { parseEndpointRows } from "@/lib/bulk/parse-endpoint-rows";
import { summarize } from "./stats";

export function tenThousandRows(): string {
  const lines = ["name\tdescription\tenabled\tpassword"];
  for (let i = 0; i < 10_000; i++) lines.push(`ext-${i}\tDesk phone ${i}\t${i % 2 ? "true" : "false"}\tpw-${i}-secret`);
  return lines.join("\n");
}

export function measureParseInNode(runs: number) {
  const text = tenThousandRows();
  parseEndpointRows(text); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = parseEndpointRows(text, { existingNames: new Set(["ext-5"]) });
    times.push(performance.now() - t);
    if (result.counts.valid !== 9_999) throw new Error(`parse counted ${result.counts.valid} valid rows`);
  }
  return summarize(times);
}

/** From the paste landing in the textarea to the preview's counts on screen. */
export async function measurePasteInBrowser(browser: Browser, appUrl: string, cookie: string, domainId: string, runs: number) {
  const text = tenThousandRows();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ baseURL: appUrl, permissions: ["clipboard-read", "clipboard-write"] });
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value!, url: appUrl }]);
    const page = await context.newPage();
    await page.goto(`/domains/${domainId}/endpoints/bulk`);
    const box = page.getByLabel(/paste rows/i);
    await box.waitFor();
    await page.waitForLoadState("networkidle");
    // A real paste: the text on the system clipboard, then Ctrl+V in the textarea.
    await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
    await box.focus();
    const t = Date.now();
    await page.keyboard.press("Control+V");
    await page.getByTestId("bulk-counts").getByText(/^10,000$/).first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - t);
    await context.close();
  }
  return summarize(times);
}
