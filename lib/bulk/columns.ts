// The columns a bulk paste can carry, and the header words recognised for each
// (compared case-insensitively, ignoring spaces, dashes and underscores).
export const COLUMN_KEYS = ["name", "description", "applicationId", "application", "enabled", "password"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export type ColumnMapping = (ColumnKey | "ignore")[];

export const COLUMN_LABELS: Record<ColumnKey | "ignore", string> = {
  name: "Name",
  description: "Description",
  applicationId: "Application id",
  application: "Application name",
  enabled: "Enabled",
  password: "Password",
  ignore: "(ignore this column)",
};

const HEADER_WORDS: Record<string, ColumnKey> = {
  name: "name",
  endpoint: "name",
  endpointname: "name",
  description: "description",
  applicationid: "applicationId",
  appid: "applicationId",
  application: "application",
  applicationname: "application",
  app: "application",
  enabled: "enabled",
  password: "password",
  sippassword: "password",
};

export function columnForHeader(cell: string): ColumnKey | undefined {
  return HEADER_WORDS[cell.toLowerCase().replace(/[\s_-]+/g, "")];
}

export const TEMPLATE_CSV =
  "name,description,application,enabled,password\r\n" +
  "jsmith_mobile,John Smith's mobile,,true,\r\n" +
  "+1-919-555-0100,Front desk phone,,false,Chang3-me!\r\n";
