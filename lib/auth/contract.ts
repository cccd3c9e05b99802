// What the session API answers. Browser-safe.
import type { Role } from "./roles";

/** GET /api/session */
export interface SessionResponse {
  user: { id: string; email: string; role: Role };
  /** How the request was authenticated. */
  via: "user" | "api-key";
}
