// Runs `npm run cli` for real, as a child process, against the e2e dashboard.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  const clean = { ...process.env, DASHBOARD_URL: undefined, DASHBOARD_API_KEY: undefined, ...env };
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", "cli", "--", ...args], { env: clean as NodeJS.ProcessEnv, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
