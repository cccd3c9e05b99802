import "server-only";
// For pages (server components): the signed-in person. proxy.ts has already refused a page to
// anyone without a session or without its role; this reads who it is, for the page to show.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type Actor, resolveActor } from "./actor";

export async function currentActor(): Promise<Actor> {
  const actor = await resolveActor(await headers());
  if (!actor) redirect("/sign-in");
  return actor;
}
