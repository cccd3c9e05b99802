// The CLI's help: one text per command, and the overview `--help` prints.
export const COMMAND_HELP = {
  import: `Usage: npm run cli -- import <file> --domain <name or id> [--existing skip|fail|update]

Sends a CSV (or tab-separated) file with a header row to the dashboard, which reads it as the
bulk page reads a paste and checks every row before anything starts. Then shows the job's
progress until it ends. Columns: name, description, application (name or id), enabled,
password. Our own export's files import as they are.

  --domain     the domain, by name or id
  --existing   names the domain already has: skip them (default), count them as
               failures (fail), or change them to the file's values (update)

Exits 0 when every row succeeded; 1 if the file was refused or any row failed (each
row's problem is printed); 2 for a usage mistake or a refused key; 3 if the dashboard
cannot be reached.`,
  jobs: `Usage: npm run cli -- jobs [--domain <name or id>]

Lists the newest bulk jobs (of one domain, with --domain): id, status, rows done, failed
rows, start time.`,
  job: `Usage: npm run cli -- job <id>

Shows one bulk job: its status, its rows counted by outcome, and each failed row's error.`,
  export: `Usage: npm run cli -- export --domain <name or id> [--format csv|tsv] [--out file]

Writes the domain's endpoints (every page) as CSV (default) or TSV, to the file or to
stdout. Edit it and import it again with --existing update.`,
} as const;

export type Command = keyof typeof COMMAND_HELP;

export const OVERVIEW = `Usage: npm run cli -- <command> [options]

A client of the dashboard's HTTP API (OpenAPI: <DASHBOARD_URL>/api/openapi.json).

Commands:
  import <file> --domain <name or id> [--existing skip|fail|update]
  jobs [--domain <name or id>]
  job <id>
  export --domain <name or id> [--format csv|tsv] [--out file]

Connection (options win over the environment):
  --url <url>   or DASHBOARD_URL       the dashboard, e.g. https://dashboard.example.com
  --key <key>   or DASHBOARD_API_KEY   an API key from the dashboard's API keys page

Run \`npm run cli -- <command> --help\` for a command's details.`;
