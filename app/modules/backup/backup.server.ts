import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "~/db/client.server";
import { columnsOf, migrationCount, tablesInOrder } from "./catalog.server";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, rowFilter, skippedTables } from "./format";

/**
 * Writes every row of every table (all centres, the logins, the audit trail) to one gzip'ed file.
 * Runs as the database owner in one read-only snapshot, so the file is consistent.
 */
export async function writeBackup(db: Db, file: string): Promise<BackupHeader> {
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
        skipped: [...skippedTables, "jobs (done)"],
      };
      return { header, lines };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  async function* content() {
    yield `${JSON.stringify(header)}\n`;
    for (const line of lines) yield `${line}\n`;
  }
  await pipeline(Readable.from(content()), createGzip(), createWriteStream(file));
  return header;
}
