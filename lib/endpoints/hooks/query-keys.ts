// API paths of the endpoint hooks, from one place.
export const endpointApiPath = (domainId: string, endpointId?: string) =>
  `/api/domains/${encodeURIComponent(domainId)}/endpoints${endpointId === undefined ? "" : `/${encodeURIComponent(endpointId)}`}`;
