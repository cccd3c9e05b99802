import type { Endpoint } from "@/lib/endpoints/contract";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

export function sortByName(endpoints: readonly Endpoint[]): Endpoint[] {
  return endpoints.toSorted((a, b) => collator.compare(a.name, b.name));
}

/** Case-insensitive "name contains"; a blank query keeps everything. */
export function filterByName(endpoints: readonly Endpoint[], query: string): readonly Endpoint[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return endpoints;
  return endpoints.filter((e) => e.name.toLowerCase().includes(needle));
}
