// GET /applications and /applications/{id}. Applications are read-only here: they come
// from the seed, which is all the dashboard needs of them.
import { notFound } from "../errors";
import { pageOf, readPageRequest } from "../paging";
import { applicationJson } from "../representations";
import type { Route, RouteContext } from "./context";

function listApplications(ctx: RouteContext) {
  const page = pageOf([...ctx.store.applications.values()], readPageRequest(ctx.url), ctx.req, ctx.url, ctx.fallbackHost);
  return { status: 200, headers: { Link: page.link }, json: page.items.map(applicationJson) };
}

function getApplication(ctx: RouteContext) {
  const id = ctx.params.applicationId ?? "";
  const application = ctx.store.applications.get(id);
  if (!application) throw notFound("application-not-found", "Application", id);
  return { status: 200, json: applicationJson(application) };
}

export const applicationRoutes: Route[] = [
  { pattern: "applications", family: "applications", methods: { GET: listApplications } },
  { pattern: "applications/:applicationId", family: "applications", methods: { GET: getApplication } },
];
