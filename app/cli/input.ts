import type { z } from "zod";

/** Validates CLI options; on error prints one line per problem (in English, for administrators) and stops. */
export function requireValid<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
}
