// Runs once when the server starts: refuse to start on bad configuration (the message
// names the variable), and pick up bulk jobs a previous run left unfinished.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, ConfigError } = await import("./lib/env");
  try {
    const env = getEnv();
    console.log(
      env.mode === "sandbox"
        ? `Catapult: sandbox at ${env.catapult.baseUrl} (demo account). Admin password: ${env.demoPassword ? "demo-admin (demo)" : "from ADMIN_PASSWORD"}.`
        : `Catapult: ${env.catapult.baseUrl}, user ${env.catapult.userId}, ${env.catapult.ratePerSecond} request(s)/s per resource.`,
    );
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const { getBulkRunner } = await import("./lib/bulk/server-runner");
  const resumed = getBulkRunner().resumeInterrupted();
  if (resumed.length) console.log(`Bulk: resuming ${resumed.length} unfinished job(s).`);
}
