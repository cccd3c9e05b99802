// The mode settings: their defaults (today's behaviour), their variables, and refusals
// that name the variable. Their effect over HTTP is in the *-modes.test.ts files.
import { describe, expect, it } from "vitest";
import { readSandboxConfig, SandboxConfigError } from "./create-sandbox";

const DEFAULTS = {
  rateLimitMode: "fixed-window",
  rateLimitBurst: 2,
  rateLimitScope: "resource",
};

const CHANGED = {
  SANDBOX_RATE_LIMIT_MODE: ["token-bucket", "rateLimitMode", "token-bucket"],
  SANDBOX_RATE_LIMIT_BURST: ["5", "rateLimitBurst", 5],
  SANDBOX_RATE_LIMIT_SCOPE: ["path-prefix", "rateLimitScope", "path-prefix"],
} as const;

describe("mode settings", () => {
  it("default to today's behaviour", () => {
    expect(readSandboxConfig({})).toMatchObject(DEFAULTS);
    expect(readSandboxConfig({ SANDBOX_RATE_LIMIT_MODE: "", SANDBOX_RATE_LIMIT_SCOPE: " " })).toMatchObject(DEFAULTS);
  });

  it.each(Object.entries(CHANGED))("reads %s", (name, [value, key, expected]) => {
    expect(readSandboxConfig({ [name]: value })).toMatchObject({ ...DEFAULTS, [key]: expected });
  });

  it.each([
    ["SANDBOX_RATE_LIMIT_MODE", "leaky-bucket"],
    ["SANDBOX_RATE_LIMIT_BURST", "0"],
    ["SANDBOX_RATE_LIMIT_SCOPE", "domains"],
  ])("refuses %s=%s naming the variable and its values", (name, value) => {
    let refused: unknown;
    try {
      readSandboxConfig({ [name]: value });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SandboxConfigError);
    expect((refused as SandboxConfigError).variable).toBe(name);
    expect((refused as SandboxConfigError).message).toContain(`${name}: expected`);
  });
});
