import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows, type Tx } from "~/db/client.server";
import { columnsOf, migrationCount, tablesInOrder } from "./catalog.server";
import { decrypt, isEncrypted } from "./encryption";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, tolerated } from "./format";

const BATCH = 500;

/** Thrown with a message for the administrator (English, no personal data). */
export class RestoreRefused extends Error {}

/**
 * Puts a backup back into an empty, migrated database: every row in foreign-key order, all in one
 * transaction (a failure leaves the database empty). Refuses a database that already holds data.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  options: { passphrase?: string } = {},
): Promise<BackupHeader> {
  const lines = readLines(file, options.passphrase);
  const header = parseHeader(lines[0] ?? "");
  await db.transaction(async (tx) => {
    await checkTarget(tx, header);
    const counts = header.tables.map(() => 0);
    let batch: string[] = [];
    let batchTable = -1;
    const flush = async () => {
      if (batch.length > 0) await insertRows(tx, header.tables[batchTable], batch);
      batch = [];
    };
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const comma = line.indexOf(",");
      const index = Number(line.slice(1, comma));
      if (!header.tables[index]) throw new RestoreRefused("The backup file is damaged (unknown table).");
      if (index !== batchTable || batch.length >= BATCH) {
        await flush();
        batchTable = index;
      }
      batch.push(line.slice(comma + 1, -1));
      counts[index] += 1;
    }
    await flush();
    header.tables.forEach((table, i) => {
      if (counts[i] !== table.rows)
        throw new RestoreRefused(
          `The backup file is incomplete: ${table.name} has ${counts[i]} of ${table.rows} rows.`,
        );
    });
  });
  return header;
}

/** The file's lines, decrypted (checked as a whole before any row is read) and unpacked. */
function readLines(file: string, passphrase: string | undefined): string[] {
  const raw = readFileSync(file);
  const packed = isEncrypted(raw) ? decrypt(raw, passphrase) : raw;
  try {
    return gunzipSync(packed).toString("utf8").split("\n");
  } catch {
    throw new RestoreRefused("This is not a Tandem backup file.");
  }
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line);
  } catch {
    throw new RestoreRefused("This is not a Tandem backup file.");
  }
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused("This is not a Tandem backup file.");
  if (header.version > BACKUP_VERSION)
    throw new RestoreRefused("This backup was made by a newer version of Tandem. Update Tandem first.");
  return header;
}

async function checkTarget(tx: Tx, header: BackupHeader): Promise<void> {
  const migrations = await migrationCount(tx);
  if (header.migrations > migrations)
    throw new RestoreRefused(
      `This backup has ${header.migrations} migrations, this Tandem only ${migrations}. Update Tandem first.`,
    );
  const present = new Set(await tablesInOrder(tx));
  for (const table of header.tables) {
    if (!present.has(table.name))
      throw new RestoreRefused(`Table ${table.name} from the backup does not exist here.`);
    const columns = new Set(await columnsOf(tx, table.name));
    const missing = table.columns.filter((c) => !columns.has(c));
    if (missing.length > 0)
      throw new RestoreRefused(`Table ${table.name} here lacks the columns ${missing.join(", ")}.`);
  }
  for (const table of present) {
    if ((tolerated as readonly string[]).includes(table)) continue;
    const [row] = await queryRows<{ any: boolean }>(
      tx,
      sql`select exists(select 1 from ${sql.identifier(table)}) as "any"`,
    );
    if (row?.any)
      throw new RestoreRefused(
        `The database is not empty (table ${table} has rows). Restore into a new DATA_DIR or an empty PostgreSQL database.`,
      );
  }
  // A fresh installation may have made its own auth secret: the backup's secret must win, or
  // two-factor secrets and sessions from the backup could not be read.
  await tx.execute(sql`delete from app_settings`);
}

async function insertRows(tx: Tx, table: BackupHeader["tables"][number], rows: string[]): Promise<void> {
  const name = sql.identifier(table.name);
  const columns: SQL = sql.join(
    table.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const json = `[${rows.join(",")}]`;
  await tx.execute(
    sql`insert into ${name} (${columns}) select ${columns} from json_populate_recordset(null::${name}, ${json}::json)`,
  );
}
