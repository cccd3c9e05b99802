// Query keys and API paths of the bulk job hooks, from one factory.
export const bulkJobKeys = {
  all: ["bulk-jobs"] as const,
  detail: (jobId: string) => [...bulkJobKeys.all, "detail", jobId] as const,
};

export const bulkJobApiPath = (jobId: string) => `/api/bulk-jobs/${encodeURIComponent(jobId)}`;
