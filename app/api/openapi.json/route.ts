// The OpenAPI 3.1 document, generated from the handlers' zod schemas. Viewer, not public:
// it maps every route and rule, and everyone who can use it holds a key or a session anyway.
import { apiRoute } from "@/lib/api/server/api-route";
import { buildOpenApiDocument } from "@/lib/api/openapi/openapi-document";
import packageJson from "@/package.json" with { type: "json" };

export const GET = apiRoute(async () => Response.json(buildOpenApiDocument(packageJson.version)), { access: "viewer" });
