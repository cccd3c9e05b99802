import "server-only";
// What the server does once at start (called from instrumentation.ts, Node runtime only):
// refuse to run on bad configuration, naming the variable, and go on with bulk jobs a
// previous run left unfinished.
import { pruneAudit } from "@/lib/audit/server/prune";
import { bootstrapFirstAdmin } from "@/lib/auth/server/bootstrap";
import { getBulkRunner } from "@/lib/bulk/server/bulk-runner";
import { ConfigError, getEnv } from "@/lib/env";

export async function startUp(): Promise<void> {
  try {
    const env = getEnv();
    console.log(
      env.mode === "sandbox"
        ? `Catapult: sandbox at ${env.catapult.baseUrl} (demo account).`
        : `Catapult: ${env.catapult.baseUrl}, user ${env.catapult.userId}, ${env.catapult.ratePerSecond} request(s)/s per resource.`,
    );
    const accounts = await bootstrapFirstAdmin(env);
    if (accounts) console.log(accounts);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const runner = getBulkRunner();
  const resumed = runner.resumeInterrupted();
  if (resumed.length) console.log(`Bulk: resuming ${resumed.length} unfinished job(s).`);
  runner.wipeExpiredRetryPasswords();
  const retentionDays = getEnv().auditRetentionDays;
  const prune = () => {
    const count = pruneAudit(retentionDays);
    if (count) console.log(`Audit: pruned ${count.toLocaleString("en")} entr${count === 1 ? "y" : "ies"} older than ${retentionDays} days.`);
  };
  prune();
  setInterval(() => {
    runner.wipeExpiredRetryPasswords();
    prune();
  }, 60 * 60 * 1000).unref();
}
