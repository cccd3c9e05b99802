import "server-only";
// One instance per server process. Next.js bundles each route (and instrumentation)
// separately, so a module-level variable would give each bundle its own copy (its own
// pacer, its own runner), and a dev-mode reload would make another: keep them on globalThis.
const holder = globalThis as typeof globalThis & { catapultDashboardSingletons?: Map<string, unknown> };
const singletons = (holder.catapultDashboardSingletons ??= new Map<string, unknown>());

export function processSingleton<T>(key: string, create: () => T): T {
  if (!singletons.has(key)) singletons.set(key, create());
  return singletons.get(key) as T;
}
