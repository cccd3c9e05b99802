// `--domain <name or id>`: the CLI finds the id itself from the domains list.
import type { DomainsResponse } from "@/lib/domains/contract";
import { CliError, type Connection, getJson } from "./client";

export async function resolveDomain(conn: Connection, nameOrId: string | undefined): Promise<{ id: string; name: string }> {
  if (!nameOrId) throw new CliError("Say which domain: --domain <name or id>.", [], 2);
  const { domains } = await getJson<DomainsResponse>(conn, "/api/domains");
  const found = domains.find((d) => d.name === nameOrId) ?? domains.find((d) => d.id === nameOrId);
  if (found) return { id: found.id, name: found.name };
  const known = domains.slice(0, 10).map((d) => d.name);
  const more = domains.length > known.length ? `, and ${(domains.length - known.length).toLocaleString("en")} more` : "";
  throw new CliError(`No domain named or with id "${nameOrId}".`, [known.length ? `Domains: ${known.join(", ")}${more}.` : "The account has no domains."], 2);
}
