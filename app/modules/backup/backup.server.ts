import { chmodSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "~/db/client.server";
import { columnsOf, migrationCount, tablesInOrder } from "./catalog.server";
import { BackupKeyError, encrypt } from "./encryption";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, rowFilter, skippedTables } from "./format";

export type BackupOptions = {
  /** Encrypts the file (AES-256-GCM, scrypt); the CLI passes BACKUP_PASSPHRASE. */
  passphrase?: string;
  /** Writes a plain gzip file when there is no passphrase; without it, no passphrase is refused. */
  unencrypted?: boolean;
};

/**
 * Writes every row of every table (all centres, the logins, the audit trail) to one gzip'ed,
 * encrypted file that only its owner may read (0600). Live sessions, one-time codes and queued
 * mail (which may hold a sign-in code) stay out. Runs as the database owner in one read-only
 * snapshot, so the file is consistent.
 */
export async function writeBackup(db: Db, file: string, options: BackupOptions = {}): Promise<BackupHeader> {
  if (!options.passphrase && !options.unencrypted)
    throw new BackupKeyError(
      "Set BACKUP_PASSPHRASE to encrypt the backup (it holds password hashes and two-factor secrets), " +
        "or add --unencrypted to write it without encryption.",
    );
  const { header, lines } = await db.transaction(
    async (tx) => {
      const order = (await tablesInOrder(tx)).filter(
        (t) => !(skippedTables as readonly string[]).includes(t),
      );
      const lines: string[] = [];
      const tables: BackupHeader["tables"] = [];
      for (const [index, name] of order.entries()) {
        const rows = await queryRows<{ j: string }>(
          tx,
          sql`select row_to_json(t)::text as j from ${sql.identifier(name)} t ${sql.raw(rowFilter(name))}`,
        );
        for (const row of rows) lines.push(`[${index},${row.j}]`);
        tables.push({ name, columns: await columnsOf(tx, name), rows: rows.length });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations: await migrationCount(tx),
        tables,
        skipped: [...skippedTables, "jobs (done, and queued mail)"],
      };
      return { header, lines };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const plain = gzipSync(`${JSON.stringify(header)}\n${lines.map((l) => `${l}\n`).join("")}`);
  const body = options.passphrase ? encrypt(plain, options.passphrase) : plain;
  // Written next to the target with mode 0600 and renamed over it: never readable by others, never half.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, body, { mode: 0o600, flag: "wx" });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  return header;
}
