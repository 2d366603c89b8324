import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { getDatabase } from "~/db/client.server";
import { restoreBackup } from "~/modules/backup/restore.server";
import type { Command } from "../commands";

export const restoreCommand: Command = {
  summary: "put a backup into an EMPTY database (new DATA_DIR or empty PostgreSQL): restore <file>",
  async run(_values, positionals) {
    const [file] = positionals;
    if (!file) throw new Error("Usage: npm run tandem -- restore <file>");
    if (!existsSync(resolve(file))) throw new Error(`No file at ${resolve(file)}`);
    const { db } = await getDatabase();
    const header = await restoreBackup(db, resolve(file));
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Restored ${total} rows in ${header.tables.length} tables from the backup of ${header.createdAt}.`,
    );
  },
};
