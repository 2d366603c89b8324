import { backupCommand } from "./commands/backup";
import { createCentreCommand } from "./commands/create-centre";
import { createUserCommand } from "./commands/create-user";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { migrateCommand } from "./commands/migrate";
import { privacyCommand } from "./commands/privacy";
import { reportCommand } from "./commands/report";
import { restoreCommand } from "./commands/restore";
import { seedDemoCommand } from "./commands/seed-demo";

export type OptionSpec = { type: "string" | "boolean"; description: string };

export type Command = {
  summary: string;
  /** What follows the command's name, e.g. `--name "Naam" [--slug naam]`. */
  usage: string;
  options?: Record<string, OptionSpec>;
  /** How many positional arguments the command takes at most (default none). */
  positionals?: number;
  /** May the command make a new database in an empty DATA_DIR or empty PostgreSQL? (migrate, restore) */
  creates?: boolean;
  /** Extra lines for `--help`. */
  help?: string[];
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void>;
};

/** Every command of the CLI. A new command adds its file in commands/ and one line here. */
export const commands: Record<string, Command> = {
  migrate: migrateCommand,
  "create-centre": createCentreCommand,
  "create-user": createUserCommand,
  export: exportCommand,
  import: importCommand,
  report: reportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  "seed-demo": seedDemoCommand,
  privacy: privacyCommand,
};
