// Where to go after signing in: only a path on this site. "//host" and "/\host" are
// protocol-relative URLs to browsers, so they are refused along with anything absolute.
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
