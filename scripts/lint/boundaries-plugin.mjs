// An Oxlint JS plugin for two boundaries a folder glob cannot express. "client-imports": a file
// that starts with "use client" runs in the browser wherever it lives, so it may not import
// server-only modules (not even types). "lazy-imports": libraries a page should load only
// when used (the CSV parser, the virtualizer) may be imported statically only by the few
// modules that are themselves loaded with import(); everywhere else they come with import().
// The module and file patterns come from .oxlintrc.json.
const clientImports = {
  meta: { type: "problem", schema: [{ type: "object", properties: { forbidden: { type: "array", items: { type: "string" } } } }] },
  create(context) {
    const forbidden = (context.options[0]?.forbidden ?? []).map((source) => new RegExp(source));
    let client = false;
    const check = (node) => {
      const source = node.source?.value;
      if (!client || typeof source !== "string") return;
      if (forbidden.some((pattern) => pattern.test(source))) {
        context.report({ node, message: `"use client" code must not import the server-only module "${source}" (not even a type).` });
      }
    };
    return {
      Program(node) {
        const first = node.body[0];
        client = first?.type === "ExpressionStatement" && first.directive === "use client";
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const lazyImports = {
  meta: {
    type: "problem",
    schema: [{ type: "object", properties: { modules: { type: "array", items: { type: "string" } }, allow: { type: "array", items: { type: "string" } } } }],
  },
  create(context) {
    const modules = (context.options[0]?.modules ?? []).map((source) => new RegExp(source));
    const filename = (context.filename ?? context.getFilename()).replaceAll("\\", "/");
    if ((context.options[0]?.allow ?? []).some((pattern) => new RegExp(pattern).test(filename))) return {};
    const check = (node) => {
      const source = node.source?.value;
      // A type import costs nothing at run time; import() is the way in.
      if (typeof source !== "string" || node.importKind === "type" || node.exportKind === "type") return;
      if (node.specifiers?.length && node.specifiers.every((s) => s.importKind === "type")) return;
      if (modules.some((pattern) => pattern.test(source))) {
        context.report({ node, message: `"${source}" loads only where it is used: import() it there, so pages that never use it do not download it.` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { meta: { name: "boundaries" }, rules: { "client-imports": clientImports, "lazy-imports": lazyImports } };
