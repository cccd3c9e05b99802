#!/usr/bin/env node
// Runs a server command with its output copied to a log file, so the suite can check at
// the end that no secret or SIP password was ever logged. Usage: run-logged.mjs LOG CMD...
import { spawn } from "node:child_process";
import fs from "node:fs";

const [log, command, ...args] = process.argv.slice(2);
const file = fs.createWriteStream(log, { flags: "a" });
const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
child.stdout.on("data", (chunk) => (process.stdout.write(chunk), file.write(chunk)));
child.stderr.on("data", (chunk) => (process.stderr.write(chunk), file.write(chunk)));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => file.end(() => process.exit(code ?? 1)));
