// The one error envelope (lib/api/api-error.ts) as a zod schema, for the OpenAPI document.
// Its unit test holds it equal to the ApiErrorBody type, so the two cannot drift apart.
import { z } from "zod";
import { API_ERROR_STATUS, type ApiErrorCode } from "@/lib/api/api-error";
import { ISSUE_CODES } from "@/lib/endpoints/validation-issue";

const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

export const validationIssueSchema = z.object({
  field: z.string().meta({ description: 'Dotted path ("name", "rows.0.password"); for a text/csv bulk job, rows.<file row>.<column>.' }),
  code: z.enum(ISSUE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])).readonly()])).readonly(),
});

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES).meta({ description: "Stable; each code always comes with the same HTTP status." }),
    message: z.string().meta({ description: "For people; code should read `code`, `fields` and `issues`." }),
    fields: z.optional(z.record(z.string(), z.string())),
    issues: z.optional(z.array(validationIssueSchema).readonly()),
  }),
});
