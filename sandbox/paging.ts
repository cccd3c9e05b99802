// Catapult paging: `page` (from 0) and `size` (1..1000, default 25). The next page is
// announced only through an RFC 8288 Link header; clients are asked to follow it as given.
import type { IncomingMessage } from "node:http";
import { validationError } from "./errors";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;

export type PageRequest = { page: number; size: number };

function readInteger(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = params.get(name);
  if (value === null) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw validationError([{ name, value }], `${name} must be an integer from ${min} to ${max}`);
  }
  return parsed;
}

export function readPageRequest(url: URL): PageRequest {
  return {
    page: readInteger(url.searchParams, "page", 0, 0, Number.MAX_SAFE_INTEGER),
    size: readInteger(url.searchParams, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

/**
 * One page of `items` plus its Link header. Links are absolute, built from the request's
 * Host header so they work behind whatever address the client used.
 */
export function pageOf<T>(
  items: T[],
  request: PageRequest,
  req: IncomingMessage,
  url: URL,
  fallbackHost: string,
): { items: T[]; link: string } {
  const start = request.page * request.size;
  const pageItems = items.slice(start, start + request.size);
  const base = `http://${req.headers.host ?? fallbackHost}${url.pathname}`;
  const at = (page: number) => `<${base}?page=${page}&size=${request.size}>`;
  const links = [`${at(0)}; rel="first"`];
  if (request.page > 0) links.push(`${at(Math.min(request.page - 1, lastPage(items.length, request.size)))}; rel="previous"`);
  if (start + request.size < items.length) links.push(`${at(request.page + 1)}; rel="next"`);
  return { items: pageItems, link: links.join(", ") };
}

function lastPage(count: number, size: number): number {
  return Math.max(0, Math.ceil(count / size) - 1);
}
