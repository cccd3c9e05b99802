// The audit log's URL: ?actor=&action=&target=&from=&to=&page=, as the page reads it on the
// server; the filters write it with auditSearch (lib/audit/contract.ts), as the API takes it.
// `from` and `to` are moments (epoch ms), so a shared link means the same time range in every
// time zone; the filters show them as the reader's local date and time.
import { createLoader, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { AUDIT_ACTIONS } from "@/lib/audit/contract";

export const auditUrlState = {
  actor: parseAsString.withDefault(""),
  action: parseAsStringLiteral(AUDIT_ACTIONS),
  target: parseAsString.withDefault(""),
  from: parseAsInteger,
  to: parseAsInteger,
  /** From 0, as the API counts; a filter change goes back to the first page. */
  page: parseAsInteger.withDefault(0),
};

export const loadAuditUrlState = createLoader(auditUrlState);
