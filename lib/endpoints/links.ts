// Dashboard page addresses for domains and endpoints, in one place.
export const domainHref = (domainId: string) => `/domains/${encodeURIComponent(domainId)}`;
export const endpointHref = (domainId: string, endpointId: string) => `${domainHref(domainId)}/endpoints/${encodeURIComponent(endpointId)}`;
export const newEndpointHref = (domainId: string) => `${domainHref(domainId)}/endpoints/new`;
export const bulkImportHref = (domainId: string) => `${domainHref(domainId)}/endpoints/bulk`;
