import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { getDatabase } from "~/db/client.server";
import { restoreBackup } from "~/modules/backup/restore.server";
import type { Command } from "../commands";
import { CliError, UsageError } from "../errors";

export const restoreCommand: Command = {
  summary: "put a backup into an empty database (a new DATA_DIR or an empty PostgreSQL database)",
  usage: "<file>",
  positionals: 1,
  creates: true,
  help: ["An encrypted backup needs BACKUP_PASSPHRASE, the passphrase it was made with."],
  async run(_values, positionals) {
    const [file] = positionals;
    if (!file) throw new UsageError("Name the backup file: tandem restore <file>.", "restore");
    if (!existsSync(resolve(file))) throw new CliError(`There is no file at ${resolve(file)}.`);
    const { db } = await getDatabase();
    const header = await restoreBackup(db, resolve(file), {
      passphrase: process.env.BACKUP_PASSPHRASE || undefined,
    });
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Restored ${total} rows in ${header.tables.length} tables from the backup of ${header.createdAt}. Everyone signs in again.`,
    );
  },
};
