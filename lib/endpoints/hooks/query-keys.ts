// Query keys of the endpoint hooks, from one factory, so a mutation invalidates exactly
// what it changed.
export const endpointKeys = {
  all: ["endpoints"] as const,
  list: (domainId: string) => [...endpointKeys.all, "list", domainId] as const,
  detail: (domainId: string, endpointId: string) => [...endpointKeys.all, "detail", domainId, endpointId] as const,
};

export const endpointApiPath = (domainId: string, endpointId?: string) =>
  `/api/domains/${encodeURIComponent(domainId)}/endpoints${endpointId === undefined ? "" : `/${encodeURIComponent(endpointId)}`}`;
