import "server-only";
// What the server does once at start (called from instrumentation.ts, Node runtime only):
// refuse to run on bad configuration, naming the variable, and go on with unfinished bulk jobs
// (left by a previous run, or shared with other instances on the store).
import { pruneAudit } from "@/lib/audit/server/prune";
import { bootstrapFirstAdmin } from "@/lib/auth/server/bootstrap";
import { getBulkRunner } from "@/lib/bulk/server/bulk-runner";
import { vacuumWipedPasswords } from "@/lib/db/bulk-job-changes";
import { describeDatabase } from "@/lib/db/database";
import { ConfigError, getEnv } from "@/lib/env";

export async function startUp(): Promise<void> {
  try {
    const env = getEnv();
    console.log(
      env.mode === "sandbox"
        ? `Catapult: sandbox at ${env.catapult.baseUrl} (demo account).`
        : `Catapult: ${env.catapult.baseUrl}, user ${env.catapult.userId}, ${env.catapult.ratePerSecond} request(s)/s per resource.`,
    );
    console.log(`Database: ${describeDatabase()}.`);
    const accounts = await bootstrapFirstAdmin(env);
    if (accounts) console.log(accounts);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const runner = getBulkRunner();
  // Jobs left unfinished by an earlier run, or being worked on by other instances: this one joins in.
  const resumed = await runner.startScout();
  vacuumWipedPasswords();
  if (resumed.length) console.log(`Bulk: working on ${resumed.length} unfinished job(s).`);
  const retentionDays = getEnv().auditRetentionDays;
  const housekeeping = async () => {
    await runner.wipeExpiredRetryPasswords();
    const count = await pruneAudit(retentionDays);
    if (count) console.log(`Audit: pruned ${count.toLocaleString("en")} entr${count === 1 ? "y" : "ies"} older than ${retentionDays} days.`);
  };
  await housekeeping();
  // A database briefly out of reach skips one round; the next hour tries again.
  setInterval(() => void housekeeping().catch((error: unknown) => console.error(`[housekeeping] ${error instanceof Error ? error.message : String(error)}`)), 60 * 60 * 1000).unref();
}
