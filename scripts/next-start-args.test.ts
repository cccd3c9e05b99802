// `npm start` listens on loopback by default. The browser test e2e/listening-address.spec.ts
// runs `next start` with these arguments and checks the port from a non-loopback address.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_HOST as ENV_DEFAULT_HOST, SANDBOX_DEFAULTS } from "@/lib/env";
import { DEFAULT_HOST, localUrl, nextStartArgs } from "./next-start-args.mjs";

describe("nextStartArgs", () => {
  it("listens on 127.0.0.1 when HOST is unset or blank", () => {
    expect(nextStartArgs({})).toEqual(["start", "-p", "3000", "-H", "127.0.0.1"]);
    expect(nextStartArgs({ HOST: " ", PORT: "4000" })).toEqual(["start", "-p", "4000", "-H", "127.0.0.1"]);
  });

  it("listens where HOST says", () => {
    expect(nextStartArgs({ HOST: "0.0.0.0" })).toEqual(["start", "-p", "3000", "-H", "0.0.0.0"]);
  });

  it.each([
    [{}, "http://127.0.0.1:3000"],
    [{ HOST: "0.0.0.0" }, "http://127.0.0.1:3000"],
    [{ HOST: "::" }, "http://127.0.0.1:3000"],
    [{ HOST: "::1", PORT: "8080" }, "http://[::1]:8080"],
    [{ HOST: "10.1.2.3" }, "http://10.1.2.3:3000"],
  ])("start.mjs waits for the dashboard at the address it listens on: %j", (env, url) => {
    expect(localUrl(env)).toBe(url);
  });

  it("agrees with lib/env.ts, which validates HOST and holds the demo admin start.mjs prints", () => {
    expect(DEFAULT_HOST).toBe(ENV_DEFAULT_HOST);
    const start = fs.readFileSync(new URL("./start.mjs", import.meta.url), "utf8");
    expect(start).toContain(`Sign in as ${SANDBOX_DEFAULTS.adminEmail} with the demo password ${SANDBOX_DEFAULTS.adminPassword} (`);
  });
});
