// Loads the seed file and checks it with the same rules as the API, so the sandbox never
// starts in a state the real service could not be in.
import { readFileSync } from "node:fs";
import { SandboxConfigError } from "./config";
import { isIdOf, newId, type IdPrefix } from "./ids";
import { isDomainName, isPlainObject, isSipUserName, passwordProblem, readEnabled } from "./rules";
import type { SandboxModes } from "./settings";
import { hashPassword, type SandboxStore } from "./store";

export type SeedDomain = { id?: string; name: string; description: string };
export type SeedApplication = {
  id?: string;
  name: string;
  incomingCallUrl: string;
  autoAnswer?: boolean;
  callbackHttpMethod?: string;
};
export type SeedEndpoint = {
  id?: string;
  domainId: string;
  name: string;
  description?: string;
  applicationId?: string;
  enabled?: boolean | "true" | "false";
  password: string;
};
export type SandboxSeed = { domains?: SeedDomain[]; applications?: SeedApplication[]; endpoints?: SeedEndpoint[] };

function fail(message: string): never {
  throw new SandboxConfigError("SANDBOX_SEED", message);
}

function list(seed: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = seed[key] ?? [];
  if (!Array.isArray(value) || !value.every(isPlainObject)) fail(`"${key}" must be an array of objects`);
  return value as Record<string, unknown>[];
}

function str(item: Record<string, unknown>, key: string, where: string, required = true): string | undefined {
  const value = item[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string") fail(`${where}: "${key}" must be a string`);
  return value;
}

type IdStyle = SandboxModes["idStyle"];

function id(item: Record<string, unknown>, prefix: IdPrefix, where: string, style: IdStyle): string {
  const given = str(item, "id", where, false);
  if (given !== undefined && !isIdOf(prefix, given)) fail(`${where}: id must be ${prefix} then 1-64 letters, digits or hyphens`);
  return given ?? newId(prefix, style);
}

export function readSeedFile(path: string): SandboxSeed {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    return JSON.parse(text) as SandboxSeed;
  } catch {
    fail(`${path} is not valid JSON`);
  }
}

/** Replaces the store's content with the seed's; missing ids are generated in `style`. */
export function applySeed(store: SandboxStore, seed: unknown, style: IdStyle): void {
  if (!isPlainObject(seed)) fail("the seed must be a JSON object");
  store.clear();
  list(seed, "domains").forEach((item, i) => {
    const where = `domains[${i}]`;
    const name = str(item, "name", where) as string;
    if (!isDomainName(name)) fail(`${where}: name "${name}" must be 1-63 letters, digits, "-" or "_"`);
    if (store.findDomainByName(name)) fail(`${where}: duplicate name "${name}"`);
    // Required, as in POST /domains.
    store.addDomain({ id: id(item, "rd-", where, style), name, description: str(item, "description", where) as string });
  });
  list(seed, "applications").forEach((item, i) => {
    const where = `applications[${i}]`;
    const appId = id(item, "a-", where, style);
    store.applications.set(appId, {
      id: appId,
      name: str(item, "name", where) as string,
      incomingCallUrl: str(item, "incomingCallUrl", where) as string,
      autoAnswer: item.autoAnswer === undefined ? true : item.autoAnswer === true,
      callbackHttpMethod: str(item, "callbackHttpMethod", where, false) ?? "post",
    });
  });
  list(seed, "endpoints").forEach((item, i) => {
    const where = `endpoints[${i}]`;
    const domainId = str(item, "domainId", where) as string;
    const name = str(item, "name", where) as string;
    const password = str(item, "password", where) as string;
    const applicationId = str(item, "applicationId", where, false);
    const enabled = item.enabled === undefined ? true : readEnabled(item.enabled);
    if (!store.domains.has(domainId)) fail(`${where}: unknown domainId ${domainId}`);
    if (!isSipUserName(name)) fail(`${where}: name "${name}" is not a SIP user name`);
    if (store.hasEndpointName(domainId, name)) fail(`${where}: duplicate name "${name}"`);
    if (passwordProblem(password)) fail(`${where}: ${passwordProblem(password)}`);
    if (applicationId !== undefined && !store.applications.has(applicationId)) fail(`${where}: unknown applicationId`);
    if (enabled === undefined) fail(`${where}: enabled must be a boolean`);
    store.addEndpoint({
      id: id(item, "re-", where, style),
      domainId,
      name,
      description: str(item, "description", where, false),
      applicationId,
      enabled,
      passwordHash: hashPassword(password),
    });
  });
}
