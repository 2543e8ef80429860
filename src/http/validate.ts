import { z } from "zod";
import { AppError } from "../errors/app-error.js";

/**
 * Parses `input` with `schema`, or throws `invalid_request` whose `details` name
 * every bad field (zod's tree: `{ errors, properties: { field: { errors } } }`).
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = [
    ...new Set(
      result.error.issues.map((i) => i.path.map(String).join(".") || what),
    ),
  ];
  throw new AppError(
    "invalid_request",
    `Invalid ${what}: ${fields.join(", ")}`,
    {
      details: z.treeifyError(result.error),
    },
  );
}
