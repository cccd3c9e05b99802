// The pacer's margin (measurements behind each figure: docs/catapult-fidelity.md, "The pacer's
// margin"): never below Catapult's own gap, slack for per-second counts at every rate, the
// jitter's worth on every gap from 10/s down, and little enough at 20/s for a 300-row job over
// three instances to end within 1.05 × its floor.
import { describe, expect, it } from "vitest";
import { gapMs } from "./pacer";

const RATES = [0.5, 1, 2, 5, 10, 20, 50, 100, 1000];
const marginAt = (rate: number) => gapMs(rate) - 1000 / rate;

describe("gapMs", () => {
  it("never spaces requests closer than Catapult's own gap", () => {
    for (const rate of RATES) expect(marginAt(rate)).toBeGreaterThan(0);
  });

  it("gives a count of requests per second 10 ms of slack per second, at any rate", () => {
    for (const rate of RATES) expect(rate * marginAt(rate)).toBeGreaterThanOrEqual(10 - 1e-9);
  });

  it("puts the measured jitter (8 ms) on every gap from 10/s down, where a minimum-gap count needs it", () => {
    for (const rate of [0.5, 1, 2, 5, 10]) expect(marginAt(rate)).toBeGreaterThanOrEqual(8);
  });

  it("keeps 300 creates at 20/s (and the job's 2 reads) within 1.02 × the 15 s floor, leaving the rest of 1.05 for the job's start and late wake-ups", () => {
    expect((302 * gapMs(20)) / 15_000).toBeLessThanOrEqual(1.02);
  });

  it("keeps a slow account's jobs near their floor: at 1/s the margin is at most 2 %", () => {
    expect(gapMs(1)).toBeLessThanOrEqual(1020);
    expect(gapMs(0.5)).toBeLessThanOrEqual(2020);
  });
});
