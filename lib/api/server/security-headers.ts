import "server-only";
// The security headers of every answer: pages get them from proxy.ts, API answers and exports
// from the route wrapper (api-route.ts). One list, so a page and an API call cannot drift apart.
import { getEnv } from "@/lib/env";

/** A fresh, unguessable nonce for one page request (16 random bytes, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The pages' policy. Scripts run only with this request's nonce (Next puts it on its own
 * scripts, read from the request's CSP header); 'strict-dynamic' lets those load the chunks
 * they import. Inline styles stay allowed: React writes `style` attributes, which a nonce
 * cannot cover (and a nonce in style-src would switch 'unsafe-inline' off).
 */
export function pageContentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servedOverHttps() ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API answers are data, never a document: nothing may load, run or frame them. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every answer carries, page or API. */
function commonHeaders(): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    // HSTS follows the configured origin only: X-Forwarded-Proto is written by whoever sends
    // the request, and a browser would remember a wrong answer for a year.
    ...(servedOverHttps() ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function pageSecurityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return { ...commonHeaders(), "Content-Security-Policy": contentSecurityPolicy };
}

/** API answers and exports: also never stored by a browser or a proxy (they hold account data). */
export function apiSecurityHeaders(): Record<string, string> {
  return { ...commonHeaders(), "Content-Security-Policy": API_CONTENT_SECURITY_POLICY, "Cache-Control": "no-store" };
}

export function setHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function servedOverHttps(): boolean {
  return getEnv().publicUrl?.startsWith("https:") ?? false;
}
