// `npm run cli -- <command>`: the dashboard's command-line client (see scripts/cli/help.ts).
// A plain HTTP client of the public API with an API key; it imports no server code.
import { parseArgs } from "node:util";
import { CliError, connection } from "./cli/client";
import { exportCommand } from "./cli/export-command";
import { type Command, COMMAND_HELP, OVERVIEW } from "./cli/help";
import { importCommand } from "./cli/import-command";
import { jobCommand, jobsCommand } from "./cli/job-commands";

const OPTIONS = {
  url: { type: "string" },
  key: { type: "string" },
  domain: { type: "string" },
  existing: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun \`npm run cli -- --help\` for the commands and their options.`, [], 2);
  }
  const { values: flags, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command) {
    process.stdout.write(`${OVERVIEW}\n`);
    return flags.help ? 0 : 2;
  }
  if (!Object.hasOwn(COMMAND_HELP, command)) throw new CliError(`Unknown command "${command}".\n\n${OVERVIEW}`, [], 2);
  if (flags.help) {
    process.stdout.write(`${COMMAND_HELP[command as Command]}\n`);
    return 0;
  }
  const conn = connection(flags, process.env);
  const out = process.stdout;
  switch (command as Command) {
    case "import":
      return importCommand(conn, rest[0], flags, out);
    case "jobs":
      return jobsCommand(conn, flags, out);
    case "job":
      return jobCommand(conn, rest[0], out);
    case "export":
      return exportCommand(conn, flags, out);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`Error: ${error.message}\n${error.details.map((line) => `  ${line}\n`).join("")}`);
    process.exitCode = error.exitCode;
  },
);
