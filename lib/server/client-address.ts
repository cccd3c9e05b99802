import "server-only";
// The client's address, as far as it can be trusted. Next.js gives route handlers no socket
// address: its server writes the socket's address into X-Forwarded-For only when the request
// came WITHOUT that header (`??=` in next/dist/server/base-server.js), so a client talking
// to us directly can write the whole header. Hence:
// - TRUST_PROXY=0 (no proxy): the header cannot be told apart from the client's words, so
//   there is no trusted address (null); the sign-in throttle treats all such clients as one.
// - TRUST_PROXY=N: N proxies of ours each append the address they saw, so the entry N from
//   the right was written by our outermost proxy; everything left of it is the client's.
import { getEnv } from "@/lib/env";

/** The trusted client address of `headers`, or null when none can be trusted. */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  if (trustedHops <= 0 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  // Fewer entries than hops: the request skipped a proxy of ours; nothing in it is trusted.
  if (entries.length < trustedHops) return null;
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; it is the same client.
  return entries[entries.length - trustedHops]?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") || null;
}

export function clientAddress(request: { headers: Headers }): string | null {
  return clientAddressFrom(request.headers.get("x-forwarded-for"), getEnv().trustedProxyHops);
}
