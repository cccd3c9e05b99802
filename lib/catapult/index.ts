import "server-only";
// The server's Catapult client, built once from validated configuration. The only
// holder of the API token and secret.
import { getEnv } from "@/lib/env";
import { type CatapultClient, createCatapultClient } from "./client";

// One client per process, also across Next.js' separately bundled routes.
const holder = globalThis as typeof globalThis & { catapultClient?: CatapultClient };

export function getCatapult(): CatapultClient {
  holder.catapultClient ??= createCatapultClient(getEnv().catapult);
  return holder.catapultClient;
}

export { CatapultError, isCatapultError } from "./errors";
export type { Application, Domain, Endpoint } from "./records";
export type { CreatedEndpoint } from "./create-endpoint";
