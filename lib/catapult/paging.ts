import "server-only";
// Reading a whole list: the first page at the resource's largest size, then `Link: rel="next"`
// exactly as given (Catapult asks clients not to build their own page numbers). A next link
// is followed only to Catapult itself — same scheme, host and port as the configured base
// URL and a path under /v1/users/{userId}/ — so the Basic credentials never go anywhere
// else; a list that loops, or runs past MAX_PAGES, stops with an error rather than a
// silently partial answer (a create's duplicate check reads these lists).
import LinkHeader from "http-link-header";
import type { z } from "zod";
import { CatapultError } from "./errors";
import type { CatapultConfig, CatapultResponse, RequestOptions } from "./http";

/** Each resource's largest page (node-bandwidth lib/domain.js, C# DomainQuery: 100 for domains). */
export const MAX_PAGE_SIZE = { domains: 100, endpoints: 1000, applications: 1000 } as const;
/** 200 pages of 1,000: 200,000 endpoints, far beyond any real domain. */
export const MAX_PAGES = 200;

type Send = (options: RequestOptions) => Promise<CatapultResponse>;

export async function* readPages<T>(
  config: CatapultConfig,
  send: Send,
  list: { path: string; size: number; record: z.ZodType<T>; background?: boolean },
): AsyncGenerator<T[]> {
  const seen = new Set<string>();
  let next: string | undefined = list.path;
  let query: RequestOptions["query"] = { size: list.size };
  for (let page = 1; next; page++) {
    if (page > MAX_PAGES) throw unsafe(`the list has more than ${MAX_PAGES} pages`);
    const response = await send({ method: "GET", path: next, query, background: list.background });
    if (!Array.isArray(response.body)) throw new CatapultError({ kind: "bad-response", status: response.status, message: "a list answer is not a JSON array" });
    yield response.body.map((item) => parseRecord(list.record, item));
    next = nextLink(config, response, seen);
    query = undefined;
  }
}

function nextLink(config: CatapultConfig, response: CatapultResponse, seen: Set<string>): string | undefined {
  const header = response.headers.get("link");
  const uri = header ? LinkHeader.parse(header).get("rel", "next")[0]?.uri : undefined;
  if (!uri) return undefined;
  const base = new URL(`${config.baseUrl}/`);
  let next: URL;
  try {
    next = new URL(uri, base);
  } catch {
    throw unsafe("the next-page link is not a URL");
  }
  if (next.protocol !== base.protocol || next.host !== base.host || !next.pathname.startsWith(`/v1/users/${encodeURIComponent(config.userId)}/`)) {
    throw unsafe("the next-page link points outside this Catapult account; it was not followed");
  }
  if (seen.has(next.href)) throw unsafe("the next-page link repeats an earlier page");
  seen.add(next.href);
  return next.href;
}

function unsafe(message: string): CatapultError {
  return new CatapultError({ kind: "bad-response", message });
}

export function parseRecord<T>(record: z.ZodType<T>, value: unknown): T {
  const parsed = record.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "body";
    throw new CatapultError({ kind: "bad-response", message: `unexpected record from Catapult (${where})` });
  }
  return parsed.data;
}
