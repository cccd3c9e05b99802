// Any other /api path: a 404 in the API's envelope rather than an HTML page.
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";

const notFound = apiRoute(async () => {
  throw new ApiError("not_found", "There is no such API route.");
}, { access: "viewer" });

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
