import "server-only";
// The server's Catapult client, built once from validated configuration. The only
// holder of the API token and secret.
import { getEnv } from "@/lib/env";
import { type CatapultClient, createCatapultClient } from "./client";

let client: CatapultClient | undefined;

export function getCatapult(): CatapultClient {
  client ??= createCatapultClient(getEnv().catapult);
  return client;
}

export { CatapultError, isCatapultError } from "./errors";
export type { Application, Domain, Endpoint } from "./records";
export type { CreatedEndpoint } from "./create-endpoint";
