// Part 3: what the dashboard's API route adds to one create: 500 sequential creates through
// it, and 500 straight to the sandbox, rate limits off on both sides.
import type { App, Sandbox } from "./services";
import { percentile, summarize } from "./stats";

const CREATES = 500;

/** Repeats the measurement; each figure is the median of the runs' percentiles. */
export async function measureProxyCost(app: App, sandbox: Sandbox, runs: number) {
  const results: Awaited<ReturnType<typeof measureOnce>>[] = [];
  for (let run = 0; run < runs; run++) results.push(await measureOnce(app, sandbox));
  const median = (pick: (r: (typeof results)[number]) => number) => summarize(results.map(pick));
  return {
    creates: CREATES,
    runs,
    direct: { p50: median((r) => r.direct.p50), p99: median((r) => r.direct.p99) },
    proxied: { p50: median((r) => r.proxied.p50), p99: median((r) => r.proxied.p99) },
    overhead: { p50: median((r) => r.overhead.p50), p99: median((r) => r.overhead.p99) },
  };
}

async function measureOnce(app: App, sandbox: Sandbox) {
  await sandbox.setRateLimit(0);
  const domainId = await sandbox.createDomain(`bench-proxy-${Date.now()}`);
  const direct: number[] = [];
  const proxied: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < CREATES; i++) {
    let t = performance.now();
    const r1 = await sandbox.call(`${sandbox.accountPath}/domains/${domainId}/endpoints`, "POST", { name: `direct-${i}`, credentials: { password: "abc123" } });
    direct.push(performance.now() - t);
    t = performance.now();
    const r2 = await app.call(`/api/domains/${domainId}/endpoints`, "POST", { name: `proxied-${i}`, password: "abc123" });
    await r2.arrayBuffer();
    proxied.push(performance.now() - t);
    if (r1.status !== 201 || r2.status !== 201) throw new Error(`create answered ${r1.status}/${r2.status}`);
  }
  direct.sort((a, b) => a - b);
  proxied.sort((a, b) => a - b);
  const p = (list: number[], q: number) => percentile(list, q);
  return {
    direct: { p50: p(direct, 50), p99: p(direct, 99) },
    proxied: { p50: p(proxied, 50), p99: p(proxied, 99) },
    overhead: { p50: p(proxied, 50) - p(direct, 50), p99: p(proxied, 99) - p(direct, 99) },
  };
}
