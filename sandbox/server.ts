// `npm run sandbox`: the Catapult v1 emulator as a program. Configuration comes from the
// environment only (see README); a bad value exits 1 naming the variable.
import type { AddressInfo } from "node:net";
import { createSandbox, DEMO_CREDENTIALS, readSandboxConfig, SandboxConfigError, type Sandbox, type SandboxConfig } from "./create-sandbox";

function start(): { sandbox: Sandbox; config: SandboxConfig } {
  try {
    const config = readSandboxConfig(process.env);
    return { sandbox: createSandbox(config), config };
  } catch (error) {
    if (!(error instanceof SandboxConfigError)) throw error;
    console.error(`Catapult sandbox: invalid configuration: ${error.message}`);
    process.exit(1);
  }
}

const { sandbox, config } = start();
const { server } = sandbox;

server.on("error", (error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? " (port in use: set SANDBOX_PORT)" : "";
  console.error(`Catapult sandbox: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${hint}`);
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  console.log(`Catapult sandbox listening on http://${host}:${port} (user ${config.userId})`);
  // Credentials are printed only when they are the public demo ones; real-looking ones never.
  if (config.apiToken === DEMO_CREDENTIALS.apiToken && config.apiSecret === DEMO_CREDENTIALS.apiSecret) {
    console.log(`demo credentials: curl -u ${config.apiToken}:${config.apiSecret} http://${host}:${port}/v1/users/${config.userId}/domains`);
  }
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`Catapult sandbox: ${signal}, stopping`);
  server.close(() => process.exit(0));
  // Idle keep-alive sockets would hold close() open; in-flight requests get a moment.
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 2000).unref();
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
