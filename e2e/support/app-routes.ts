// Every page and API route of the app, read from the app/ folder, so a new route is
// covered by the session tests without anyone remembering to add it.
import fs from "node:fs";
import path from "node:path";

export interface AppRoute {
  kind: "page" | "api";
  /** The URL with sample values for dynamic segments. */
  url: string;
  /** The URL with its dynamic segments as named in app/ (`/domains/[domainId]`), to fill with real ids. */
  pattern: string;
  methods: string[];
  file: string;
}

const APP_DIR = path.resolve(__dirname, "../../app");
const SAMPLE_PARAM = "rd-sample0000";

export function listAppRoutes(): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) routes.push(toRoute(full));
    }
  };
  walk(APP_DIR);
  return routes;
}

function toRoute(file: string): AppRoute {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("_"));
  const pattern = `/${segments.join("/")}`;
  const url = `/${segments.map((s) => (/^\[.*\]$/.test(s) ? SAMPLE_PARAM : s)).join("/")}`;
  if (path.basename(file).startsWith("page")) return { kind: "page", url, pattern, methods: ["GET"], file };
  const source = fs.readFileSync(file, "utf8");
  const methods = [...source.matchAll(/\b(?:export\s+(?:const|async function|function)\s+|as\s+)(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  return { kind: "api", url, pattern, methods, file };
}
