// The proxy-cost part of `npm run bench` alone: `npx tsx scripts/bench/proxy-cost-only.ts [--runs N]`.
// Starts its own sandbox and dashboard (the last build; `npx next build` first), rate limits off
// on both. Writes nothing: it prints what a create through the dashboard's API adds.
import { measureProxyCost } from "./proxy-cost";
import { buildIfNeeded, startApp, startSandbox } from "./services";

async function main() {
  buildIfNeeded();
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const sandbox = await startSandbox(4215, 0);
  const app = await startApp(3215, 4215, 1000);
  console.log(JSON.stringify(await measureProxyCost(app, sandbox, runs), null, 2));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
