import { resolve } from "node:path";
import { getDatabase } from "~/db/client.server";
import { writeBackup } from "~/modules/backup/backup.server";
import type { Command } from "../commands";

export const backupCommand: Command = {
  summary: "write every table (all centres, logins) to one gzip'ed file: backup <file>",
  async run(_values, positionals) {
    const [file] = positionals;
    if (!file) throw new Error("Usage: npm run tandem -- backup <file>");
    const { db } = await getDatabase();
    const header = await writeBackup(db, resolve(file));
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written to ${resolve(file)}: ${header.tables.length} tables, ${total} rows.`);
    for (const table of header.tables)
      if (table.rows > 0) console.log(`  ${table.name.padEnd(24)} ${table.rows}`);
    console.log(`Not included: ${header.skipped.join(", ")}.`);
  },
};
