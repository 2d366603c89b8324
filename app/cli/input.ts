import type { z } from "zod";
import { sentence, UsageError } from "./errors";

/** Validates CLI options; on error names every problem as a sentence (in English, for administrators). */
export function requireValid<S extends z.ZodType>(
  schema: S,
  values: unknown,
  /** Option names for schema fields that are named otherwise (e.g. centreName → name). */
  names: Record<string, string> = {},
): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const field = names[path] ?? path;
    const text = sentence(issue.message);
    if (!field || text.includes(`--${field}`) || text.toLowerCase().startsWith("usage")) return text;
    return `--${field}: ${text}`;
  });
  throw new UsageError([...new Set(lines)].join("\n"));
}
