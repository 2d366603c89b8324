import type { ParseArgsConfig } from "node:util";
import { backupCommand } from "./commands/backup";
import { createCentreCommand } from "./commands/create-centre";
import { createUserCommand } from "./commands/create-user";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { migrateCommand } from "./commands/migrate";
import { reportCommand } from "./commands/report";
import { restoreCommand } from "./commands/restore";
import { seedDemoCommand } from "./commands/seed-demo";

export type Command = {
  summary: string;
  options?: ParseArgsConfig["options"];
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
};
