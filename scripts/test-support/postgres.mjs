// A throw-away PostgreSQL 15 cluster for tests and benchmarks: initdb into a temporary folder,
// pg_ctl on a free port of 127.0.0.1, and everything removed by stop(). Used by `npm test`
// (the unit step's TEST_DATABASE_URL) and meant for the multi-instance test and the bench.
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
// `node scripts/test-support/postgres.mjs -- CMD ...` runs one command with TEST_DATABASE_URL set.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";
const OWNER = "postgres";
const isRoot = process.getuid?.() === 0;

/** Debian's server package, installed as `npm test` installs Chromium: only as root. */
function ensureBinaries() {
  if (fs.existsSync(path.join(BIN, "initdb"))) return;
  if (!isRoot) {
    throw new Error(`PostgreSQL 15 is not at ${BIN}. Install it with:\n  sudo apt-get install -y postgresql\n(or set PG_BIN to its bin folder).`);
  }
  console.log("Installing Debian's PostgreSQL (needed by the Postgres unit tests)…");
  execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql"], { stdio: "inherit" });
  if (!fs.existsSync(path.join(BIN, "initdb"))) throw new Error(`apt installed postgresql, but ${BIN}/initdb is still missing (another major version?); set PG_BIN.`);
}

/** Runs a server binary as the cluster's owner. */
function asOwner(binary, args) {
  const [command, all] = isRoot ? ["runuser", ["-u", OWNER, "--", path.join(BIN, binary), ...args]] : [path.join(BIN, binary), args];
  const result = spawnSync(command, all, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${binary} failed (exit ${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster; resolves to its URL (superuser `postgres`, trust auth on 127.0.0.1 only),
 * its data folder (tests read table files there) and stop().
 */
export async function startPostgres() {
  ensureBinaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dashboard-pg-"));
  if (isRoot) execFileSync("chown", [`${OWNER}:`, dir]);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  let started = false;
  const stop = () => {
    try {
      if (started) asOwner("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } finally {
      started = false;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    asOwner("initdb", ["-D", dataDir, "-U", OWNER, "--auth=trust", "--encoding=UTF8", "--no-locale"]);
    // fsync off: a test cluster is thrown away, so durability only costs time.
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
    asOwner("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://${OWNER}@127.0.0.1:${port}/postgres`, dataDir, stop };
}

// As a command: start, run the rest of the arguments with TEST_DATABASE_URL, stop, exit with its code.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const separator = process.argv.indexOf("--");
  const [command, ...args] = separator < 0 ? [] : process.argv.slice(separator + 1);
  if (!command) {
    console.error("Usage: node scripts/test-support/postgres.mjs -- <command> [args…]");
    process.exit(2);
  }
  const cluster = await startPostgres();
  let status = 1;
  try {
    status = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: cluster.url, TEST_DATABASE_DIR: cluster.dataDir } }).status ?? 1;
  } finally {
    cluster.stop();
  }
  process.exit(status);
}
