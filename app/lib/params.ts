import { AppError } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a uuid (every id in Tandem is one). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * A `$…Id` route parameter, checked before it reaches a query: anything but a uuid is NOT_FOUND
 * (404), not a database error (500).
 */
export function uuidParam(value: string | undefined): string {
  if (!isUuid(value)) throw new AppError("NOT_FOUND");
  return value.toLowerCase();
}

/** A short name from an address (a centre's slug): letters, digits and dashes, else NOT_FOUND. */
export function slugParam(value: string | undefined): string {
  if (typeof value !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(value)) throw new AppError("NOT_FOUND");
  return value;
}

/** Text from a search box or filter: control characters (a NUL byte breaks PostgreSQL) removed, trimmed. */
export function cleanText(value: string, maxLength = 200): string {
  let clean = "";
  for (const char of value) {
    const code = char.charCodeAt(0);
    clean += code < 0x20 || code === 0x7f ? " " : char;
  }
  return clean.trim().slice(0, maxLength);
}

/** The address's query as name → value, empty values left out and every value cleaned (see cleanText). */
export function queryOf(url: URL | string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const clean = cleanText(value, 500);
    if (clean !== "") query[key] = clean;
  }
  return query;
}

/** A uuid from a posted form (the row a remove or link button points at), else INVALID (400). */
export function uuidField(form: FormData, name: string): string {
  const value = form.get(name);
  if (!isUuid(value)) throw new AppError("INVALID", "errors.INVALID", { [name]: ["validation.invalid"] });
  return value.toLowerCase();
}
