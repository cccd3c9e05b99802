// GET /applications and /applications/{id}. Applications are read-only here: they come
// from the seed, which is all the dashboard needs of them.
import { notFound } from "../errors";
import { applicationJson } from "../representations";
import { pagedReply, type Route, type RouteContext } from "./context";

function listApplications(ctx: RouteContext) {
  return pagedReply(ctx, "applications", [...ctx.store.applications.values()], applicationJson);
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
