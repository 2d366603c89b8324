import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type pg from "pg";
import { type Database, queryRows } from "./client.server";

/** The folder of the tandem package, found from this file whether it runs from source or from the build. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && JSON.parse(readFileSync(file, "utf8")).name === "tandem") return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** True when the database has Tandem's migrations table (an empty database or another app's has not). */
export async function isMigrated(database: Database): Promise<boolean> {
  const rows = await queryRows<{ t: string | null }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  return Boolean(rows[0]?.t);
}

const MIGRATION_LOCK = 7_240_001;

/** Applies the SQL migrations in drizzle/. On PostgreSQL an advisory lock lets one process at a time do it. */
export async function runMigrations(database: Database): Promise<void> {
  const migrationsFolder = join(packageRoot(), "drizzle");
  if (database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
