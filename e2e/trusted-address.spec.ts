// Issue 12, hole 1: with TRUST_PROXY=1 (as this suite runs) the sign-in throttle keyed on the
// LEFTMOST X-Forwarded-For entry, which the client writes: rotating it gave a guesser fresh
// tries forever. It now keys on the entry our one trusted proxy appended (the rightmost).
// On the old code all seven answers were 401.
import { expect, test } from "@playwright/test";

test("a client rotating the X-Forwarded-For entries it writes cannot escape the sign-in throttle", async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    // "10.9.i.1" is the client's invention; "198.51.100.23" is what our proxy saw and appended.
    const headers = { "X-Forwarded-For": `10.9.${i}.1, 198.51.100.23` };
    statuses.push((await request.post("/api/session", { data: { password: `wrong-${i}` }, headers })).status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
});
