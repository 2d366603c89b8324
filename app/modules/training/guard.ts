import { AppError } from "~/lib/errors";

/** A message next to one field of a form (INVALID); the summary above the form stays general. */
export function invalidField(field: string, key: string): AppError {
  return new AppError("INVALID", "errors.INVALID", { [field]: [key] });
}
