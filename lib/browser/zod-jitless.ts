// zod compiles object parsers with `new Function` when it may, and probes for that when the
// first schema is built; under our CSP (no 'unsafe-eval') the probe fails harmlessly but is
// still reported as a violation. Parsing without compiling is plenty fast for forms and pastes.
//
// zod keeps its settings in `globalThis.__zod_globalConfig` (one object shared by classic zod,
// zod/mini and every copy of either) and adopts an object already there. Writing it sets
// `jitless` before any schema is built without importing zod, which would put ~4 kB of it on
// every page, sign-in included (zod-jitless.test.ts checks that zod reads it).
export function setZodJitless(): void {
  const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
}
