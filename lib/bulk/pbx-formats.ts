// Other systems' exports, pasted as they are: FreePBX Bulk Handler and FusionPBX extension
// CSVs, and Asterisk pjsip.conf / sip.conf text. Each is recognised from its header (or its
// sections) and given a column mapping the admin can still change; every column we do not
// use is listed by name, so nothing is dropped unseen. Browser-safe and pure.
import Papa from "papaparse";
import type { ColumnMapping } from "./columns";
import { ASTERISK_COLUMNS, readAsteriskConfig } from "./asterisk-config";

export const PBX_FORMATS = ["freepbx", "freepbx-short", "fusionpbx", "asterisk-pjsip", "asterisk-sip"] as const;
export type PbxFormat = (typeof PBX_FORMATS)[number];

export const PBX_FORMAT_LABELS: Record<PbxFormat, string> = {
  freepbx: "FreePBX Bulk Handler export",
  "freepbx-short": "FreePBX Bulk Handler CSV (short form)",
  fusionpbx: "FusionPBX extensions CSV",
  "asterisk-pjsip": "Asterisk pjsip.conf",
  "asterisk-sip": "Asterisk sip.conf",
};

/** Why a source column maps as it does, beyond its name; the UI words each code. */
export const PBX_COLUMN_NOTES = ["portal_password", "portal_password_no_secret", "regen", "display_name", "tech_checked", "auth_username", "section_name"] as const;
export type PbxColumnNote = (typeof PBX_COLUMN_NOTES)[number];

/** The password cell that tells FreePBX to make up a secret: we generate one the same way. */
export const REGEN_WORD = "REGEN";
/** FreePBX's `tech` values that are SIP; anything else (iax2, dahdi, custom…) cannot become a Catapult endpoint. */
export const SIP_TECHS: ReadonlySet<string> = new Set(["sip", "pjsip"]);

export interface PbxRecord {
  /** Where the row starts in the paste: its CSV row, or an Asterisk section's line. */
  sourceRow: number;
  cells: string[];
}

export interface PbxExport {
  format: PbxFormat;
  /** The source's column names (for Asterisk: the settings read from each section). */
  columns: string[];
  mapping: ColumnMapping;
  notes: Partial<Record<number, PbxColumnNote>>;
  records: PbxRecord[];
  /** `REGEN` in the password column means "generate one" (FreePBX). */
  regenerate: boolean;
  /** The column whose value must be sip/pjsip (FreePBX `tech`), if any. */
  techColumn: number | undefined;
  /** Rows are lines of a CSV, so a row can be rewritten in place (not true of config text). */
  tabular: boolean;
}

export function readPbxExport(text: string): PbxExport | null {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r\n|\n|\r/).find((line) => line.trim() !== "" && !/^\s*[;#]/.test(line)) ?? "";
  if (/^\s*\[[^\]]+\]/.test(firstLine)) return asterisk(clean);
  if (!/extension/i.test(firstLine)) return null;
  const delimiter = firstLine.includes("\t") ? "\t" : ",";
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const all = parsed.data.map((cells, index) => ({ cells, sourceRow: index + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = all[0]?.cells.map((c) => c.trim()) ?? [];
  const lower = header.map((c) => c.toLowerCase());
  const has = (column: string) => lower.includes(column);
  const records = all.slice(1);
  if (!has("extension")) return null;
  if (has("effective_caller_id_name") || has("extension_uuid") || has("user_context")) return fusionPbx(header, lower, records);
  if (has("tech") || has("secret")) return freePbx(header, lower, records);
  return null;
}

function freePbx(header: string[], lower: string[], records: PbxRecord[]): PbxExport {
  const hasSecret = lower.includes("secret");
  const notes: PbxExport["notes"] = {};
  const mapping: ColumnMapping = lower.map((column, i) => {
    switch (column) {
      case "extension":
        return "name";
      case "secret":
        notes[i] = "regen";
        return "password";
      case "password":
        // The User Control Panel's password: a SIP password taken from it would be wrong and weaker.
        notes[i] = hasSecret ? "portal_password" : "portal_password_no_secret";
        return "ignore";
      case "description":
        return "description";
      case "name":
        // Per row: the description when given, else this display name (FreePBX often leaves description empty).
        notes[i] = "display_name";
        return "displayName";
      case "tech":
        notes[i] = "tech_checked";
        return "ignore";
      default:
        return "ignore";
    }
  });
  // The full export starts `extension,password,name,voicemail,ringtimer,…`.
  const full = lower.includes("voicemail") && lower.includes("ringtimer");
  const techColumn = lower.indexOf("tech");
  return {
    format: full ? "freepbx" : "freepbx-short",
    columns: header,
    mapping,
    notes,
    records,
    regenerate: true,
    techColumn: techColumn < 0 ? undefined : techColumn,
    tabular: true,
  };
}

const FUSION_COLUMNS: Record<string, ColumnMapping[number]> = {
  extension: "name",
  password: "password",
  effective_caller_id_name: "displayName",
  description: "description",
  enabled: "enabled",
};

function fusionPbx(header: string[], lower: string[], records: PbxRecord[]): PbxExport {
  const notes: PbxExport["notes"] = {};
  const mapping = lower.map((column, i) => {
    const key = FUSION_COLUMNS[column] ?? "ignore";
    if (key === "displayName") notes[i] = "display_name";
    return key;
  });
  return { format: "fusionpbx", columns: header, mapping, notes, records, regenerate: false, techColumn: undefined, tabular: true };
}

function asterisk(text: string): PbxExport | null {
  const config = readAsteriskConfig(text);
  if (!config) return null;
  return {
    format: config.dialect === "pjsip" ? "asterisk-pjsip" : "asterisk-sip",
    columns: [...ASTERISK_COLUMNS],
    // section, username, password, callerid: see asterisk-config for why the username names the endpoint.
    mapping: ["ignore", "name", "password", "displayName"],
    notes: { 0: "section_name", 1: "auth_username", 3: "display_name" },
    records: config.records,
    regenerate: false,
    techColumn: undefined,
    tabular: false,
  };
}

/** The source columns left out by `mapping`, by name, in the source's order. */
export function ignoredColumns(columns: readonly string[], mapping: ColumnMapping): string[] {
  return columns.filter((name, i) => (mapping[i] ?? "ignore") === "ignore" && name !== "");
}
