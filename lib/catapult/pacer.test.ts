import { describe, expect, it } from "vitest";
import { gapMs } from "./pacer";

describe("gapMs", () => {
  it("never spaces requests closer than Catapult's own gap plus timer slack", () => {
    for (const rate of [0.5, 1, 2, 5, 10, 20, 100, 1000]) expect(gapMs(rate)).toBeGreaterThanOrEqual(1000 / rate + 2);
  });

  it("keeps a slow account's jobs near their floor: at 1/s the margin is a few milliseconds, not a share", () => {
    // 60 requests at 1/s: the margin adds at most 2.5 % to the wall time.
    expect(gapMs(1)).toBeLessThanOrEqual(1025);
    expect(gapMs(0.5)).toBeLessThanOrEqual(2025);
  });

  it("still leaves a proportional margin where the gap is short", () => {
    expect(gapMs(20)).toBeGreaterThan(50 * 1.04 + 2);
  });
});
