// `export --domain <name or id> [--format csv|tsv] [--out file]`: the domain's endpoints as
// the dashboard exports them (ready to edit and import again), to a file or to stdout.
import { writeFile } from "node:fs/promises";
import { CliError, type Connection, request } from "./client";
import { resolveDomain } from "./domains";

export async function exportCommand(conn: Connection, flags: { domain?: string; format?: string; out?: string }, out: NodeJS.WriteStream): Promise<number> {
  const format = flags.format ?? "csv";
  if (format !== "csv" && format !== "tsv") throw new CliError(`--format must be csv or tsv, not "${format}".`, [], 2);
  const domain = await resolveDomain(conn, flags.domain);
  const text = await (await request(conn, `/api/domains/${encodeURIComponent(domain.id)}/endpoints/export?format=${format}`)).text();
  if (!flags.out) {
    out.write(text);
    return 0;
  }
  await writeFile(flags.out, text, "utf8");
  process.stderr.write(`Wrote the endpoints of ${domain.name} to ${flags.out}.\n`);
  return 0;
}
