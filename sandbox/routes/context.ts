// What every Catapult route handler receives and returns.
import type { IncomingMessage } from "node:http";
import type { SandboxConfig } from "../config";
import type { Reply } from "../http-io";
import { pageOf, readPageRequest } from "../paging";
import type { SandboxSettings } from "../settings";
import type { SandboxStore } from "../store";

/** Rate limits apply per family: all of /domains, all of /domains/{id}/endpoints, /applications. */
export type Family = "domains" | "endpoints" | "applications";

export type RouteContext = {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  store: SandboxStore;
  config: SandboxConfig;
  /** The settings in force (modes and limits), which POST /_sandbox/faults may change. */
  settings: SandboxSettings;
  /** Host for absolute Link URLs when the request has no Host header (HTTP/1.0). */
  fallbackHost: string;
};

/** `endpointCreated` marks the one reply that may be lost after taking effect. */
export type RouteReply = Reply & { endpointCreated?: boolean };

export type Handler = (ctx: RouteContext) => RouteReply | Promise<RouteReply>;

export type Method = "GET" | "POST" | "DELETE";

export type Route = {
  /** Path below /v1/users/{userId}/; `:name` segments are parameters. */
  pattern: string;
  family: Family;
  methods: Partial<Record<Method, Handler>>;
  /** A method the current settings hide, and whether it then answers as an unknown path (404) or 405. */
  withheld?: (settings: SandboxSettings, method: Method) => 404 | 405 | null;
};

const MAX_PAGE_SIZE: Record<Family, (s: SandboxSettings) => number> = {
  domains: (s) => s.maxPageSizeDomains,
  endpoints: (s) => s.maxPageSizeEndpoints,
  applications: (s) => s.maxPageSizeApplications,
};

/** A 200 list answer: one page of `items` in JSON, with its Link header. */
export function pagedReply<T>(ctx: RouteContext, family: Family, items: T[], toJson: (item: T) => unknown): RouteReply {
  const request = readPageRequest(ctx.url, MAX_PAGE_SIZE[family](ctx.settings));
  const page = pageOf(items, request, { req: ctx.req, url: ctx.url, fallbackHost: ctx.fallbackHost, style: ctx.settings.linkStyle });
  return { status: 200, headers: { Link: page.link }, json: page.items.map(toJson) };
}

/** The answer to a create: the configured 2xx, empty body, and `Location` unless it is switched off. */
export function createdReply(ctx: RouteContext, rest: string): RouteReply {
  const headers: Record<string, string> = ctx.settings.createLocation === "on" ? { Location: userPath(ctx.config, rest) } : {};
  return { status: ctx.settings.createStatus, headers };
}

export function userPath(config: SandboxConfig, rest: string): string {
  return `/v1/users/${config.userId}/${rest}`;
}
