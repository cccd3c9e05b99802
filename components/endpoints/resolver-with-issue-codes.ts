// The endpoint forms' resolver: the shared schema through zodResolver, with each field's
// error typed by the rule it broke (zodResolver types every refinement "custom"). A field
// then decides from the code, never from the words, whether its hint would only repeat the
// error (a broken character rule quotes the rule it broke).
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import { validationIssues } from "@/lib/endpoints/validation-issue";

export function resolverWithIssueCodes<Input extends FieldValues, Output>(
  schema: z.ZodMiniType<Output, Input>,
  /** What the schema is given, e.g. a blank "new password" read as absent. */
  prepare: (values: Input) => Input = (values) => values,
): Resolver<Input, unknown, Output> {
  const validate = zodResolver(schema) as unknown as Resolver<Input, unknown, Output>;
  return async (values, context, options) => {
    const input = prepare(values);
    const result = await validate(input, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const issues = validationIssues(schema, input);
    for (const [field, error] of Object.entries(result.errors)) {
      const code = issues.find((issue) => issue.field === field)?.code;
      if (code && error && typeof error === "object" && "type" in error) error.type = code;
    }
    return result;
  };
}
