// /domains: list, create, get, delete. Deleting a domain deletes its endpoints with it.
import { CatapultError, notFound, validationError } from "../errors";
import { readJsonObject } from "../http-io";
import { newId } from "../ids";
import { domainJson } from "../representations";
import { addProblem, isDnsSafeName, newProblems, optionalString, shown } from "../rules";
import type { Domain } from "../store";
import { createdReply, pagedReply, type Route, type RouteContext, type RouteReply } from "./context";

export function requireDomain(ctx: RouteContext): Domain {
  const id = ctx.params.domainId ?? "";
  const domain = ctx.store.domains.get(id);
  if (!domain) throw notFound("domain-not-found", "Domain", id);
  return domain;
}

function listDomains(ctx: RouteContext): RouteReply {
  return pagedReply(ctx, "domains", [...ctx.store.domains.values()], (d) => domainJson(ctx.config.userId, d));
}

async function createDomain(ctx: RouteContext): Promise<RouteReply> {
  const body = await readJsonObject(ctx.req);
  const problems = newProblems();
  const name = body.name;
  if (name === undefined || name === null || name === "") addProblem(problems, "name", "", "name is required");
  else if (typeof name !== "string") addProblem(problems, "name", shown(name), "name must be a string");
  else if (!isDnsSafeName(name)) {
    addProblem(problems, "name", shown(name), "name must be 1-63 letters, digits or hyphens, not starting or ending with a hyphen");
  }
  const description = optionalString(body, "description", problems) ?? undefined;
  if (problems.details.length > 0) throw validationError(problems.details, problems.messages.join("; "));
  const domainName = name as string;
  if (ctx.store.findDomainByName(domainName)) {
    throw new CatapultError(ctx.settings.duplicateNameStatus, "domain-name-already-exists", `A domain named ${domainName} already exists`, [
      { name: "name", value: domainName },
    ]);
  }
  const domain: Domain = { id: newId("rd-", ctx.settings.idStyle), name: domainName, description };
  ctx.store.addDomain(domain);
  return createdReply(ctx, `domains/${domain.id}`);
}

function getDomain(ctx: RouteContext) {
  return { status: 200, json: domainJson(ctx.config.userId, requireDomain(ctx)) };
}

function deleteDomain(ctx: RouteContext) {
  ctx.store.deleteDomain(requireDomain(ctx).id);
  return { status: 200 };
}

export const domainRoutes: Route[] = [
  { pattern: "domains", family: "domains", methods: { GET: listDomains, POST: createDomain } },
  { pattern: "domains/:domainId", family: "domains", methods: { GET: getDomain, DELETE: deleteDomain } },
];
