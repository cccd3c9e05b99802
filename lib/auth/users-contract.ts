// People and their own accounts: what the Users and Account pages and `npm run user` get back.
// Browser-safe, and no schema: what they send is checked with users-schema.ts, which the
// forms load when they are used, so the pages that only show people load no zod.
import type { Role } from "./roles";

/** One person, as the Users page lists them. Times in epoch milliseconds. */
export interface UserSummary {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  /** False for someone invited who has not set a password yet (or who signs in with SSO only). */
  hasPassword: boolean;
  activeSessions: number;
}

/** GET /api/users */
export interface UsersResponse {
  users: UserSummary[];
}

/** POST /api/users; `invitationLink` only when no password was given, shown once. */
export interface UserCreatedResponse {
  user: UserSummary;
  invitationLink?: string;
}

/** PATCH /api/users/[userId] and POST .../sessions/end */
export interface UserResponse {
  user: UserSummary;
}

/** POST /api/users/[userId]/password-link */
export interface PasswordLinkResponse {
  link: string;
  /** When the link stops working (epoch ms). */
  expiresAt: number;
}

/** One of the signed-in person's own sessions. */
export interface OwnSession {
  id: string;
  createdAt: number;
  lastActiveAt: number;
  address: string | null;
  userAgent: string | null;
  /** The session this request came with. */
  current: boolean;
}

/** GET /api/account/sessions */
export interface OwnSessionsResponse {
  sessions: OwnSession[];
}
