import "server-only";
// Typed operations on the Catapult v1 resources this dashboard uses.
import type { z } from "zod";
import type { Application } from "@/lib/applications/contract";
import type { Domain } from "@/lib/domains/contract";
import type { Endpoint } from "@/lib/endpoints/contract";
import type { EndpointChanges, NewEndpoint } from "@/lib/endpoints/schema";
import { waitBeforeRetry } from "./backoff";
import { createOnce, type CreateResult } from "./create-once";
import { isCatapultError } from "./errors";
import { type CatapultConfig, catapultRequest, type RequestOptions } from "./http";
import { MAX_PAGE_SIZE, parseRecord, readPages } from "./paging";
import { applicationRecord, domainRecord, endpointBody, endpointListItem } from "./records";

/** Work for a bulk job rather than for a person waiting: paced behind interactive requests. */
type Background = { background?: boolean };

const seg = encodeURIComponent;
const endpointPath = (domainId: string, endpointId?: string) => `/domains/${seg(domainId)}/endpoints${endpointId ? `/${seg(endpointId)}` : ""}`;

export function createCatapultClient(config: CatapultConfig) {
  const request = (options: RequestOptions) => catapultRequest(config, options);

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

  async function* items<T>(path: string, size: number, record: z.ZodType<T>, background = false): AsyncGenerator<T> {
    for await (const page of readPages(config, requestIdempotent, { path, size, record, background })) yield* page;
  }

  const client = {
    listDomains: (): Promise<Domain[]> => collect(items("/domains", MAX_PAGE_SIZE.domains, domainRecord)),

    /** GET /domains/{id} is not among the documented calls: on 404 or 405 the list answers. */
    async getDomain(domainId: string): Promise<Domain> {
      try {
        const response = await requestIdempotent({ method: "GET", path: `/domains/${seg(domainId)}` });
        return parseRecord(domainRecord, response.body);
      } catch (error) {
        if (!isCatapultError(error) || (error.status !== 404 && error.status !== 405)) throw error;
        const found = (await client.listDomains()).find((d) => d.id === domainId);
        if (!found) throw error;
        return found;
      }
    },

    /** Creates at most once, like an endpoint: after a doubtful attempt the name is looked up first. */
    createDomain: (domain: { name: string; description: string }): Promise<CreateResult> =>
      createOnce({
        post: () => request({ method: "POST", path: "/domains", body: { name: domain.name, description: domain.description } }),
        findByName: async () => (await client.listDomains()).find((d) => d.name === domain.name),
      }),

    async deleteDomain(domainId: string): Promise<void> {
      await requestIdempotent({ method: "DELETE", path: `/domains/${seg(domainId)}` });
    },

    listApplications: (): Promise<Application[]> => collect(items("/applications", MAX_PAGE_SIZE.applications, applicationRecord)),

    /** Every endpoint of a domain, page by page (following `next`). */
    listEndpoints: (domainId: string, options: Background = {}): AsyncGenerator<Endpoint> =>
      items(endpointPath(domainId), MAX_PAGE_SIZE.endpoints, endpointListItem(domainId), options.background),

    listAllEndpoints: (domainId: string): Promise<Endpoint[]> => collect(client.listEndpoints(domainId)),

    /** The same list a page at a time, as each answer arrives (the endpoint-list cache stores each at once). */
    listEndpointPages: (domainId: string, options: Background = {}): AsyncGenerator<Endpoint[]> =>
      readPages(config, requestIdempotent, { path: endpointPath(domainId), size: MAX_PAGE_SIZE.endpoints, record: endpointListItem(domainId), background: options.background }),

    async findEndpointByName(domainId: string, name: string, options: Background = {}): Promise<Endpoint | undefined> {
      for await (const e of client.listEndpoints(domainId, options)) if (e.name === name) return e;
      return undefined;
    },

    async getEndpoint(domainId: string, endpointId: string, options: Background = {}): Promise<Endpoint> {
      const response = await requestIdempotent({ method: "GET", path: endpointPath(domainId, endpointId), background: options.background });
      return parseRecord(endpointBody(domainId, endpointId), response.body);
    },

    /** Creates at most once, whatever the network does; see create-once.ts. */
    createEndpoint: (domainId: string, endpoint: NewEndpoint, options: Background & { inDoubt?: boolean } = {}): Promise<CreateResult> =>
      createOnce({
        startInDoubt: options.inDoubt,
        post: () => request({ method: "POST", path: endpointPath(domainId), body: toCatapultBody(endpoint), background: options.background }),
        findByName: () => client.findEndpointByName(domainId, endpoint.name, options),
      }),

    /** Sends only the fields given; what Catapult kept is for the caller to read back. */
    async updateEndpoint(domainId: string, endpointId: string, changes: EndpointChanges, options: Background = {}): Promise<void> {
      const body: Record<string, unknown> = {};
      if (changes.description !== undefined) body.description = changes.description;
      if (changes.applicationId !== undefined) body.applicationId = changes.applicationId === "" ? null : changes.applicationId;
      if (changes.enabled !== undefined) body.enabled = changes.enabled;
      if (changes.password !== undefined) body.credentials = { password: changes.password };
      await requestIdempotent({ method: "POST", path: endpointPath(domainId, endpointId), body, background: options.background });
    },

    async deleteEndpoint(domainId: string, endpointId: string, options: Background = {}): Promise<void> {
      await requestIdempotent({ method: "DELETE", path: endpointPath(domainId, endpointId), background: options.background });
    },
  };
  return client;
}

export type CatapultClient = ReturnType<typeof createCatapultClient>;

/** Array.fromAsync, which Node 20 lacks. */
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

function toCatapultBody(endpoint: NewEndpoint) {
  return {
    name: endpoint.name,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.applicationId ? { applicationId: endpoint.applicationId } : {}),
    ...(endpoint.enabled !== undefined ? { enabled: endpoint.enabled } : {}),
    credentials: { password: endpoint.password },
  };
}
