import "server-only";
// The server's Catapult client, built once from validated configuration. The only
// holder of the API token and secret.
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { type CatapultClient, createCatapultClient } from "./client";

export function getCatapult(): CatapultClient {
  return processSingleton("catapult-client", () => createCatapultClient(getEnv().catapult));
}

export { CatapultError, isCatapultError } from "./errors";
