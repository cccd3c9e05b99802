// The account's applications, from Catapult (for the endpoint form's select).
import { apiRoute } from "@/lib/api/server/api-route";
import type { ApplicationsResponse } from "@/lib/applications/contract";
import { getCatapult } from "@/lib/catapult";

export const GET = apiRoute(async () => Response.json({ applications: await getCatapult().listApplications() } satisfies ApplicationsResponse), { access: "viewer" });
