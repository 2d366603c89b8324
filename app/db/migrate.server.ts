import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
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

/**
 * The tenant role's name for a new database: DATABASE_APP_ROLE, default tandem_app. Two Tandem
 * databases in one PostgreSQL cluster give each its own (the roles are cluster-wide). The system
 * role is this name with `_system`.
 */
export function appRoleName(): string {
  const name = process.env.DATABASE_APP_ROLE || "tandem_app";
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name))
    throw new Error("DATABASE_APP_ROLE must be a lower-case name of letters, digits and _ (at most 41).");
  return name;
}

type Dialect = {
  migrate(migrations: unknown, session: unknown, config: { migrationsFolder: string }): Promise<void>;
};
type Migratable = { dialect: Dialect; session: unknown };

/** drizzle's migrator, with the role name of this database put into the SQL (see 0010). */
async function migrateWithRoles(db: unknown): Promise<void> {
  const config = { migrationsFolder: join(packageRoot(), "drizzle") };
  const role = appRoleName();
  const migrations = readMigrationFiles(config).map((m) => ({
    ...m,
    sql: m.sql.map((statement) => statement.replace(/\btandem_app/g, role)),
  }));
  const { dialect, session } = db as Migratable;
  await dialect.migrate(migrations, session, config);
}

/** The app's logins that a migration run as the owner grants their roles to. */
export type Logins = {
  /** DATABASE_URL's user, when migrations run as another (the owner): the tenant and system roles. */
  login?: string;
  /** TENANT_DATABASE_URL's user: the tenant role only. */
  tenantLogin?: string;
};

/**
 * Applies the SQL migrations in drizzle/. On PostgreSQL an advisory lock lets one process at a time
 * do it; the app's logins are then granted their roles, and nothing of the owner.
 */
export async function runMigrations(database: Database, logins: Logins = {}): Promise<void> {
  if (database.pglite) {
    await migrateWithRoles(drizzlePglite(database.pglite));
    return;
  }
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrateWithRoles(drizzlePg(client));
    } catch (error) {
      if (
        /admin option on role|permission denied to grant role/.test(String((error as Error).cause ?? error))
      )
        throw new Error(
          `The migration could not use the role ${appRoleName()}: it belongs to another database or owner in this cluster. Set DATABASE_APP_ROLE to a name of its own for this database (e.g. ${appRoleName()}_2) before its first migrate.`,
          { cause: error },
        );
      throw error;
    }
    if (logins.login || logins.tenantLogin) {
      const { rows } = await client.query<{ role: string }>("select tandem_tenant_role() as role");
      const tenant = rows[0].role;
      const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
      if (logins.login)
        await client.query(
          `grant ${quoted(tenant)}, ${quoted(`${tenant}_system`)} to ${quoted(logins.login)}`,
        );
      if (logins.tenantLogin) await client.query(`grant ${quoted(tenant)} to ${quoted(logins.tenantLogin)}`);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
