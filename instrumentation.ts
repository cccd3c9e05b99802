// Runs once when the server starts; the work itself is Node-only (see lib/server/start-up.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startUp } = await import("@/lib/server/start-up");
    await startUp();
  }
}
