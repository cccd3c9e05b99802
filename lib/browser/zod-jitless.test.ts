// instrumentation-client.ts turns zod's compiled parsers off in the browser (our CSP refuses
// `new Function`) without importing zod: it writes the setting where zod keeps it. If a zod
// upgrade moved that place, the setting would silently stop applying: this test says so.
import { expect, it } from "vitest";
import { setZodJitless } from "./zod-jitless";

it("zod takes the jitless setting from setZodJitless, which imports no zod", async () => {
  setZodJitless();
  const z = await import("zod/mini");
  expect(z.config().jitless).toBe(true);
  // And parsing still works without the compiled path.
  expect(z.object({ name: z.string() }).parse({ name: "a", extra: 1 })).toEqual({ name: "a" });
});
