// Cancelling a job, as an admin does: the dialog says a cancel is final, the page says how
// many rows were sent and how many not (never "100 %"), one click starts a new import with
// the rows not sent, and the results list every pasted row, the refused ones included.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { TEMPLATE_CSV } from "@/lib/bulk/columns";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { cancelIfUnfinished, importThroughBulkPage, readJob, setCatapultLatency } from "./support/bulk-jobs";
import { signIn } from "./support/session";

const VALID = 100;

test("cancel is final and says so; the rest is one click away; the results hold every pasted row", async ({ page }) => {
  test.setTimeout(150_000);
  const domainId = await createSandboxDomain(`cancel-${Date.now()}`);
  // Row 2 and the last two rows are refused by the preview; every tenth valid row gets a generated password.
  const lines = ["Name\tPassword\tDescription", "bad name\tRefused-pw-77\tspace in name"];
  for (let i = 1; i <= VALID; i++) lines.push(`cancel-${i}\t${i % 10 === 0 ? "" : `Cancel-pw-${i}`}\tDesk ${i}`);
  lines.push("x@y\tabc123\tat sign", "short-pw\tabc\ttoo short");
  const lastSourceRow = lines.length;

  await signIn(page);
  let started: string | undefined;
  try {
    const jobId = await importThroughBulkPage(page, domainId, lines.join("\n"), {
      generatePasswords: true,
      startLabel: /^Create 100 endpoints/,
      // A slow Catapult keeps the job running long enough to cancel it half way.
      beforeConfirm: () => setCatapultLatency(3000),
    });
    started = jobId;

    // Created rows have no SIP URI until the job ends: the page says when they come.
    await expect(page.getByText(/SIP URIs?.* arrive when the job ends/)).toBeVisible();

    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(/cancel is final/i);
    await expect(dialog).toContainText(/cannot be resumed/i);
    await expect(dialog).toContainText(/passwords .*deleted/i);
    await dialog.getByRole("button", { name: "Cancel import" }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });

    await expect.poll(async () => {
      const { job } = await readJob(page, jobId);
      return job.status === "cancelled" && (job.counts.pending ?? 0) + (job.counts.in_flight ?? 0) === 0;
    }, { timeout: 30_000 }).toBe(true);
    await setCatapultLatency(0);
    const { job, rows } = await readJob(page, jobId);
    const notSent = rows.filter((r) => r.status === "cancelled").toSorted((a, b) => a.sourceRow - b.sourceRow);
    expect(notSent.length).toBeGreaterThan(0);
    expect(job.counts.cancelled).toBe(notSent.length);
    const done = VALID - notSent.length;

    // Numbers that add up, and no claim of "100 %" for a job that stopped short.
    const progress = page.getByRole("progressbar");
    await expect(progress).toHaveAttribute("aria-valuenow", String(done));
    await expect(progress).not.toHaveAttribute("aria-valuetext", /100 ?%/);
    await expect(page.getByText(`${Math.floor((done / VALID) * 100)}%`, { exact: true })).toBeVisible();
    await expect(page.getByText(`${done} of ${VALID} done · ${notSent.length} not sent (cancelled)`, { exact: true })).toBeVisible();
    await expect(page.getByText("100%")).toHaveCount(0);

    // One click to a new import of just the rows not sent, from this tab's copy of the paste.
    const again = page.getByRole("link", { name: `Import the ${notSent.length} rows not sent` });
    await expect(again).toHaveAttribute("href", `/domains/${domainId}/endpoints/bulk?from=${jobId}&rows=${notSent.map((r) => r.sourceRow).join(",")}`);

    // The results: every pasted row, refused ones with their reasons, by source row.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download results" }).click();
    const csv = fs.readFileSync((await (await download).path())!, "utf8");
    expect(csv).not.toContain("Refused-pw-77");
    const results = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    expect(results.map((r) => Number(r.source_row))).toEqual(Array.from({ length: lastSourceRow - 1 }, (_, i) => i + 2));
    const byName = new Map(results.map((r) => [r.name, r]));
    expect(byName.get("bad name")).toMatchObject({ status: "invalid", status_label: "Invalid (not sent)", password: "" });
    expect(byName.get("bad name")?.error).toMatch(/space/);
    expect(byName.get("short-pw")?.error).toMatch(/at least 6 characters/);
    for (const row of notSent) expect(byName.get(row.name)).toMatchObject({ status: "cancelled", status_label: "Not sent (cancelled)", password: "" });
    const createdGenerated = results.filter((r) => r.status === "created" && /^cancel-\d*0$/.test(r.name!));
    expect(createdGenerated.length).toBeGreaterThan(0);
    for (const row of createdGenerated) expect(row.password).toHaveLength(20);

    // A reloaded tab has lost its copy of the paste: the rows not sent come as a paste-ready file instead.
    page.on("dialog", (d) => void d.accept());
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Bulk job" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Import the .* rows not sent/ })).toHaveCount(0);
    await expect(page.getByText(/rows the preview refused are not included: this tab no longer has the paste/i)).toBeVisible();
    const fileDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: `Download the ${notSent.length} rows not sent (CSV, no passwords)` }).click();
    const rest = fs.readFileSync((await (await fileDownload).path())!, "utf8");
    const parsed = Papa.parse<string[]>(rest.trim());
    // The bulk template's own columns, so the file pastes back as it is.
    expect(parsed.data[0]).toEqual(TEMPLATE_CSV.split("\r\n")[0]!.split(","));
    expect(parsed.data[0]).toContain("password");
    const restRows = parsed.data.slice(1);
    expect(restRows.map((r) => r[parsed.data[0]!.indexOf("name")])).toEqual(notSent.map((r) => r.name));
    for (const r of restRows) {
      const cell = (column: string) => r[parsed.data[0]!.indexOf(column)];
      expect(cell("description")).toBe(`Desk ${cell("name")!.replace("cancel-", "")}`);
      expect(cell("password")).toBe("");
    }

    // On a phone the page stays within the screen, its long labels wrapped.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole("link", { name: /^Download the .* rows not sent/ })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    await setCatapultLatency(0);
    if (started) await cancelIfUnfinished(page, started);
  }
});
