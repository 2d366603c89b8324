import { resolve } from "node:path";
import { getDatabase } from "~/db/client.server";
import { writeBackup } from "~/modules/backup/backup.server";
import type { Command } from "../commands";
import { UsageError } from "../errors";

export const backupCommand: Command = {
  summary: "write every centre's data to one file",
  usage: "<file>",
  positionals: 1,
  async run(_values, positionals) {
    const [file] = positionals;
    if (!file) throw new UsageError("Name the file to write: tandem backup <file>.", "backup");
    const { db } = await getDatabase();
    const header = await writeBackup(db, resolve(file));
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written to ${resolve(file)}: ${header.tables.length} tables, ${total} rows.`);
    for (const table of header.tables)
      if (table.rows > 0) console.log(`  ${table.name.padEnd(24)} ${table.rows}`);
    console.log(`Not included: ${header.skipped.join(", ")}.`);
  },
};
