// `jobs [--domain <name or id>]` (the newest bulk jobs) and `job <id>` (one job's counts and failed rows).
import type { BulkJobListResponse, BulkJobResponse } from "@/lib/bulk/contract";
import { BULK_JOB_STATUS_LABELS } from "@/lib/bulk/contract";
import { CliError, type Connection, getJson } from "./client";
import { resolveDomain } from "./domains";
import { failedRowLines, summaryLines } from "./job-lines";

export async function jobsCommand(conn: Connection, flags: { domain?: string }, out: NodeJS.WriteStream): Promise<number> {
  const query = flags.domain ? `?domainId=${encodeURIComponent((await resolveDomain(conn, flags.domain)).id)}` : "";
  const { jobs, total } = await getJson<BulkJobListResponse>(conn, `/api/bulk-jobs${query}`);
  if (jobs.length === 0) {
    out.write("No bulk jobs yet.\n");
    return 0;
  }
  const lines = jobs.map((job) =>
    [job.id, BULK_JOB_STATUS_LABELS[job.status].padEnd(9), `${job.done.toLocaleString("en")}/${job.total.toLocaleString("en")}`.padStart(13), `failed ${job.counts.failed.toLocaleString("en")}`.padEnd(12), new Date(job.createdAt).toISOString()].join("  "),
  );
  out.write(`${["id".padEnd(jobs[0]!.id.length), "status   ", "done".padStart(13), "failed".padEnd(12), "started (UTC)"].join("  ")}\n${lines.join("\n")}\n`);
  if (total > jobs.length) out.write(`…the newest ${jobs.length.toLocaleString("en")} of ${total.toLocaleString("en")}.\n`);
  return 0;
}

export async function jobCommand(conn: Connection, jobId: string | undefined, out: NodeJS.WriteStream): Promise<number> {
  if (!jobId) throw new CliError("Say which job: job <id> (see `jobs`).", [], 2);
  const { job, rows } = await getJson<BulkJobResponse>(conn, `/api/bulk-jobs/${encodeURIComponent(jobId)}`);
  const failed = failedRowLines(rows);
  out.write(`${[...summaryLines(job), ...(failed.length ? ["Failed rows:", ...failed.map((line) => `  ${line}`)] : [])].join("\n")}\n`);
  return 0;
}
