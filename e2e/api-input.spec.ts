// Malformed requests across the API: each is answered 4xx in the error envelope, never 500,
// and none reaches Catapult (the sandbox counts every request it receives).
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

interface BadRequest {
  title: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  field?: string;
  /** The issue code expected for `field` in the envelope's `issues`. */
  code?: string;
}

const D = "rd-validformat01";
const E = "re-validformat01";
const ok = { name: "valid_name", password: "abc123" };
const long = "x".repeat(10_000);

const badNames: [string, unknown, string][] = [
  ["space", "a b", "name_char"], ["at sign", "a@b", "name_char"], ["bad escape", "%zz", "name_escape"], ["short escape", "ab%2", "name_escape"],
  ["CRLF", "a\r\nb", "name_char"], ["NUL", "a\u0000b", "name_char"], ["10,000 characters", long, "too_long"], ["empty", "", "required"],
  ["non-ASCII", "jöhn", "name_char"], ["emoji", "ph😀ne", "name_char"], ["angle brackets", "<script>", "name_char"], ["colon", "sip:x", "name_char"],
  ["number", 42, "wrong_type"], ["null", null, "wrong_type"], ["array", ["a"], "wrong_type"], ["object", { a: 1 }, "wrong_type"],
  ["boolean", true, "wrong_type"], ["tab", "a\tb", "name_char"],
];
const badPasswords: [string, unknown, string][] = [
  ["5 characters", "abc12", "too_short"], ["euro sign", "pa€€word", "password_char"], ["emoji", "secret😀", "password_char"],
  ["NUL", "abc\u0000def", "password_char"], ["tab", "abc\tdef", "password_char"], ["newline", "abc\ndef", "password_char"],
  ["C1 control", "abc\u0085def", "password_char"], ["10,000 characters", long, "too_long"], ["empty", "", "required"], ["number", 123456, "wrong_type"],
  ["null", null, "wrong_type"], ["array", ["abc123"], "wrong_type"], ["CJK", "密码密码密码", "password_char"], ["DEL", "abc\u007fdef", "password_char"],
];
const badOther: [string, Record<string, unknown>, string][] = [
  ["description number", { description: 5 }, "description"], ["description 10,000 chars", { description: long }, "description"],
  ["description array", { description: ["x"] }, "description"], ["enabled string maybe", { enabled: "maybe" }, "enabled"],
  ["enabled number", { enabled: 1 }, "enabled"], ["applicationId traversal", { applicationId: "../../x" }, "applicationId"],
  ["applicationId number", { applicationId: 7 }, "applicationId"], ["applicationId 65 chars", { applicationId: "a".repeat(65) }, "applicationId"],
  ["applicationId with slash", { applicationId: "a/b" }, "applicationId"],
];
const badJson: [string, string][] = [["truncated", "{"], ["array", "[]"], ["null", "null"], ["string", '"str"'], ["number", "123"], ["trailing comma", '{"name":"a",}'], ["empty", ""], ["single quotes", "{'name':'a'}"]];
const badIds = ["...", "..%2F..%2Fdomains", "a..b", "a%20b", "x".repeat(65), "a.b", "a%00b", "%3Cscript%3E"];

