import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E, e2eEnv, sandboxEnv } from "@/scripts/test-support/e2e-env.mjs";

const env = e2eEnv();
// One data folder for the whole run, shared with the test workers (they inherit the env).
const dataDir = process.env.E2E_DATA_DIR ?? env.DATA_DIR ?? "data-e2e";
process.env.E2E_DATA_DIR = dataDir;
fs.mkdirSync(dataDir, { recursive: true });
/** Everything the dashboard and the sandbox print during the run (checked for leaks at the end). */
const SERVER_LOG = path.join(dataDir, "servers.log");

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // JSON too, for the totals `npm test` prints (its path comes from PLAYWRIGHT_JSON_OUTPUT_NAME).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E.appPort}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "flows", testIgnore: /leaks\.spec\.ts$/ },
    // The leak check reads everything the other tests left behind (logs, the database, the
    // bundle), so it runs after them, by configuration rather than by file name.
    { name: "leaks", testMatch: /leaks\.spec\.ts$/, dependencies: ["flows"] },
  ],
  webServer: [
    {
      // One process (tsx as a loader, not its CLI wrapper), so stopping it leaves nothing behind.
      command: `node scripts/test-support/run-logged.mjs ${SERVER_LOG} node --import tsx sandbox/server.ts`,
      url: `http://127.0.0.1:${E2E.sandboxPort}/v1/users/${E2E.userId}/domains`, // 401 without credentials: up
      env: { ...sandboxEnv() },
      reuseExistingServer: false,
      stdout: "pipe",
      timeout: 30_000,
    },
    {
      command: `node scripts/test-support/run-logged.mjs ${SERVER_LOG} node node_modules/next/dist/bin/next start -p ${E2E.appPort}`,
      url: `http://127.0.0.1:${E2E.appPort}/sign-in`,
      env: { ...env, DATA_DIR: dataDir },
      reuseExistingServer: false,
      stdout: "pipe",
      timeout: 60_000,
    },
  ],
});
