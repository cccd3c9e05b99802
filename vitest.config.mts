import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Where tests live; a project below picks its files by extension.
const TEST_DIRS = "{app,components,lib,sandbox,scripts}";

export default defineConfig({
  resolve: {
    alias: {
      // `server-only` throws outside React's server build; under Vitest every module is server code.
      "server-only": fileURLToPath(new URL("./scripts/test-support/server-only-stub.ts", import.meta.url)),
      "@": fileURLToPath(new URL("./", import.meta.url)),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two projects, so the environment follows from the file name rather than a line each
    // file must remember: logic and server tests (`.test.ts`) run in plain Node, component
    // tests (`.test.tsx`) in happy-dom (current jsdom needs Node 22; this project supports Node 20).
    // `include` stays per project: with `extends`, a root `include` would be merged into both.
    projects: [
      { extends: true, test: { name: "node", environment: "node", include: [`${TEST_DIRS}/**/*.test.ts`] } },
      { extends: true, test: { name: "dom", environment: "happy-dom", include: [`${TEST_DIRS}/**/*.test.tsx`] } },
    ],
  },
});
