// Query keys of the domain hooks, from one factory.
export const domainKeys = {
  all: ["domains"] as const,
  list: () => [...domainKeys.all, "list"] as const,
  detail: (domainId: string) => [...domainKeys.all, "detail", domainId] as const,
};
