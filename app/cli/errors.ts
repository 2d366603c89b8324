import { i18nFor } from "~/i18n/i18n.server";
import { AppError } from "~/lib/errors";

/** Wrong use of the command line (unknown command or option, a missing or wrong value): exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A refusal with a sentence for the operator (no centre with that slug, the database is in use): exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

const english = i18nFor("en");

/** An i18n key (as modules and Zod schemas carry them) as an English sentence; other text as it is. */
export function sentence(text: string): string {
  const translated = /^[a-z]+[:.][\w.:]+$/i.test(text) ? english.t(text) : text;
  const trimmed = translated.trim();
  const clean = trimmed.startsWith("--") ? trimmed : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(clean) ? clean : `${clean}.`;
}

/** What the operator reads for any error: one or more sentences, never a stack trace or a dump. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError || error instanceof CliError) return error.message;
  if (error instanceof AppError) {
    const fields = Object.entries(error.fields).map(
      ([field, keys]) => `  ${field}: ${keys.map(sentence).join(" ")}`,
    );
    return [sentence(error.messageKey), ...fields].join("\n");
  }
  if (error instanceof Error) {
    const known = ["DataDirInUse", "NotATandemDatabase", "RestoreRefused", "BackupRefused"];
    if (known.includes(error.name) || error.constructor.name === "RestoreRefused") return error.message;
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `The command failed: ${error.message.split("\n")[0]}${cause}. Set TANDEM_DEBUG=1 to see the details.`;
  }
  return `The command failed: ${String(error)}.`;
}

/** Exit code for an error: 2 for wrong use, 1 for everything else. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}
