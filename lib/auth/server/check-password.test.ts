// The sign-in throttle's global ceiling: many addresses together get no more wrong tries per
// minute than the ceiling, so rotating addresses does not multiply a guesser's rate.
import { describe, expect, it, vi } from "vitest";
import { checkAdminPassword, GLOBAL_FAILURES_PER_MINUTE } from "./check-password";

vi.mock("@/lib/env", () => ({ getEnv: () => ({ adminPassword: "the-right-password" }) }));

describe("checkAdminPassword", () => {
  it("refuses every address once the wrong tries of all addresses reach the ceiling", async () => {
    // In parallel: each wrong try waits 400 ms, together once.
    const tries = await Promise.all(Array.from({ length: GLOBAL_FAILURES_PER_MINUTE }, (_, i) => checkAdminPassword(`198.51.100.${i}`, "wrong")));
    // Each address used one of its five tries: none was throttled on its own.
    expect(tries.every((check) => !check.ok && check.retryAfterSeconds === undefined)).toBe(true);
    expect(await checkAdminPassword("203.0.113.200", "wrong")).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect(await checkAdminPassword("203.0.113.201", "the-right-password")).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});
