// Issue 12, hole 2: five wrong tries from anywhere used to block the right password for 15
// minutes, because every direct client shared one key, and 50 parallel tries got 50 password
// compares (the check came before the count). Now each try is reserved before the compare,
// per account and per trusted address, with growing delays instead of a block on a shared key.
// On the old code the first test's 50 parallel tries all answered 401, and the second test's
// right password answered 429.
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

test("50 parallel wrong tries on one account reach the password compare at most 5 times", async ({ request }) => {
  const tries = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      // Fifty addresses: only the account's own key can hold them back.
      request.post("/api/session", { data: { email: "target@example.com", password: `wrong-password-${i}` }, headers: { "X-Forwarded-For": `203.0.113.${i + 1}` } }),
    ),
  );
  const statuses = tries.map((t) => t.status());
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(45);
  expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  const limited = tries.find((t) => t.status() === 429)!;
  expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
  expect((await limited.json()).error.code).toBe("too_many_attempts");
});

test("a guesser's wrong tries do not lock the admin out", async ({ request }) => {
  // The global ceiling (10 compares a second, whoever asks) is shared with the test above and
  // the specs before it: start in a second of our own, so the guesser's five free tries and
  // the admin's are the only compares counted in it.
  await new Promise((r) => setTimeout(r, 1100));
  const guesser = { "X-Forwarded-For": "198.51.100.99" };
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    statuses.push((await request.post("/api/session", { data: { email: E2E.adminEmail, password: `wrong-password-${i}` }, headers: guesser })).status());
  }
  // The account's free tries are spent, so the guesser now waits (1 s, then 2 s, …).
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toContain(429);
  // The admin, from their own address, waits out at most the account's current delay (a few
  // seconds here, never more than a minute), then signs in.
  const admin = { "X-Forwarded-For": "192.0.2.10" };
  let answer = await request.post("/api/session", { data: { email: E2E.adminEmail, password: E2E.adminPassword }, headers: admin });
  if (answer.status() === 429) {
    const wait = Number(answer.headers()["retry-after"]);
    expect(wait).toBeLessThanOrEqual(4);
    await new Promise((r) => setTimeout(r, wait * 1000));
    answer = await request.post("/api/session", { data: { email: E2E.adminEmail, password: E2E.adminPassword }, headers: admin });
  }
  expect(answer.status()).toBe(204);
  // The right password cleared the account's failures: the next wrong try is free again.
  expect((await request.post("/api/session", { data: { email: E2E.adminEmail, password: "wrong-once-more" }, headers: guesser })).status()).toBe(401);
});
