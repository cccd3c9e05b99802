#!/usr/bin/env node
// `npm start`: builds the dashboard when its sources changed, starts the Catapult sandbox
// (unless a real Catapult is configured) and the dashboard, and says where to sign in.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listenAddress, localUrl, nextStartArgs } from "./next-start-args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { host, port } = listenAddress(process.env);
const usesRealCatapult = ["CATAPULT_BASE_URL", "CATAPULT_USER_ID", "CATAPULT_API_TOKEN", "CATAPULT_API_SECRET"].some((v) => process.env[v]);
const children = [];

function newestSourceTime(entries) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  entries.forEach((e) => walk(path.join(root, e)));
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(root, ".next/BUILD_ID");
  const sources = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.mjs", "package-lock.json", "tailwind.config.ts"];
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime(sources)) return;
  console.log("Building the dashboard (first start or sources changed)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout.on("data", (c) => process.stdout.write(prefix(c)));
  child.stderr.on("data", (c) => process.stderr.write(prefix(c)));
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${name} stopped (exit ${code}); stopping the rest.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

async function waitFor(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return false;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

buildIfNeeded();
if (!usesRealCatapult) {
  run("sandbox", ["--import", "tsx", path.join(root, "sandbox/server.ts")], {});
  await waitFor(`http://127.0.0.1:${process.env.SANDBOX_PORT || 4010}/`, 30);
}
run("dashboard", [path.join(root, "node_modules/next/dist/bin/next"), ...nextStartArgs(process.env)], { PORT: port });
if (await waitFor(`${localUrl(process.env)}/sign-in`, 60)) {
  const shown = host === "127.0.0.1" ? `http://localhost:${port}` : localUrl(process.env);
  console.log(`\n  Dashboard ready: ${shown}${host === "127.0.0.1" ? " (this machine only; set HOST=0.0.0.0 to listen on every interface)" : ""}`);
  console.log(
    usesRealCatapult
      ? "  Sign in with your account (the first start creates ADMIN_EMAIL with ADMIN_PASSWORD).\n"
      : process.env.ADMIN_EMAIL || process.env.ADMIN_PASSWORD
        ? `  Sign in with your account (Catapult sandbox on :${process.env.SANDBOX_PORT || 4010}).\n`
        : `  Sign in as admin@example.com with the demo password demo-admin-pass (Catapult sandbox on :${process.env.SANDBOX_PORT || 4010}).\n`,
  );
}