function cases(): BadRequest[] {
  const list: BadRequest[] = [];
  const create = `/api/domains/${D}/endpoints`;
  const one = `/api/domains/${D}/endpoints/${E}`;
  for (const [title, name, code] of badNames) list.push({ title: `create: name ${title}`, method: "POST", url: create, body: { ...ok, name }, status: 400, field: "name", code });
  for (const [title, password, code] of badPasswords) list.push({ title: `create: password ${title}`, method: "POST", url: create, body: { ...ok, password }, status: 400, field: "password", code });
  for (const [title, extra, field] of badOther) list.push({ title: `create: ${title}`, method: "POST", url: create, body: { ...ok, ...extra }, status: 400, field });
  list.push({ title: "create: no name", method: "POST", url: create, body: { password: "abc123" }, status: 400, field: "name", code: "required" });
  list.push({ title: "create: no password", method: "POST", url: create, body: { name: "x" }, status: 400, field: "password", code: "required" });
  list.push({ title: "create: empty object", method: "POST", url: create, body: {}, status: 400, field: "name" });
  for (const [title, raw] of badJson) list.push({ title: `create: invalid JSON (${title})`, method: "POST", url: create, raw, status: 400 });
  list.push({ title: "create: form-encoded body", method: "POST", url: create, raw: "name=a&password=abc123", contentType: "application/x-www-form-urlencoded", status: 415 });
  list.push({ title: "create: text/plain body", method: "POST", url: create, raw: JSON.stringify(ok), contentType: "text/plain", status: 415 });
  list.push({ title: "create: body over 64 KiB", method: "POST", url: create, raw: JSON.stringify({ ...ok, description: "x".repeat(70_000) }), status: 413 });
  for (const [title, raw] of badJson.slice(0, 4)) list.push({ title: `update: invalid JSON (${title})`, method: "PATCH", url: one, raw, status: 400 });
  list.push({ title: "update: name cannot change", method: "PATCH", url: one, body: { name: "new" }, status: 400 });
  for (const [title, password, code] of badPasswords.slice(0, 8)) list.push({ title: `update: password ${title}`, method: "PATCH", url: one, body: { password }, status: 400, field: "password", code });
  list.push({ title: "update: password empty", method: "PATCH", url: one, body: { password: "" }, status: 400, field: "password", code: "required" });
  for (const [title, extra, field] of badOther) list.push({ title: `update: ${title}`, method: "PATCH", url: one, body: extra, status: 400, field });
  for (const id of badIds) {
    list.push({ title: `domain id ${id.slice(0, 20)}: list`, method: "GET", url: `/api/domains/${id}/endpoints`, status: 400 });
    list.push({ title: `domain id ${id.slice(0, 20)}: create`, method: "POST", url: `/api/domains/${id}/endpoints`, body: ok, status: 400 });
    list.push({ title: `endpoint id ${id.slice(0, 20)}: get`, method: "GET", url: `/api/domains/${D}/endpoints/${id}`, status: 400 });
    list.push({ title: `endpoint id ${id.slice(0, 20)}: delete`, method: "DELETE", url: `/api/domains/${D}/endpoints/${id}`, status: 400 });
    list.push({ title: `endpoint id ${id.slice(0, 20)}: update`, method: "PATCH", url: `/api/domains/${D}/endpoints/${id}`, body: { enabled: true }, status: 400 });
  }
  const bulk = "/api/bulk-jobs";
  const row = { sourceRow: 2, ...ok };
  list.push({ title: "bulk: no rows", method: "POST", url: bulk, body: { domainId: D, rows: [] }, status: 400, field: "rows" });
  list.push({ title: "bulk: rows not an array", method: "POST", url: bulk, body: { domainId: D, rows: "a,b" }, status: 400, field: "rows" });
  list.push({ title: "bulk: 10,001 rows", method: "POST", url: bulk, body: { domainId: D, rows: Array.from({ length: 10_001 }, (_, i) => ({ sourceRow: i + 2, name: `n${i}`, password: "abc123" })) }, status: 400, field: "rows" });
  list.push({ title: "bulk: bad domain id", method: "POST", url: bulk, body: { domainId: "../x", rows: [row] }, status: 400, field: "domainId" });
  list.push({ title: "bulk: no domain id", method: "POST", url: bulk, body: { rows: [row] }, status: 400, field: "domainId" });
  list.push({ title: "bulk: bad policy", method: "POST", url: bulk, body: { domainId: D, existingPolicy: "overwrite", rows: [row] }, status: 400, field: "existingPolicy" });
  list.push({ title: "bulk: repeated names", method: "POST", url: bulk, body: { domainId: D, rows: [row, { ...row, sourceRow: 3 }] }, status: 400, field: "rows.1.name" });
  for (const [title, name, code] of badNames.slice(0, 8)) list.push({ title: `bulk: row name ${title}`, method: "POST", url: bulk, body: { domainId: D, rows: [{ ...row, name }] }, status: 400, field: "rows.0.name", code });
  for (const [title, password] of badPasswords.slice(0, 6)) list.push({ title: `bulk: row password ${title}`, method: "POST", url: bulk, body: { domainId: D, rows: [{ ...row, password }] }, status: 400, field: "rows.0.password" });
  list.push({ title: "bulk: row number 0", method: "POST", url: bulk, body: { domainId: D, rows: [{ ...row, sourceRow: 0 }] }, status: 400, field: "rows.0.sourceRow" });
  for (const [title, raw] of badJson.slice(0, 4)) list.push({ title: `bulk: invalid JSON (${title})`, method: "POST", url: bulk, raw, status: 400 });
  list.push({ title: "bulk action: unknown", method: "POST", url: "/api/bulk-jobs/none/actions", body: { action: "explode" }, status: 400, field: "action" });
  list.push({ title: "bulk action: unknown job", method: "POST", url: "/api/bulk-jobs/none/actions", body: { action: "cancel" }, status: 404 });
  list.push({ title: "bulk job: unknown", method: "GET", url: "/api/bulk-jobs/none", status: 404 });
  list.push({ title: "bulk job: bad after", method: "GET", url: "/api/bulk-jobs/none?after=-1", status: 400, field: "after" });
  list.push({ title: "bulk export: unknown job", method: "GET", url: "/api/bulk-jobs/none/export", status: 404 });
  list.push({ title: "update: nothing to change", method: "PATCH", url: one, body: {}, status: 400, field: "body", code: "required" });
  const domains = "/api/domains";
  list.push({ title: "domain: no name", method: "POST", url: domains, body: { description: "x" }, status: 400, field: "name", code: "required" });
  list.push({ title: "domain: no description", method: "POST", url: domains, body: { name: "ok-name" }, status: 400, field: "description", code: "required" });
  list.push({ title: "domain: empty description", method: "POST", url: domains, body: { name: "ok-name", description: "" }, status: 400, field: "description", code: "required" });
  for (const [title, name] of [["a dot", "a.b"], ["a space", "a b"], ["an @", "a@b"], ["an emoji", "a😀"]]) {
    list.push({ title: `domain: name with ${title}`, method: "POST", url: domains, body: { name, description: "x" }, status: 400, field: "name", code: "name_char" });
  }
  list.push({ title: "domain: name of 64", method: "POST", url: domains, body: { name: "a".repeat(64), description: "x" }, status: 400, field: "name", code: "too_long" });
  list.push({ title: "domain: name not text", method: "POST", url: domains, body: { name: 5, description: "x" }, status: 400, field: "name" });
  for (const [title, raw] of badJson.slice(0, 2)) list.push({ title: `domain: invalid JSON (${title})`, method: "POST", url: domains, raw, status: 400 });
  for (const id of badIds.slice(0, 3)) list.push({ title: `domain id ${id.slice(0, 20)}: delete`, method: "DELETE", url: `/api/domains/${id}`, status: 400 });
  list.push({ title: "history: name too long", method: "GET", url: `/api/history?name=${"x".repeat(300)}`, status: 400, field: "name" });
  list.push({ title: "sign-in: no email", method: "POST", url: "/api/session", body: { password: "some-password" }, status: 400, field: "email" });
  list.push({ title: "sign-in: not an email", method: "POST", url: "/api/session", body: { email: "admin", password: "some-password" }, status: 400, field: "email" });
  list.push({ title: "sign-in: no password", method: "POST", url: "/api/session", body: { email: "a@example.com" }, status: 400, field: "password" });
  list.push({ title: "sign-in: password number", method: "POST", url: "/api/session", body: { email: "a@example.com", password: 5 }, status: 400, field: "password" });
  list.push({ title: "sign-in: invalid JSON", method: "POST", url: "/api/session", raw: "{", status: 400 });
  return list;
}

