// Query keys of the API-key hooks, from one factory.
export const apiKeyKeys = {
  all: ["api-keys"] as const,
  list: (everyone: boolean) => [...apiKeyKeys.all, "list", everyone ? "everyone" : "own"] as const,
};
