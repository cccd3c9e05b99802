// The multi-instance part of `npm run bench` alone: `npx tsx scripts/bench/multi-instance-only.ts [--runs N]`.
// Starts its own Postgres cluster, sandbox and three dashboards (the last build; `npx next build`
// first). Writes nothing: it prints the figures docs/scaling.md quotes.
import { buildIfNeeded } from "./services";
import { measureMultiInstance } from "./multi-instance";

async function main() {
  buildIfNeeded();
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
  console.log(JSON.stringify(await measureMultiInstance(runs), null, 2));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
