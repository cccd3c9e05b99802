// /domains: list, create, get, delete.
import { CatapultError, notFound, validationError } from "../errors";
import { readJsonObject } from "../http-io";
import { newId } from "../ids";
import { domainJson } from "../representations";
import { addProblem, isDomainName, newProblems, shown, type FieldProblems } from "../rules";
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

/** The docs make both fields mandatory; an empty string counts as missing (the sandbox's choice). */
function requiredString(body: Record<string, unknown>, field: string, problems: FieldProblems): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === "") addProblem(problems, field, "", `${field} is required`);
  else if (typeof value !== "string") addProblem(problems, field, shown(value), `${field} must be a string`);
  else return value;
  return undefined;
}

async function createDomain(ctx: RouteContext): Promise<RouteReply> {
  const body = await readJsonObject(ctx.req);
  const problems = newProblems();
  const name = requiredString(body, "name", problems);
  if (name !== undefined && !isDomainName(name)) {
    addProblem(problems, "name", shown(name), 'name must be 1-63 letters, digits, "-" or "_"');
  }
  const description = requiredString(body, "description", problems);
  if (name === undefined || description === undefined || problems.details.length > 0) {
    throw validationError(problems.details, problems.messages.join("; "));
  }
  if (ctx.store.findDomainByName(name)) {
    throw new CatapultError(ctx.settings.duplicateNameStatus, "domain-name-already-exists", `A domain named ${name} already exists`, [
      { name: "name", value: name },
    ]);
  }
  // The docs give the limit (100 per account) but not the answer: status and code are a choice.
  const max = ctx.settings.maxDomains;
  if (ctx.store.domains.size >= max) {
    throw new CatapultError(400, "domain-limit-reached", `An account holds at most ${max} domains`, [
      { name: "domains", value: String(ctx.store.domains.size) },
    ]);
  }
  const domain: Domain = { id: newId("rd-", ctx.settings.idStyle), name, description };
  ctx.store.addDomain(domain);
  return createdReply(ctx, `domains/${domain.id}`);
}

function getDomain(ctx: RouteContext): RouteReply {
  return { status: 200, json: domainJson(ctx.config.userId, requireDomain(ctx)) };
}

/** The docs do not say what happens to a domain's endpoints: SANDBOX_DELETE_DOMAIN_WITH_ENDPOINTS. */
function deleteDomain(ctx: RouteContext): RouteReply {
  const domain = requireDomain(ctx);
  const count = ctx.store.endpointCount(domain.id);
  if (count > 0 && ctx.settings.deleteDomainWithEndpoints === "refuse") {
    throw new CatapultError(409, "domain-has-endpoints", `Domain ${domain.id} still holds ${count} endpoint(s)`, [
      { name: "endpoints", value: String(count) },
    ]);
  }
  ctx.store.deleteDomain(domain.id);
  return { status: 200 };
}

export const domainRoutes: Route[] = [
  { pattern: "domains", family: "domains", methods: { GET: listDomains, POST: createDomain } },
  {
    pattern: "domains/:domainId",
    family: "domains",
    methods: { GET: getDomain, DELETE: deleteDomain },
    // GET of one domain is not among the documented calls: SANDBOX_GET_DOMAIN can take it away.
    withheld: (settings, method) => (method !== "GET" || settings.getDomain === "on" ? null : settings.getDomain === "404" ? 404 : 405),
  },
];
