// `npm run user -- add <email> --role <role> [--password <password>]`: adds a person from the
// shell, on the same database as the server (DATABASE_URL, else DATA_DIR / DATABASE_PATH; .env
// files included).
// Without --password it prints an invitation link for them to choose one. Runs with the
// `react-server` condition (see package.json), under which `server-only` is the empty module
// it is inside Next's server build, so the server's own code runs here unchanged.
import { parseArgs } from "node:util";
import { loadEnvConfig } from "@next/env";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newUserSchema } from "@/lib/auth/users-schema";

const USAGE = `Usage: npm run user -- add <email> --role <${ROLES.join("|")}> [--password <password>]`;

class UsageError extends Error {}

function readArguments(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { role: { type: "string" }, password: { type: "string" } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, email, ...extra] = parsed.positionals;
  if (command !== "add") throw new UsageError(command ? `Unknown command "${command}": the one command is "add".` : "Say what to do: add.");
  if (!email) throw new UsageError("<email> is missing: add <email> --role <role>.");
  if (extra.length) throw new UsageError(`Unexpected argument(s): ${extra.join(" ")}.`);
  if (parsed.values.role === undefined) throw new UsageError(`--role is missing: one of ${ROLES.join(", ")}.`);
  const checked = newUserSchema.safeParse({ email, role: parsed.values.role, password: parsed.values.password });
  if (!checked.success) throw new UsageError(checked.error.issues.map(describeIssue).join("\n"));
  return checked.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = String(issue.path[0] ?? "input");
  return `${name === "email" ? "<email>" : `--${name}`}: ${issue.message}.`;
}

async function main(): Promise<number> {
  let input;
  try {
    input = readArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  // The same .env files Next reads, before the configuration is read.
  loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
  const { addUser } = await import("@/lib/auth/server/users");
  const { SYSTEM } = await import("@/lib/audit/server/record");
  const { isDomainError } = await import("@/lib/domain-error");
  const { describeDatabase } = await import("@/lib/db/database");
  try {
    const { user, invitationLink } = await addUser(SYSTEM, input);
    console.log(`Added ${user.email} (${user.role}) to ${describeDatabase()}.`);
    if (invitationLink) console.log(`Invitation link (works once, for 3 days): ${invitationLink}`);
    return 0;
  } catch (error) {
    if (isDomainError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
