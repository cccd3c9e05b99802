// `import <file> --domain <name or id> [--existing skip|fail|update]`: sends the file as
// text/csv (the server reads it with the bulk page's rules and checks every row before
// anything starts), then follows the job until it ends. Exit 0 only if no row failed.
import { readFile } from "node:fs/promises";
import type { BulkJobCreatedResponse, BulkJobResponse, BulkJobRow } from "@/lib/bulk/contract";
import { CliError, type Connection, getJson, request } from "./client";
import { resolveDomain } from "./domains";
import { failedRowLines, progressLine, summaryLines } from "./job-lines";

const POLL_MS = 1000;
const POLICIES = ["skip", "fail", "update"];

export async function importCommand(conn: Connection, file: string | undefined, flags: { domain?: string; existing?: string }, out: NodeJS.WriteStream): Promise<number> {
  if (!file) throw new CliError("Say which file to import: import <file> --domain <name or id>.", [], 2);
  const existing = flags.existing ?? "skip";
  if (!POLICIES.includes(existing)) throw new CliError(`--existing must be ${POLICIES.join(", ")}, not "${existing}".`, [], 2);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`, [], 2);
  });
  const domain = await resolveDomain(conn, flags.domain);
  const query = new URLSearchParams({ domainId: domain.id, action: "create", existingPolicy: existing });
  const created = (await (await request(conn, `/api/bulk-jobs?${query}`, { method: "POST", body: text, type: "text/csv" })).json()) as BulkJobCreatedResponse;
  out.write(`Started job ${created.job.id} in domain ${domain.name}: ${conn.url}${created.job.url}\n`);
  if (created.ignoredColumns?.length) out.write(`Ignored columns (not imported): ${created.ignoredColumns.join(", ")}\n`);
  return follow(conn, created.job.id, out);
}

/** Polls the job (only rows changed since the last poll) until it completes, is cancelled or pauses. */
async function follow(conn: Connection, jobId: string, out: NodeJS.WriteStream): Promise<number> {
  const rows = new Map<number, BulkJobRow>();
  let seq = 0;
  let shown = "";
  for (;;) {
    const { job, rows: changed } = await getJson<BulkJobResponse>(conn, `/api/bulk-jobs/${encodeURIComponent(jobId)}?after=${seq}`);
    for (const row of changed) rows.set(row.rowIndex, row);
    seq = job.seq;
    const line = progressLine(job);
    // On a terminal one line is redrawn; in a log, a line per change (at most one a second).
    if (out.isTTY) out.write(`\r\u001b[2K${line}`);
    else if (line !== shown) out.write(`${line}\n`);
    shown = line;
    if (job.status !== "running") {
      if (out.isTTY) out.write("\n");
      const failed = failedRowLines(rows.values());
      for (const summary of summaryLines(job)) out.write(`${summary}\n`);
      if (job.status === "paused") {
        throw new CliError(`The job paused: ${job.pauseReason ?? "see its page"}. Resume it on ${conn.url}/bulk-jobs/${jobId} once that is fixed.`, failed, 1);
      }
      if (failed.length > 0) throw new CliError(`${failed.length.toLocaleString("en")} row${failed.length === 1 ? "" : "s"} failed:`, failed, 1);
      if (job.status === "cancelled") throw new CliError("The job was cancelled; rows not sent are listed on its page.", [], 1);
      return 0;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
