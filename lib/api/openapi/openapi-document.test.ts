import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { ApiErrorBody } from "@/lib/api/api-error";
import { createBulkJobCsvQuerySchema, createBulkJobSchema } from "@/lib/bulk/job-schema";
import { endpointChangesSchema } from "@/lib/endpoints/schema";
import { apiErrorBodySchema } from "./error-envelope";
import { buildOpenApiDocument } from "./openapi-document";

const doc = buildOpenApiDocument("1.2.3");
type Operation = { parameters?: { name: string; in: string; required: boolean }[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, unknown> };
const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ path: p, method, op: op as Operation })));

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === "$ref" && typeof v === "string" ? [v] : refs(v)));
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer scheme every operation uses", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe("1.2.3");
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ apiKey: [] }]);
  });

  it("every $ref points at something in the document", () => {
    const found = refs(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const ref of found) {
      const target = ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("every operation is a route handler that exists, with its path parameters declared", () => {
    for (const { path: p, method, op } of operations) {
      const file = path.join(process.cwd(), "app", p.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(readFileSync(file, "utf8"), `${method} ${p}`).toMatch(new RegExp(`export const ${method.toUpperCase()}\\b`));
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters?.filter((x) => x.in === "path").map((x) => x.name) ?? [], p).toEqual(names);
      expect(op.responses.default).toBeDefined();
    }
  });

  it("request bodies are z.toJSONSchema's output for the schemas the handlers parse with", () => {
    const { $schema: _a, ...job } = z.toJSONSchema(createBulkJobSchema, { io: "input" });
    const { $schema: _b, ...changes } = z.toJSONSchema(endpointChangesSchema, { io: "input" });
    const bulk = operations.find((o) => o.path === "/api/bulk-jobs" && o.method === "post")!.op;
    expect(bulk.requestBody!.content["application/json"]!.schema).toEqual(job);
    expect(bulk.requestBody!.content["text/csv"]!.schema).toMatchObject({ type: "string" });
    const patch = operations.find((o) => o.path.endsWith("{endpointId}") && o.method === "patch")!.op;
    expect(patch.requestBody!.content["application/json"]!.schema).toEqual(changes);
    // The CSV job's settings are the JSON body's fields, rows aside: the same enum values.
    const query = bulk.parameters!.filter((x) => x.in === "query").map((x) => x.name);
    expect(query).toEqual(Object.keys(createBulkJobCsvQuerySchema.shape));
  });

  it("lists the routes an automation needs", () => {
    const listed = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);
    for (const needed of ["GET /api/domains", "GET /api/domains/{domainId}/endpoints", "GET /api/domains/{domainId}/endpoints/export", "POST /api/bulk-jobs", "GET /api/bulk-jobs", "GET /api/bulk-jobs/{jobId}", "POST /api/bulk-jobs/{jobId}/actions", "GET /api/history", "GET /api/audit", "GET /api/session"]) {
      expect(listed).toContain(needed);
    }
  });

  it("the error envelope schema is the ApiErrorBody type", () => {
    expectTypeOf<z.infer<typeof apiErrorBodySchema>>().toEqualTypeOf<ApiErrorBody>();
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });
});
