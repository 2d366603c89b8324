import { resolve } from "node:path";
import { getDatabase } from "~/db/client.server";
import { writeBackup } from "~/modules/backup/backup.server";
import type { Command } from "../commands";
import { UsageError } from "../errors";

export const backupCommand: Command = {
  summary: "write every centre's data to one encrypted file (readable only by you)",
  usage: "<file> [--unencrypted]",
  positionals: 1,
  options: {
    unencrypted: {
      type: "boolean",
      description: "write without encryption when BACKUP_PASSPHRASE is not set (not recommended)",
    },
  },
  help: [
    "The file is encrypted with BACKUP_PASSPHRASE (AES-256-GCM, key by scrypt) and written with mode 0600.",
    "Sessions, one-time codes and queued mail are left out: after a restore everyone signs in again.",
  ],
  async run(values, positionals) {
    const [file] = positionals;
    if (!file) throw new UsageError("Name the file to write: tandem backup <file>.", "backup");
    const { db } = await getDatabase();
    const passphrase = process.env.BACKUP_PASSPHRASE || undefined;
    const header = await writeBackup(db, resolve(file), {
      passphrase,
      unencrypted: Boolean(values.unencrypted),
    });
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Backup written to ${resolve(file)} (${passphrase ? "encrypted" : "NOT encrypted"}, mode 0600): ${header.tables.length} tables, ${total} rows.`,
    );
    for (const table of header.tables)
      if (table.rows > 0) console.log(`  ${table.name.padEnd(24)} ${table.rows}`);
    console.log(`Not included: ${header.skipped.join(", ")}.`);
  },
};
