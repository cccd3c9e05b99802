// Issue 12, hole 1: with TRUST_PROXY=1 (as this suite runs) the sign-in throttle keyed on the
// LEFTMOST X-Forwarded-For entry, which the client writes: rotating it gave a guesser fresh
// tries forever. It now keys on the entry our one trusted proxy appended (the rightmost).
// Each try names another account, so only the address can stop them. On the old code all
// twelve answers were 401.
import { expect, test } from "@playwright/test";

test("a client rotating the X-Forwarded-For entries it writes cannot escape the sign-in throttle", async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    // "10.9.i.1" is the client's invention; "198.51.100.23" is what our proxy saw and appended.
    const headers = { "X-Forwarded-For": `10.9.${i}.1, 198.51.100.23` };
    statuses.push((await request.post("/api/session", { data: { email: `guess-${i}@example.com`, password: `wrong-password-${i}` }, headers })).status());
  }
  expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
});
