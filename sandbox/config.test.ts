import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createSandbox, readSandboxConfig, SandboxConfigError } from "./create-sandbox";

function refusal(env: Record<string, string>): SandboxConfigError {
  try {
    readSandboxConfig(env);
  } catch (error) {
    if (error instanceof SandboxConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe("readSandboxConfig", () => {
  it("has the documented defaults", () => {
    const config = readSandboxConfig({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 4010,
      userId: "u-demo",
      apiToken: "t-demo-token",
      apiSecret: "demo-secret",
      rateLimit: 1,
      latencyMs: 0,
      failRate: 0,
      lostResponseRate: 0,
      randomSeed: null,
      duplicateNameStatus: 409,
      unknownApplicationStatus: 403,
    });
    expect(config.seedPath).toBe(fileURLToPath(new URL("./seed/demo.json", import.meta.url)));
    expect(readSandboxConfig({ SANDBOX_SEED: "none" }).seedPath).toBeNull();
  });

  it.each([
    ["SANDBOX_PORT", "abc"],
    ["SANDBOX_PORT", "70000"],
    ["SANDBOX_RATE_LIMIT", "-1"],
    ["SANDBOX_RATE_LIMIT", "1.5"],
    ["SANDBOX_LATENCY_MS", "-5"],
    ["SANDBOX_FAIL_RATE", "1.5"],
    ["SANDBOX_FAIL_RATE", "half"],
    ["SANDBOX_LOST_RESPONSE_RATE", "-0.1"],
    ["SANDBOX_RANDOM_SEED", "abc"],
    ["SANDBOX_DUPLICATE_NAME_STATUS", "500"],
    ["SANDBOX_UNKNOWN_APPLICATION_STATUS", "399"],
    ["SANDBOX_API_TOKEN", "has:colon"],
    ["SANDBOX_USER_ID", "a/b"],
  ])("refuses %s=%s naming the variable", (name, value) => {
    const error = refusal({ [name]: value });
    expect(error.variable).toBe(name);
    expect(error.message).toContain(name);
  });

  it("refuses a missing or invalid seed file naming SANDBOX_SEED", () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-seed-"));
    const badName = join(dir, "bad.json");
    writeFileSync(badName, JSON.stringify({ domains: [{ id: "rd-000000000000000000000001", name: "d" }], endpoints: [{ domainId: "rd-000000000000000000000001", name: "a b", password: "abc123" }] }));
    for (const seedPath of [join(dir, "missing.json"), badName]) {
      const config = { ...readSandboxConfig({}), seedPath };
      expect(() => createSandbox(config)).toThrow(SandboxConfigError);
      expect(() => createSandbox(config)).toThrow(/SANDBOX_SEED/);
    }
  });
});

describe("npm run sandbox (server.ts)", () => {
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
  const entry = fileURLToPath(new URL("./server.ts", import.meta.url));

  function run(env: Record<string, string>) {
    return spawn(tsx, [entry], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  }

  it("exits 1 with a message naming a bad variable", async () => {
    for (const [name, value] of [["SANDBOX_FAIL_RATE", "2"], ["SANDBOX_RATE_LIMIT_MODE", "burst"]] as const) {
      const child = run({ [name]: value });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(name);
    }
  });

  it("prints one listening line without the secret, answers, and stops on SIGTERM", async () => {
    const child = run({ SANDBOX_PORT: "0", SANDBOX_API_TOKEN: "t-real", SANDBOX_API_SECRET: "very-secret-value", SANDBOX_USER_ID: "u-7" });
    let stdout = "";
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        const found = /Catapult sandbox listening on (http:\/\/127\.0\.0\.1:\d+) \(user u-7\)/.exec(stdout);
        if (found?.[1]) resolve(found[1]);
      });
      child.on("exit", () => reject(new Error(`exited early: ${stdout}`)));
    });
    const auth = `Basic ${Buffer.from("t-real:very-secret-value").toString("base64")}`;
    const response = await fetch(`${line}/v1/users/u-7/domains`, { headers: { Authorization: auth } });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(3);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).not.toContain("very-secret-value");
    expect(stdout).not.toContain("t-real");
  });
});