const table = cases();

test(`a table of ${table.length} malformed requests: each 4xx in the envelope, none reaching Catapult`, async ({ request }) => {
  expect(table.length).toBeGreaterThanOrEqual(150);
  await signIn(request);
  const stats = async () => {
    const auth = Buffer.from(`${E2E.token}:${E2E.secret}`).toString("base64");
    const response = await fetch(`http://127.0.0.1:${E2E.sandboxPort}/_sandbox/stats`, { headers: { Authorization: `Basic ${auth}` } });
    return ((await response.json()) as { requests: { total: number } }).requests.total;
  };
  const before = await stats();
  const failures: string[] = [];
  for (const bad of table) {
    const response = await request.fetch(bad.url, {
      method: bad.method,
      headers: bad.method === "GET" || bad.method === "DELETE" ? {} : { "Content-Type": bad.contentType ?? "application/json" },
      data: bad.raw ?? (bad.body === undefined ? undefined : JSON.stringify(bad.body)),
    });
    const text = await response.text();
    let body: { error?: { code?: string; message?: string; fields?: Record<string, string>; issues?: { field?: string; code?: string }[] } } = {};
    try {
      body = JSON.parse(text);
    } catch {
      /* reported below */
    }
    const problems = [
      response.status() !== bad.status && `status ${response.status()} (expected ${bad.status})`,
      !(body.error?.code && body.error.message) && "no error envelope",
      bad.field && !body.error?.fields?.[bad.field] && `no message for field ${bad.field} (got ${Object.keys(body.error?.fields ?? {}).join(",")})`,
      bad.code &&
        !body.error?.issues?.some((issue) => issue.field === bad.field && issue.code === bad.code) &&
        `no issue ${bad.code} for field ${bad.field} (got ${JSON.stringify(body.error?.issues ?? null)})`,
    ].filter(Boolean);
    if (problems.length) failures.push(`${bad.title}: ${problems.join("; ")}`);
  }
  expect(failures).toEqual([]);
  expect(await stats()).toBe(before);
});

test("a bad name or password is answered with issues: field, code and params, never the password", async ({ request }) => {
  await signIn(request);
  const create = `/api/domains/${D}/endpoints`;
  const badName = await request.post(create, { data: { ...ok, name: "jo@home" } });
  expect(badName.status()).toBe(400);
  const nameError = (await badName.json()).error;
  expect(nameError.fields.name).toMatch(/"@" \(U\+0040\) at position 3/);
  expect(nameError.issues).toEqual([{ field: "name", code: "name_char", params: { position: 3, char: "U+0040" } }]);

  const password = "hunter2€secret";
  const badPassword = await request.post(create, { data: { ...ok, password } });
  expect(badPassword.status()).toBe(400);
  const text = await badPassword.text();
  expect(JSON.parse(text).error.issues).toEqual([{ field: "password", code: "password_char", params: { position: 8, char: "U+20AC" } }]);
  for (const piece of ["hunter", "secret"]) expect(text).not.toContain(piece);

  const badId = await request.get(`/api/domains/a.b/endpoints`);
  expect((await badId.json()).error.issues).toEqual([{ field: "domainId", code: "invalid_format", params: { format: "regex" } }]);
});

test("unknown but well-formed ids are answered 404 in the envelope", async ({ request }) => {
  await signIn(request);
  for (const url of [`/api/domains/${D}`, `/api/domains/${D}/endpoints`, `/api/domains/${D}/endpoints/${E}`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
});
