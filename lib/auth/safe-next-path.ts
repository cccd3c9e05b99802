// Where to go after signing in: only a path on this site. Prefix checks are not enough,
// since browsers drop tabs and newlines and read "\" as "/" (so "/\t/evil.example" is
// "//evil.example"): the value is resolved as a browser would and kept only if it stays on
// the origin it was resolved against. The real origin is not needed: a reference that stays
// on both an http and an https origin stays on every origin ("http:x" only on http ones).
const BASES = ["http://dashboard.invalid", "https://dashboard.invalid"];

export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value) return "/";
  const resolved = BASES.map((base) => (URL.canParse(value, base) ? new URL(value, base) : undefined));
  if (resolved.some((url, i) => url?.origin !== BASES[i])) return "/";
  const url = resolved[0]!;
  // "/.//evil.example" resolves on this origin to the path "//evil.example", which is itself
  // a protocol-relative URL once handed to the router.
  if (url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
