// /domains/{domainId}/endpoints: the resource this dashboard exists for. The create answers
// 201 with an EMPTY body; the id is only in the relative Location header, as in Catapult
// (SANDBOX_CREATE_STATUS and SANDBOX_CREATE_LOCATION give the variants a client must survive).
import { randomBytes } from "node:crypto";
import { readEndpointCreate, readEndpointUpdate } from "../endpoint-fields";
import { CatapultError, notFound, validationError } from "../errors";
import { readJsonObject } from "../http-io";
import { newId } from "../ids";
import { endpointJson } from "../representations";
import { shown } from "../rules";
import { hashPassword, type Endpoint } from "../store";
import { createdReply, pagedReply, type Route, type RouteContext, type RouteReply } from "./context";
import { requireDomain } from "./domains";

// The status for an unknown application is configurable (the docs only show 403 for
// another account's application); the code follows the status so it stays truthful.
function requireApplication(ctx: RouteContext, applicationId: string): void {
  if (ctx.store.applications.has(applicationId)) return;
  const status = ctx.settings.unknownApplicationStatus;
  const code = status === 403 ? "application-access-denied" : "application-not-found";
  throw new CatapultError(status, code, `Application ${applicationId} is not an application of this user`, [
    { name: "applicationId", value: shown(applicationId) },
  ]);
}

function requireEndpoint(ctx: RouteContext): Endpoint {
  const domain = requireDomain(ctx);
  const id = ctx.params.endpointId ?? "";
  const endpoint = ctx.store.getEndpoint(domain.id, id);
  if (!endpoint) throw notFound("endpoint-not-found", "Endpoint", id);
  return endpoint;
}

function listEndpoints(ctx: RouteContext): RouteReply {
  const domain = requireDomain(ctx);
  return pagedReply(ctx, "endpoints", ctx.store.listEndpoints(domain.id), (e) => endpointJson(e, domain, ctx.settings));
}

async function createEndpoint(ctx: RouteContext): Promise<RouteReply> {
  // The body is read first: nothing below awaits, so the checks and the insert are atomic.
  const body = await readJsonObject(ctx.req);
  const domain = requireDomain(ctx);
  const fields = readEndpointCreate(body);
  if (fields.applicationId !== undefined) requireApplication(ctx, fields.applicationId);
  if (ctx.store.hasEndpointName(domain.id, fields.name)) {
    throw new CatapultError(
      ctx.settings.duplicateNameStatus,
      "endpoint-name-already-exists",
      `An endpoint named ${fields.name} already exists in domain ${domain.id}`,
      [{ name: "name", value: fields.name }],
    );
  }
  const endpoint: Endpoint = {
    id: newId("re-", ctx.settings.idStyle),
    domainId: domain.id,
    name: fields.name,
    description: fields.description,
    applicationId: fields.applicationId,
    enabled: fields.enabled,
    passwordHash: hashPassword(fields.password),
  };
  ctx.store.addEndpoint(endpoint);
  return { ...createdReply(ctx, `domains/${domain.id}/endpoints/${endpoint.id}`), endpointCreated: true };
}

function getEndpoint(ctx: RouteContext): RouteReply {
  const endpoint = requireEndpoint(ctx);
  return { status: 200, json: endpointJson(endpoint, requireDomain(ctx), ctx.settings, true) };
}

async function updateEndpoint(ctx: RouteContext): Promise<RouteReply> {
  const body = await readJsonObject(ctx.req);
  const endpoint = requireEndpoint(ctx);
  const update = readEndpointUpdate(body, endpoint.name);
  if (typeof update.applicationId === "string") requireApplication(ctx, update.applicationId);
  // SANDBOX_NULL_UPDATE: the docs do not say whether `null` clears a field or leaves it alone.
  const applies = (value: string | null | undefined) => value !== undefined && (value !== null || ctx.settings.nullUpdate === "clear");
  // Applied only after every check passed: a refused update changes nothing.
  if (applies(update.description)) endpoint.description = update.description ?? undefined;
  if (applies(update.applicationId)) endpoint.applicationId = update.applicationId ?? undefined;
  if (update.enabled !== undefined) endpoint.enabled = update.enabled;
  if (update.password !== undefined) endpoint.passwordHash = hashPassword(update.password);
  return { status: 200 };
}

function deleteEndpoint(ctx: RouteContext): RouteReply {
  const endpoint = requireEndpoint(ctx);
  ctx.store.deleteEndpoint(endpoint.domainId, endpoint.id);
  return { status: 200 };
}

const MAX_TOKEN_SECONDS = 86_400;

async function createToken(ctx: RouteContext): Promise<RouteReply> {
  const body = await readJsonObject(ctx.req);
  requireEndpoint(ctx);
  const expires = body.expires ?? 3600;
  if (typeof expires !== "number" || !Number.isInteger(expires) || expires < 1 || expires > MAX_TOKEN_SECONDS) {
    throw validationError([{ name: "expires", value: shown(expires) }], `expires must be an integer from 1 to ${MAX_TOKEN_SECONDS}`);
  }
  return { status: 201, json: { token: randomBytes(24).toString("base64url"), expires } };
}

const endpointsPath = "domains/:domainId/endpoints";

export const endpointRoutes: Route[] = [
  { pattern: endpointsPath, family: "endpoints", methods: { GET: listEndpoints, POST: createEndpoint } },
  {
    pattern: `${endpointsPath}/:endpointId`,
    family: "endpoints",
    methods: { GET: getEndpoint, POST: updateEndpoint, DELETE: deleteEndpoint },
  },
  { pattern: `${endpointsPath}/:endpointId/tokens`, family: "endpoints", methods: { POST: createToken } },
];
