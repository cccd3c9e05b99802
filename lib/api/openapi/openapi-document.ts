// The OpenAPI 3.1 document (GET /api/openapi.json), generated from the zod schemas the
// handlers parse with (z.toJSONSchema: JSON Schema 2020-12, OpenAPI 3.1's own dialect).
// Nothing here restates a field or a rule: change a schema and the document follows.
import { z } from "zod";
import { catapultIdSchema } from "@/lib/endpoints/schema";
import { apiErrorBodySchema } from "./error-envelope";
import { accessNote, API_OPERATIONS, type ApiOperation } from "./operations";

type JsonSchema = Record<string, unknown>;

/** A schema as a client sends it (defaults make fields optional), without its `$schema` line. */
export function inputJsonSchema(schema: z.core.$ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
  return rest;
}

export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) (paths[operation.path] ??= {})[operation.method] = toOperation(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Catapult endpoints dashboard API",
      version,
      description:
        "Provision SIP endpoints and run bulk jobs from scripts. Send an API key (made on /api-keys) as `Authorization: Bearer <key>`; it acts as its owner, with the owner's current role, and the audit log lists its actions under the owner.",
    },
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from the dashboard's API keys page." } },
      schemas: { Error: inputJsonSchema(apiErrorBodySchema) },
    },
  };
}

function toOperation(operation: ApiOperation) {
  const pathNames = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const parameters = [
    ...pathNames.map((name) => ({ name, in: "path", required: true, schema: inputJsonSchema(catapultIdSchema) })),
    ...(operation.query ? queryParameters(operation.query, operation.queryNote) : []),
  ];
  const requestBody = operation.body && {
    required: true,
    content: Object.fromEntries(Object.entries(operation.body).map(([type, schema]) => [type, { schema: "_zod" in schema ? inputJsonSchema(schema) : schema }])),
  };
  const okContent = operation.ok.mediaTypes
    ? Object.fromEntries(operation.ok.mediaTypes.map((type) => [type, { schema: { type: "string" } }]))
    : operation.ok.status === 204
      ? undefined
      : { "application/json": { schema: { type: "object" } } };
  return {
    summary: operation.summary,
    description: accessNote(operation.access),
    operationId: `${operation.method}${operation.path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      [String(operation.ok.status)]: { description: operation.ok.description, ...(okContent ? { content: okContent } : {}) },
      default: { description: "An error, in the one envelope; the HTTP status matches error.code.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    },
  };
}

function queryParameters(schema: z.core.$ZodObject, note: string | undefined) {
  const json = inputJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    // With a note the parameters apply to one kind of body only, so none is required for all.
    required: !note && (json.required ?? []).includes(name),
    ...(note ? { description: note } : {}),
    schema: property,
  }));
}
