import { describe, expect, it } from "vitest";
import { parseEndpointRows } from "./parse-endpoint-rows";
import { FREEPBX_EXPORT_HEADER, FREEPBX_SHORT, freePbxExport, FUSIONPBX_EXPORT, PJSIP_CONF, SIP_CONF } from "./pbx-export-fixtures";
import { ignoredColumns, readPbxExport } from "./pbx-formats";

const ext = (extension: string, more: Partial<Parameters<typeof freePbxExport>[0][number]> = {}) => ({
  extension,
  password: "4821",
  name: `User ${extension}`,
  description: "",
  tech: "pjsip",
  secret: `Sip-${extension}-secret`,
  ...more,
});

describe("FreePBX Bulk Handler export (every column)", () => {
  const text = freePbxExport([ext("101"), ext("102", { secret: "REGEN", description: "Lobby" }), ext("103", { tech: "dahdi" })]);

  it("is recognised and maps extension, secret, description and name; the rest is ignored by name", () => {
    const pbx = readPbxExport(text);
    expect(pbx?.format).toBe("freepbx");
    expect(pbx?.columns).toHaveLength(FREEPBX_EXPORT_HEADER.length);
    const mapped = Object.fromEntries(pbx!.columns.flatMap((c, i) => (pbx!.mapping[i] === "ignore" ? [] : [[c, pbx!.mapping[i]]])));
    expect(mapped).toEqual({ extension: "name", name: "displayName", description: "description", secret: "password" });
    const ignored = ignoredColumns(pbx!.columns, pbx!.mapping);
    expect(ignored.slice(0, 3)).toEqual(["password", "voicemail", "ringtimer"]);
    expect(ignored).toHaveLength(FREEPBX_EXPORT_HEADER.length - 4);
  });

  it("never takes the portal password as the SIP password; REGEN generates one; name fills an empty description", () => {
    const result = parseEndpointRows(text);
    const [a, b] = result.rows;
    expect(a?.endpoint).toMatchObject({ name: "101", password: "Sip-101-secret", description: "User 101" });
    expect(b?.endpoint).toMatchObject({ name: "102", description: "Lobby" });
    expect(b?.passwordGenerated).toBe(true);
    expect(b?.endpoint.password).toMatch(/^.{20}$/);
    expect(result.rows.some((r) => r.endpoint.password === "4821")).toBe(false);
  });

  it("holds back a row whose tech is not SIP, saying which tech", () => {
    const row = parseEndpointRows(text).rows[2];
    expect(row?.status).toBe("invalid");
    expect(row?.errors.row).toMatchObject({ code: "not_sip", params: { tech: "dahdi" } });
  });

  it("without a secret column, leaves the portal password out (and says why) instead of sending it", () => {
    const pbx = readPbxExport("extension,password,name,tech\n104,4821,Dana,pjsip\n");
    expect(pbx?.mapping).toEqual(["name", "ignore", "displayName", "ignore"]);
    expect(pbx?.notes[1]).toBe("portal_password_no_secret");
    expect(parseEndpointRows("extension,password,name,tech\n104,4821,Dana,pjsip\n").rows[0]?.errors.password?.code).toBe("required");
  });

  it("keeps the admin's own mapping (here: the portal password column chosen on purpose)", () => {
    const result = parseEndpointRows("extension,password,name,tech\n104,Chosen-pw-1,Dana,pjsip\n", { pbxMapping: ["name", "password", "ignore", "ignore"] });
    expect(result.rows[0]?.endpoint).toEqual({ name: "104", password: "Chosen-pw-1" });
  });
});

describe("FreePBX short form", () => {
  it("maps extension,name,description,tech,secret with REGEN and the tech check", () => {
    const result = parseEndpointRows(FREEPBX_SHORT);
    expect(result.pbx?.format).toBe("freepbx-short");
    expect(result.rows.map((r) => [r.endpoint.name, r.endpoint.description, r.status, r.passwordGenerated])).toEqual([
      ["201", "Ann Lee", "valid", false],
      ["202", "Front desk", "valid", true],
      ["203", "Fax line", "invalid", false],
    ]);
    expect(result.rows[0]?.endpoint.password).toBe("Ann-sip-201!");
  });
});

describe("FusionPBX extensions CSV", () => {
  it("maps extension, password, caller id name (when no description), description and enabled", () => {
    const result = parseEndpointRows(FUSIONPBX_EXPORT);
    expect(result.pbx?.format).toBe("fusionpbx");
    expect(result.rows.map((r) => r.endpoint)).toEqual([
      { name: "301", password: "Fusion-301-pw", description: "Carla Diaz", enabled: true },
      { name: "302", password: "Fusion-302-pw", description: "Warehouse", enabled: false },
    ]);
    expect(ignoredColumns(result.pbx!.columns, result.mapping)).toContain("effective_caller_id_number");
  });
});

describe("Asterisk configuration", () => {
  it("pjsip.conf: endpoints with their auth, templates inherited but not imported, comments and aor/transport skipped", () => {
    const result = parseEndpointRows(PJSIP_CONF);
    expect(result.pbx).toMatchObject({ format: "asterisk-pjsip", tabular: false });
    expect(result.rows.map((r) => [r.sourceRow, r.endpoint])).toEqual([
      [13, { name: "401", password: "Pj-401-secret", description: "Reception" }],
      [28, { name: "desk402", password: "Pj-402-secret" }],
    ]);
  });

  it("sip.conf: peers with secret=, callerid's name as description, defaultuser as the name; [general] skipped", () => {
    const result = parseEndpointRows(SIP_CONF);
    expect(result.pbx?.format).toBe("asterisk-sip");
    expect(result.rows.map((r) => r.endpoint)).toEqual([
      { name: "501", password: "Sip-501-secret", description: "Lab phone" },
      { name: "lab502", password: "Sip-502-secret" },
    ]);
  });

  it("text with no endpoint or peer section is not taken for Asterisk", () => {
    expect(readPbxExport("[general]\ncontext=default\n")).toBeNull();
  });
});

describe("our own format", () => {
  it("is not mistaken for a PBX export", () => {
    expect(readPbxExport("name,description,password\nalice,Alice,abc123\n")).toBeNull();
    expect(parseEndpointRows("name,password\nREGEN,REGEN\n").rows[0]?.passwordGenerated).toBe(false);
  });
});
