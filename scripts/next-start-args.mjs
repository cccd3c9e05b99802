// How `npm start` (scripts/start.mjs) runs `next start`: on 127.0.0.1 unless HOST says
// otherwise, since sandbox mode prints the demo password to whoever can reach the port.
// lib/env.ts validates HOST and holds the same default (scripts/next-start-args.test.ts).
export const DEFAULT_HOST = "127.0.0.1";

const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/** The listening address and port `npm start` uses for this environment. */
export function listenAddress(env) {
  const host = env.HOST?.trim() || DEFAULT_HOST;
  return { host, port: env.PORT?.trim() || "3000" };
}

/** The arguments after `next`: Next listens on every interface when `-H` is left out. */
export function nextStartArgs(env) {
  const { host, port } = listenAddress(env);
  return ["start", "-p", port, "-H", host];
}

/** Where this machine reaches the dashboard (a wildcard listens on loopback too). */
export function localUrl(env) {
  const { host, port } = listenAddress(env);
  const reachable = WILDCARDS.has(host) ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") && !reachable.startsWith("[") ? `[${reachable}]` : reachable}:${port}`;
}
