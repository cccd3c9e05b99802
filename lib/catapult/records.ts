import "server-only";
// What Catapult sends back, read tolerantly (unknown fields ignored, `enabled` as boolean or
// string) and mapped to the project's own types, so nothing outside lib/catapult depends
// on Catapult's field names.
import { z } from "zod";
import type { Application } from "@/lib/applications/contract";
import type { Domain } from "@/lib/domains/contract";
import type { Endpoint } from "@/lib/endpoints/contract";
import { enabledFlagSchema } from "@/lib/endpoints/schema";


const text = z.string().nullish().transform((v) => v ?? null);

export const domainRecord = z
  .object({ id: z.string().min(1), name: z.string(), description: text })
  .transform((d): Domain => ({ id: d.id, name: d.name, description: d.description }));

export const applicationRecord = z
  .object({ id: z.string().min(1), name: z.string().nullish(), incomingCallUrl: text })
  .transform((a): Application => ({ id: a.id, name: a.name ?? a.id, incomingCallUrl: a.incomingCallUrl }));

const endpointFields = {
  name: z.string(),
  description: text,
  domainId: z.string().nullish(),
  applicationId: text,
  enabled: z.nullish(enabledFlagSchema),
  sipUri: z.string().nullish(),
  credentials: z.object({ realm: z.string().nullish(), username: z.string().nullish() }).nullish(),
};

type EndpointFields = z.output<z.ZodObject<typeof endpointFields>>;

/** An endpoint without its domain and id: the list's items carry both, one endpoint's GET may not. */
function toEndpoint(e: EndpointFields, id: string, domainId: string): Endpoint {
  return {
    id,
    name: e.name,
    description: e.description,
    domainId: e.domainId ?? domainId,
    applicationId: e.applicationId,
    enabled: e.enabled ?? true,
    sipUri: e.sipUri ?? "",
    realm: e.credentials?.realm ?? "",
    username: e.credentials?.username ?? "",
  };
}

/** An item of a domain's endpoint list: it must say which endpoint it is. */
export const endpointListItem = (domainId: string) =>
  z.object({ id: z.string().min(1), ...endpointFields }).transform((e) => toEndpoint(e, e.id, domainId));

/** The answer to GET of one endpoint: the docs' samples omit `id`, so the path's id stands in. */
export const endpointBody = (domainId: string, endpointId: string) =>
  z.object({ id: z.string().min(1).nullish(), ...endpointFields }).transform((e) => toEndpoint(e, e.id ?? endpointId, domainId));
