// Catapult paging: `page` (from 0) and `size` (1..the resource's maximum, default 25). The
// next page is announced only through an RFC 8288 Link header; clients are asked to follow
// it as given. SANDBOX_LINK_STYLE bends those links so a client's safety checks can be shown.
import type { IncomingMessage } from "node:http";
import { validationError } from "./errors";
import type { LinkStyle } from "./settings";

export const DEFAULT_PAGE_SIZE = 25;

export type PageRequest = { page: number; size: number };

/** Where the links point: the request as the client made it, and how to bend them. */
export type LinkBase = { req: IncomingMessage; url: URL; fallbackHost: string; style: LinkStyle };

function readInteger(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = params.get(name);
  if (value === null) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw validationError([{ name, value }], `${name} must be an integer from ${min} to ${max}`);
  }
  return parsed;
}

/** `maxSize` is the resource's own maximum (100 for domains, 1000 for endpoints and applications). */
export function readPageRequest(url: URL, maxSize: number): PageRequest {
  return {
    page: readInteger(url.searchParams, "page", 0, 0, Number.MAX_SAFE_INTEGER),
    size: readInteger(url.searchParams, "size", DEFAULT_PAGE_SIZE, 1, maxSize),
  };
}

/**
 * The part of a link before `?`. `absolute` (and `loop`): `http://` + the request's Host
 * header + path, so links work behind whatever address the client used. `relative`: the
 * path only. `foreign-host`: the same port on 127.0.0.2, a loopback address that is not the
 * sandbox's, never a real outside host: a client must refuse to send its credentials there.
 */
function linkPrefix(base: LinkBase): string {
  const host = base.req.headers.host ?? base.fallbackHost;
  if (base.style === "relative") return base.url.pathname;
  if (base.style === "foreign-host") {
    let port = "";
    try {
      port = new URL(`http://${host}`).port;
    } catch {
      port = "";
    }
    return `http://127.0.0.2${port ? `:${port}` : ""}${base.url.pathname}`;
  }
  return `http://${host}${base.url.pathname}`;
}

/**
 * One page of `items` plus its Link header: `first` always, `previous` after page 0, `next`
 * only when more items exist. With the `loop` style, `next` is always there and points at
 * the page just served, so a client that does not notice a repeated link never stops.
 */
export function pageOf<T>(items: T[], request: PageRequest, base: LinkBase): { items: T[]; link: string } {
  const start = request.page * request.size;
  const pageItems = items.slice(start, start + request.size);
  const prefix = linkPrefix(base);
  const at = (page: number) => `<${prefix}?page=${page}&size=${request.size}>`;
  const links = [`${at(0)}; rel="first"`];
  if (request.page > 0) links.push(`${at(Math.min(request.page - 1, lastPage(items.length, request.size)))}; rel="previous"`);
  if (base.style === "loop") links.push(`${at(request.page)}; rel="next"`);
  else if (start + request.size < items.length) links.push(`${at(request.page + 1)}; rel="next"`);
  return { items: pageItems, link: links.join(", ") };
}

function lastPage(count: number, size: number): number {
  return Math.max(0, Math.ceil(count / size) - 1);
}
