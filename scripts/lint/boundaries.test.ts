// The import boundaries of .oxlintrc.json, shown to hold: each probe below breaks one rule
// and must fail lint, and the allowed imports beside them must pass. The probes are written
// into a scratch copy of the project's lint setup, never into the tree itself.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const oxlint = path.join(root, "node_modules/.bin/oxlint");
let scratch: string;

const PROBES: Record<string, string> = {
  // Browser folders importing server-only code, a type included.
  "components/ui/probe-type.tsx": `import type { CatapultClient } from "@/lib/catapult/client";\nexport type X = CatapultClient;\n`,
  "app/(dashboard)/domains/[domainId]/_components/probe-db.tsx": `import { getDb } from "@/lib/db/database";\nexport const x = getDb;\n`,
  "lib/bulk/hooks/use-probe.ts": `import { getEnv } from "@/lib/env";\nexport const x = getEnv;\n`,
  "lib/endpoints/probe-contract.ts": `import { startBulkJob } from "@/lib/bulk/server/job-service";\nexport const x = startBulkJob;\n`,
  "components/ui/probe-parent.tsx": `import { getDb } from "../../lib/db/database";\nexport const x = getDb;\n`,
  // A "use client" file outside the browser folders.
  "app/probe-client.tsx": `"use client";\nimport { getCatapult } from "@/lib/catapult";\nexport const x = getCatapult;\n`,
  // lib/ and sandbox/ never import each other.
  "lib/probe-sandbox.ts": `import { createSandbox } from "@/sandbox/create-sandbox";\nexport const x = createSandbox;\n`,
  "sandbox/probe-lib.ts": `import { newEndpointSchema } from "../lib/endpoints/schema";\nexport const x = newEndpointSchema;\n`,
  "sandbox/routes/probe-alias.ts": `import { getEnv } from "@/lib/env";\nexport const x = getEnv;\n`,
  // Classic zod in browser-reachable code; any zod in a contract every page reads.
  "app/(dashboard)/users/_components/probe-zod.tsx": `import { z } from "zod";\nexport const x = z.string();\n`,
  "lib/history/probe-schema.ts": `import { z } from "zod";\nexport const x = z.string();\n`,
  "lib/history/contract.ts": `import * as z from "zod/mini";\nexport const x = z.string();\n`,
  "lib/auth/probe-contract.ts": `import * as z from "zod/mini";\nexport const x = z.string();\n`,
  // The CSV parser and the virtualizer, imported statically by a page's code (a hook, a view).
  "lib/bulk/hooks/probe-export.ts": `import Papa from "papaparse";\nexport const x = Papa.parse;\n`,
  "components/ui/probe-virtual.tsx": `import { useVirtualizer } from "@tanstack/react-virtual";\nexport const x = useVirtualizer;\n`,
  // A cycle.
  "lib/cycle/a.ts": `import { b } from "./b";\nexport const a = () => b();\n`,
  "lib/cycle/b.ts": `import { a } from "./a";\nexport const b = () => a();\n`,
  // Allowed: a route handler and server code may import server modules; a page may import a contract.
  "app/api/probe/route.ts": `import { getCatapult } from "@/lib/catapult";\nexport const GET = () => getCatapult();\n`,
  "lib/bulk/server/probe-service.ts": `import { getDb } from "@/lib/db/database";\nexport const x = getDb;\n`,
  "components/ui/probe-ok.tsx": `import type { Endpoint } from "@/lib/endpoints/contract";\nexport type X = Endpoint;\n`,
  // Allowed: the parser's own modules, import() anywhere, a type, and server code.
  "lib/bulk/read-table.ts": `import Papa from "papaparse";\nexport const x = Papa.parse;\n`,
  "lib/bulk/hooks/probe-lazy.ts": `export const load = () => import("papaparse");\n`,
  "lib/bulk/hooks/probe-type.ts": `import type { ParseResult } from "papaparse";\nexport type X = ParseResult<string>;\n`,
  "lib/api/server/probe-csv.ts": `import Papa from "papaparse";\nexport const x = Papa.unparse;\n`,
  // Allowed: zod/mini in a browser-reachable schema file, classic zod on the server.
  "lib/history/probe-mini.ts": `import * as z from "zod/mini";\nexport const x = z.string();\n`,
  "lib/history/server/probe-classic.ts": `import { z } from "zod";\nexport const x = z.string();\n`,
};

function lint(file: string): string {
  const result = spawnSync(oxlint, ["--format", "unix", file], { cwd: scratch, encoding: "utf8" });
  return `${result.stdout}${result.stderr}`;
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lint-boundaries-"));
  fs.copyFileSync(path.join(root, ".oxlintrc.json"), path.join(scratch, ".oxlintrc.json"));
  fs.mkdirSync(path.join(scratch, "scripts/lint"), { recursive: true });
  fs.copyFileSync(path.join(root, "scripts/lint/boundaries-plugin.mjs"), path.join(scratch, "scripts/lint/boundaries-plugin.mjs"));
  for (const [file, text] of Object.entries(PROBES)) {
    fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    fs.writeFileSync(path.join(scratch, file), text);
  }
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("import boundaries (npm run lint)", () => {
  it.each([
    ["components/ui/probe-type.tsx", /no-restricted-imports/],
    ["app/(dashboard)/domains/[domainId]/_components/probe-db.tsx", /no-restricted-imports/],
    ["lib/bulk/hooks/use-probe.ts", /no-restricted-imports/],
    ["lib/endpoints/probe-contract.ts", /no-restricted-imports/],
    ["components/ui/probe-parent.tsx", /no-restricted-imports/],
    ["app/probe-client.tsx", /client-imports/],
    ["lib/probe-sandbox.ts", /no-restricted-imports/],
    ["sandbox/probe-lib.ts", /no-restricted-imports/],
    ["sandbox/routes/probe-alias.ts", /no-restricted-imports/],
    ["app/(dashboard)/users/_components/probe-zod.tsx", /'zod' import is restricted/],
    ["lib/history/probe-schema.ts", /'zod' import is restricted/],
    ["lib/history/contract.ts", /'zod\/mini' import is restricted/],
    ["lib/auth/probe-contract.ts", /'zod\/mini' import is restricted/],
    ["lib/bulk/hooks/probe-export.ts", /lazy-imports/],
    ["components/ui/probe-virtual.tsx", /lazy-imports/],
    ["lib/cycle/a.ts", /no-cycle/],
  ])("%s fails lint", (file, rule) => {
    expect(lint(file)).toMatch(rule);
  });

  it.each(["app/api/probe/route.ts", "lib/bulk/server/probe-service.ts", "components/ui/probe-ok.tsx", "lib/history/probe-mini.ts", "lib/history/server/probe-classic.ts", "lib/bulk/read-table.ts", "lib/bulk/hooks/probe-lazy.ts", "lib/bulk/hooks/probe-type.ts", "lib/api/server/probe-csv.ts"])("%s passes lint", (file) => {
    expect(lint(file)).not.toMatch(/no-restricted-imports|client-imports|lazy-imports|no-cycle/);
  });
});
