#!/usr/bin/env node
// `npm test`: lint and typecheck, unit and sandbox tests (Vitest, on SQLite and on a Postgres
// 15 cluster started for the step), then a production build and the browser tests
// (Playwright in Debian's Chromium) against the sandbox.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { e2eEnv } from "./test-support/e2e-env.mjs";
import { startPostgres } from "./test-support/postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const RESULTS = path.join(root, "test-results");
const totals = { passed: 0, failed: 0 };

/** Adds a runner's JSON report to the totals printed at the end. */
function count(file, read) {
  try {
    const { passed, failed } = read(JSON.parse(fs.readFileSync(path.join(RESULTS, file), "utf8")));
    totals.passed += passed;
    totals.failed += failed;
  } catch {
    /* the runner did not get as far as writing its report */
  }
}

function summary() {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
}

function step(title, command, args, env = {}, report) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (report) count(...report);
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    summary();
    process.exit(result.status || 1);
  }
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    step("Installing Debian's Chromium (needed by the browser tests)", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation"]);
    return;
  }
  console.error(`The browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install -y chromium fonts-liberation\n(or set CHROMIUM_PATH to a Chromium binary).`);
  process.exit(1);
}

const only = process.argv[2]; // "unit" or "e2e" to run one half
// Tests that time the dashboard's pace against the sandbox's counting (a 429 for requests a few
// milliseconds too close) run after the others, alone: on two cores, the other test files'
// load adds scheduling jitter between client and sandbox that no network of ours would.
const TIMING_TESTS = ["lib/catapult/fidelity.sandbox.test.ts", "lib/catapult/shared-pace.test.ts"];
ensureChromium();
const bin = (name) => path.join(root, "node_modules/.bin", name);
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
if (only !== "e2e") {
  // Boundaries and types first: a broken import rule fails in seconds, not after the suites.
  step("Lint (Oxlint: import boundaries, no cycles, zero warnings)", bin("oxlint"), ["--deny-warnings"]);
  step("Typecheck", bin("tsc"), ["--noEmit"]);
  // The DB tests run on SQLite and on this cluster (TEST_DATABASE_URL), removed at exit whatever happens.
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    console.log("\n=== Starting a Postgres 15 cluster for the unit tests");
    const cluster = await startPostgres();
    process.on("exit", cluster.stop);
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
    databaseUrl = cluster.url;
  }
  const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });
  const vitestArgs = (report) => ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(RESULTS, report)}`];
  step("Unit and sandbox tests (Vitest, SQLite and Postgres)", bin("vitest"), [...vitestArgs("vitest.json"), ...TIMING_TESTS.flatMap((file) => ["--exclude", file])], { TEST_DATABASE_URL: databaseUrl }, [
    "vitest.json",
    vitestCounts,
  ]);
  step("Pacing against every way Catapult may count (Vitest, on its own)", bin("vitest"), [...vitestArgs("vitest-timing.json"), ...TIMING_TESTS], { TEST_DATABASE_URL: databaseUrl }, [
    "vitest-timing.json",
    vitestCounts,
  ]);
}
if (only !== "unit") {
  // Built with the same distinctive secrets the browser tests then look for in the bundle.
  step("Production build for the browser tests", bin("next"), ["build"], e2eEnv());
  step("Browser tests (Playwright, Chromium)", bin("playwright"), ["test"], { ...e2eEnv(), PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(RESULTS, "playwright.json") }, [
    "playwright.json",
    (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }),
  ]);
}
summary();
