import "server-only";
// For pages (server components): the signed-in person. proxy.ts has already refused a page to
// anyone without a session or without its role; this reads who it is, for the page to show.
// Once per request: the layout and the page both ask.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { type Actor, resolveActor } from "./actor";

export const currentActor = cache(async (): Promise<Actor> => {
  const actor = await resolveActor(await headers());
  if (!actor) redirect("/sign-in");
  return actor;
});
