// The account's applications, from Catapult (for the endpoint form's select).
import { getCatapult } from "@/lib/catapult";
import { apiRoute } from "@/lib/api/server/api-route";

export const GET = apiRoute(async () => Response.json({ applications: await getCatapult().listApplications() }));
