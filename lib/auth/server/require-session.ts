import "server-only";
// For pages (server components): no valid session, no page.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isValidSession, SESSION_COOKIE } from "./session";

export async function requireSession(): Promise<void> {
  const store = await cookies();
  if (!(await isValidSession(store.get(SESSION_COOKIE)?.value))) redirect("/sign-in");
}
