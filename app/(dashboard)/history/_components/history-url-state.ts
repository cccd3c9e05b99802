// History's URL: ?domainId=&name=&page=, as the page reads it on the server; the filters
// write it with historySearch (lib/history/contract.ts). A filtered view can be shared or reloaded.
import { createLoader, parseAsInteger, parseAsString } from "nuqs/server";

export const historyUrlState = {
  domainId: parseAsString.withDefault(""),
  name: parseAsString.withDefault(""),
  /** From 1; a filter change goes back to the first page. */
  page: parseAsInteger.withDefault(1),
};

export const loadHistoryUrlState = createLoader(historyUrlState);
