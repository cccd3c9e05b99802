// What every answer of the dashboard must carry (issue 12, hole 5), checked the same way on
// pages and API answers. Plain header maps (lower-case names), from a page, `request` or fetch.
import { expect } from "@playwright/test";

export const HSTS = "max-age=31536000; includeSubDomains";

/** The CSP's directives, by name: `{ "script-src": ["'self'", "'nonce-…'"], … }`. */
export function cspDirectives(header: string | undefined): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

export function expectCommonHeaders(headers: Record<string, string>, { hsts }: { hsts: boolean }): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(cspDirectives(headers["content-security-policy"])["frame-ancestors"]).toEqual(["'none'"]);
  if (hsts) expect(headers["strict-transport-security"]).toBe(HSTS);
  else expect(headers["strict-transport-security"]).toBeUndefined();
}

/** A page's policy: scripts by this answer's nonce only, never inline; returns the nonce. */
export function expectPageHeaders(headers: Record<string, string>, { hsts = false } = {}): string {
  expectCommonHeaders(headers, { hsts });
  const csp = cspDirectives(headers["content-security-policy"]);
  const nonce = csp["script-src"]?.find((v) => v.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, "script-src has a nonce").toMatch(/^[A-Za-z0-9+/]{16,}={0,2}$/);
  expect(csp["script-src"]).not.toContain("'unsafe-inline'");
  expect(csp["default-src"]).toEqual(["'self'"]);
  expect(csp["connect-src"]).toEqual(["'self'"]);
  expect(csp["img-src"]).toEqual(["'self'", "data:"]);
  expect(csp["object-src"]).toEqual(["'none'"]);
  expect(csp["base-uri"]).toEqual(["'none'"]);
  expect(csp["form-action"]).toEqual(["'self'"]);
  return nonce!;
}

/** An API answer or export: also never stored. */
export function expectApiHeaders(headers: Record<string, string>, { hsts = false } = {}): void {
  expectCommonHeaders(headers, { hsts });
  expect(headers["cache-control"]).toBe("no-store");
}
