import pino from "pino";

/** JSON log lines. Never log names, e-mail addresses, notes or tokens: ids and counts only. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "tandem" },
  redact: ["email", "password", "token", "*.email", "*.password", "*.token"],
});

/** Only the stack's "at …" lines: the first line repeats the message, which may hold values. */
function frames(error: Error): string {
  return (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 12)
    .join("\n");
}

/** A database driver's error (pg, PGlite): its SQLSTATE and where, never the message or detail. */
function databaseError(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & { code?: unknown; severity?: unknown; table?: unknown; constraint?: unknown };
  if (typeof e.code !== "string" || !/^[0-9A-Z]{5}$/.test(e.code)) return undefined;
  return { name: e.name, code: e.code, table: e.table, constraint: e.constraint };
}

/**
 * An error as it may be logged. A failed query (drizzle puts the parameters in the message, and the
 * driver's message and detail repeat values: "Key (email)=(…)") is logged as its SQL text, the
 * number of parameters and the SQLSTATE only, since parameters can hold a person's name.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const failed = error as Error & { query?: unknown; params?: unknown };
  if (typeof failed.query === "string" && Array.isArray(failed.params)) {
    return {
      name: "FailedQuery",
      query: failed.query.slice(0, 1000),
      params: `${failed.params.length} left out`,
      cause: databaseError(failed.cause),
      stack: frames(error),
    };
  }
  const database = databaseError(error);
  if (database) return { ...database, stack: frames(error) };
  return { name: error.name, message: error.message.slice(0, 300), stack: frames(error) };
}
