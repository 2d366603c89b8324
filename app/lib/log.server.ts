import pino from "pino";

/** JSON log lines. Never log names, e-mail addresses, notes or tokens: ids and counts only. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "tandem" },
  redact: ["email", "password", "token", "*.email", "*.password", "*.token"],
});
