// Issue 12, hole 8: `npm start` listens on 127.0.0.1 unless HOST says otherwise, since the
// sandbox mode prints the demo password. This runs `next start` with the arguments
// scripts/start.mjs builds (scripts/next-start-args.mjs) and knocks from this machine's own
// non-loopback address, as another machine on the network would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { nextStartArgs } from "../scripts/next-start-args.mjs";

const outside = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

test(`npm start's dashboard is not reachable on a non-loopback address when HOST is unset${outside ? "" : " (skipped: this machine has no non-loopback IPv4 address)"}`, async () => {
  test.skip(!outside, "this machine has no non-loopback IPv4 address");
  const port = E2E.listenAppPort;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "listen-"));
  const app = await startApp(port, { DATA_DIR: dataDir }, nextStartArgs({ PORT: String(port) }));
  try {
    expect((await fetch(`http://127.0.0.1:${port}/sign-in`)).status).toBe(200);
    const error = await fetch(`http://${outside}:${port}/sign-in`).then(
      () => undefined,
      (failure: unknown) => failure as Error & { cause?: { code?: string } },
    );
    expect(error?.cause?.code).toBe("ECONNREFUSED");
  } finally {
    await app.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
