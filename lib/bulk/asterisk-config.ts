// Asterisk configuration text as bulk rows: pjsip.conf endpoints (with the `auth=` section
// each names) and sip.conf peers. Templates (`[name](!)`) are not endpoints but are inherited
// by `[101](name)`; comments (`;`) and every other section type (aor, transport, registration,
// general…) are skipped. One row per endpoint, numbered by the line of its section header.
//
// The endpoint name is the SIP user name the phone registers with: the auth section's
// `username` (sip.conf: `defaultuser`/`username`), or the section's own name when none is
// set, as Asterisk itself falls back. The section name stays visible as an ignored column.

/** One endpoint's settings, in ASTERISK_COLUMNS order. */
export interface AsteriskRecord {
  sourceRow: number;
  cells: string[];
}

interface Section {
  name: string;
  line: number;
  template: boolean;
  values: Map<string, string>;
}

export const ASTERISK_COLUMNS = ["section", "username", "password", "callerid"] as const;

export function readAsteriskConfig(text: string): { dialect: "pjsip" | "sip"; records: AsteriskRecord[] } | null {
  const sections = readSections(text);
  const endpoints = sections.filter((s) => !s.template && s.values.get("type") === "endpoint");
  const peers = sections.filter((s) => !s.template && ["friend", "peer", "user"].includes(s.values.get("type") ?? ""));
  const pjsip = endpoints.length > 0;
  if (!pjsip && peers.length === 0) return null;
  const byName = new Map(sections.filter((s) => !s.template).map((s) => [s.name, s]));
  const records: AsteriskRecord[] = (pjsip ? endpoints : peers).map((section) => {
    const v = section.values;
    const auth = pjsip ? byName.get((v.get("auth") ?? "").split(",")[0]!.trim()) : undefined;
    const username = pjsip ? auth?.values.get("username") : (v.get("defaultuser") ?? v.get("username"));
    const password = pjsip ? auth?.values.get("password") : v.get("secret");
    return { sourceRow: section.line, cells: [section.name, username || section.name, password ?? "", callerName(v.get("callerid") ?? "")] };
  });
  return { dialect: pjsip ? "pjsip" : "sip", records };
}

/** `"Front Desk" <101>` → `Front Desk`; a bare `Front Desk <101>` too. */
function callerName(callerid: string): string {
  const match = /^\s*"?([^"<]*?)"?\s*(<[^>]*>)?\s*$/.exec(callerid);
  return (match?.[1] ?? callerid).trim();
}

function readSections(text: string): Section[] {
  const sections: Section[] = [];
  const templates = new Map<string, Section>();
  let current: Section | undefined;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    // `;` starts a comment unless escaped (`\;`), as in Asterisk's own parser.
    const line = raw.replace(/(^|[^\\]);.*$/, "$1").trim();
    if (line === "") return;
    const header = /^\[([^\]]+)\]\s*(?:\(([^)]*)\))?$/.exec(line);
    if (header) {
      const options = (header[2] ?? "").split(",").map((o) => o.trim()).filter(Boolean);
      current = { name: header[1]!.trim(), line: index + 1, template: options.includes("!"), values: new Map() };
      // Inherited settings first, so the section's own lines override them.
      for (const parent of options.filter((o) => o !== "!")) {
        for (const [key, value] of templates.get(parent)?.values ?? []) current.values.set(key, value);
      }
      if (current.template) templates.set(current.name, current);
      sections.push(current);
      return;
    }
    const setting = /^([^=]+?)\s*=>?\s*(.*)$/.exec(line);
    if (current && setting) current.values.set(setting[1]!.toLowerCase(), setting[2]!.replace(/\\;/g, ";"));
  });
  return sections;
}
