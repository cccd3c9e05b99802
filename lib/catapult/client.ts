import "server-only";
// Typed operations on the Catapult v1 resources this dashboard uses.
import LinkHeader from "http-link-header";
import type { z } from "zod";
import type { EndpointChanges, NewEndpoint } from "@/lib/endpoints/schema";
import { waitBeforeRetry } from "./backoff";
import { CatapultError, isCatapultError } from "./errors";
import { type CatapultConfig, catapultRequest, type RequestOptions } from "./http";
import type { Application } from "@/lib/applications/contract";
import type { Domain } from "@/lib/domains/contract";
import type { Endpoint } from "@/lib/endpoints/contract";
import { applicationRecord, domainRecord, endpointRecord } from "./records";
import { createEndpointOnce, type CreateResult } from "./create-endpoint";

/** Work for a bulk job rather than for a person waiting: paced behind interactive requests. */
type Background = { background?: boolean };

/** Catapult's largest page; its engineers ask clients reading a whole list to use it. */
export const MAX_PAGE_SIZE = 1000;

const seg = encodeURIComponent;

export function createCatapultClient(config: CatapultConfig) {
  const request = (options: RequestOptions) => catapultRequest(config, options);

  /** Follows `Link: rel="next"` exactly as given, one page at a time. */
  async function* pages<T>(path: string, record: z.ZodType<T>, background = false): AsyncGenerator<T[]> {
    let next: string | undefined = path;
    let query: RequestOptions["query"] = { size: MAX_PAGE_SIZE };
    while (next) {
      const response = await requestIdempotent({ method: "GET", path: next, query, background });
      if (!Array.isArray(response.body)) throw new CatapultError({ kind: "bad-response", status: response.status, message: "a list answer is not a JSON array" });
      yield response.body.map((item) => parseRecord(record, item));
      const link = response.headers.get("link");
      next = link ? LinkHeader.parse(link).get("rel", "next")[0]?.uri : undefined;
      if (next) next = new URL(next, `${config.baseUrl}/`).toString();
      query = undefined;
    }
  }

  async function* items<T>(path: string, record: z.ZodType<T>, background = false): AsyncGenerator<T> {
    for await (const page of pages(path, record, background)) yield* page;
  }

  async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const item of iterable) all.push(item);
    return all;
  }

  /** GET/DELETE and updates can be repeated safely: retry server faults and lost connections. */
  async function requestIdempotent(options: RequestOptions) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        if (!isCatapultError(error) || !error.retryable || attempt >= 4) throw error;
        await waitBeforeRetry(attempt);
      }
    }
  }

  const endpointPath = (domainId: string, endpointId?: string) =>
    `/domains/${seg(domainId)}/endpoints${endpointId ? `/${seg(endpointId)}` : ""}`;

  function withDomain(domainId: string) {
    return (e: z.output<typeof endpointRecord>): Endpoint => ({ ...e, domainId: e.domainId ?? domainId });
  }

  const client = {

    listDomains: (): Promise<Domain[]> => collect(items("/domains", domainRecord)),

    async getDomain(domainId: string): Promise<Domain> {
      const response = await requestIdempotent({ method: "GET", path: `/domains/${seg(domainId)}` });
      return parseRecord(domainRecord, response.body);
    },

    listApplications: (): Promise<Application[]> => collect(items("/applications", applicationRecord)),

    /** Every endpoint of a domain, page by page (size 1000, following `next`). */
    async *listEndpoints(domainId: string, options: Background = {}): AsyncGenerator<Endpoint> {
      for await (const e of items(endpointPath(domainId), endpointRecord, options.background)) yield withDomain(domainId)(e);
    },

    listAllEndpoints: (domainId: string): Promise<Endpoint[]> => collect(client.listEndpoints(domainId)),

    async findEndpointByName(domainId: string, name: string, options: Background = {}): Promise<Endpoint | undefined> {
      for await (const e of client.listEndpoints(domainId, options)) if (e.name === name) return e;
      return undefined;
    },

    async getEndpoint(domainId: string, endpointId: string): Promise<Endpoint> {
      const response = await requestIdempotent({ method: "GET", path: endpointPath(domainId, endpointId) });
      return withDomain(domainId)(parseRecord(endpointRecord, response.body));
    },

    /** Creates at most once, whatever the network does; see create-endpoint.ts. */
    createEndpoint: (domainId: string, endpoint: NewEndpoint, options: Background & { inDoubt?: boolean } = {}): Promise<CreateResult> =>
      createEndpointOnce({
        startInDoubt: options.inDoubt,
        post: () => request({ method: "POST", path: endpointPath(domainId), body: toCatapultBody(endpoint), background: options.background }),
        findByName: () => client.findEndpointByName(domainId, endpoint.name, options),
      }),

    async updateEndpoint(domainId: string, endpointId: string, changes: EndpointChanges): Promise<void> {
      const body: Record<string, unknown> = {};
      if (changes.description !== undefined) body.description = changes.description;
      if (changes.applicationId !== undefined) body.applicationId = changes.applicationId === "" ? null : changes.applicationId;
      if (changes.enabled !== undefined) body.enabled = changes.enabled;
      if (changes.password !== undefined) body.credentials = { password: changes.password };
      await requestIdempotent({ method: "POST", path: endpointPath(domainId, endpointId), body });
    },

    async deleteEndpoint(domainId: string, endpointId: string): Promise<void> {
      await requestIdempotent({ method: "DELETE", path: endpointPath(domainId, endpointId) });
    },
  };
  return client;
}

export type CatapultClient = ReturnType<typeof createCatapultClient>;

function toCatapultBody(endpoint: NewEndpoint) {
  return {
    name: endpoint.name,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.applicationId ? { applicationId: endpoint.applicationId } : {}),
    ...(endpoint.enabled !== undefined ? { enabled: endpoint.enabled } : {}),
    credentials: { password: endpoint.password },
  };
}

function parseRecord<T>(record: z.ZodType<T>, value: unknown): T {
  const parsed = record.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "body";
    throw new CatapultError({ kind: "bad-response", message: `unexpected record from Catapult (${where})` });
  }
  return parsed.data;
}
