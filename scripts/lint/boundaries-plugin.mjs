// An Oxlint JS plugin for the one boundary a folder glob cannot express: a file that starts
// with "use client" runs in the browser wherever it lives, so it may not import server-only
// modules (not even types). The forbidden module patterns come from .oxlintrc.json.
const rule = {
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

export default { meta: { name: "boundaries" }, rules: { "client-imports": rule } };
