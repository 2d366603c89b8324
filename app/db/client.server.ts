import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { checkDataDir, type DataDirLock, lockDataDir, NotATandemDatabase } from "./data-dir-lock.server";
import { isMigrated, runMigrations } from "./migrate.server";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** The embedded instance, for backups; undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type OpenOptions = {
  url?: string;
  dataDir?: string;
  pglite?: PGlite;
  migrate?: boolean;
  /** May an empty folder or database become a new Tandem database? (default yes: the server's first start) */
  create?: boolean;
  /** Who holds DATA_DIR's lock while it is open: "server" or a CLI command. */
  holder?: string;
  /**
   * The owner's URL (MIGRATE_DATABASE_URL): migrations run there, then the app uses `url`, a login
   * that is not the owner (docs/decisions/005-database-roles.md).
   */
  migrateUrl?: string;
  /**
   * A second login for the requests inside a centre (TENANT_DATABASE_URL): a member of the tenant
   * role only, so a statement there has no login to `RESET ROLE` to that could read other centres.
   * Without it, `inCentre` runs on `url` (whose login also holds the system role).
   */
  tenantUrl?: string;
  /** Called with the PostgreSQL pool before its first connection (the tests' one-query guard). */
  onPool?: (pool: pg.Pool) => void;
};

/** The tenant role of each open database, read from the database itself (tandem_tenant_role()). */
const tenantRoles = new WeakMap<object, string>();
/** The pool `inCentre` uses for a database opened with a tenant login (TENANT_DATABASE_URL). */
const tenantDbs = new WeakMap<object, Db>();

async function readTenantRole(db: Db): Promise<string> {
  try {
    const rows = await queryRows<{ role: string }>(db, sql`select tandem_tenant_role() as role`);
    return rows[0]?.role ?? "tandem_app";
  } catch {
    return "tandem_app"; // a database from before migration 0010
  }
}

async function loginOf(url: string): Promise<string> {
  const name = decodeURIComponent(new URL(url).username);
  if (name) return name;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>("select current_user as name")).rows[0].name;
  } finally {
    await client.end();
  }
}

/** A tenant login must not hold the system role (or more): then it would close nothing. */
async function checkTenantLogin(tenantDb: Db, role: string): Promise<void> {
  const [login] = await queryRows<{ name: string; system: boolean; tenant: boolean }>(
    tenantDb,
    sql`select current_user as name, pg_has_role(current_user, ${`${role}_system`}, 'member') as system,
      pg_has_role(current_user, ${role}, 'member') as tenant`,
  );
  if (login.system || !login.tenant)
    throw new Error(
      `TENANT_DATABASE_URL's user ${login.name} must be a member of ${role} only (not of ${role}_system or the owner). See README, "Database roles".`,
    );
}

function newPool(url: string, options: OpenOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  options.onPool?.(pool);
  return pool;
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (or in memory). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let database: Database;
  const migrateSeparately = Boolean(options.url && options.migrateUrl && options.migrateUrl !== options.url);
  const tenantUrl = options.url ? options.tenantUrl : undefined;
  const tenantLogin = tenantUrl ? await loginOf(tenantUrl) : undefined;
  if (migrateSeparately && options.migrate !== false) {
    const owner = await openDatabase({ url: options.migrateUrl, migrate: false, create: options.create });
    try {
      await runMigrations(owner, { login: await loginOf(options.url as string), tenantLogin });
    } finally {
      await owner.close();
    }
  }
  if (options.url) {
    const pool = newPool(options.url, options);
    const tenantPool = tenantUrl ? newPool(tenantUrl, options) : undefined;
    const db = drizzlePg(pool, { schema, casing: "snake_case" });
    if (tenantPool) tenantDbs.set(db, drizzlePg(tenantPool, { schema, casing: "snake_case" }));
    database = {
      db,
      kind: "postgres",
      close: async () => {
        await tenantPool?.end();
        await pool.end();
      },
    };
  } else {
    let lock: DataDirLock | undefined;
    if (options.dataDir) {
      checkDataDir(options.dataDir, options.create !== false);
      mkdirSync(options.dataDir, { recursive: true });
      lock = lockDataDir(options.dataDir, options.holder ?? "server");
    }
    try {
      const client = options.pglite ?? new PGlite(options.dataDir);
      await client.waitReady;
      database = {
        db: drizzlePglite(client, { schema, casing: "snake_case" }),
        kind: "pglite",
        pglite: client,
        close: async () => {
          await client.close();
          lock?.release();
        },
      };
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  try {
    if (options.create === false && !(await isMigrated(database)))
      throw new NotATandemDatabase(
        `This is not a Tandem database (it has no Tandem tables). Check ${options.url ? "DATABASE_URL" : "DATA_DIR"}, or create one with "tandem migrate" (or add --init).`,
      );
    if (options.migrate !== false && !migrateSeparately) await runMigrations(database, { tenantLogin });
    const role = await readTenantRole(database.db);
    tenantRoles.set(database.db, role);
    const tenantDb = tenantDbs.get(database.db);
    if (tenantDb) await checkTenantLogin(tenantDb, role);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

let shared: Promise<Database> | undefined;
let sharedOptions: Pick<OpenOptions, "create" | "holder"> = {};

/** Set before the first getDatabase(): the CLI opens only existing databases and names itself in the lock. */
export function configureDatabase(options: Pick<OpenOptions, "create" | "holder">): void {
  sharedOptions = options;
}

/** The process's database, opened and migrated on first use from DATABASE_URL or DATA_DIR. */
export function getDatabase(): Promise<Database> {
  shared ??= openDatabase({
    url: process.env.DATABASE_URL,
    migrateUrl: process.env.MIGRATE_DATABASE_URL,
    tenantUrl: process.env.TENANT_DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? "./data",
    ...sharedOptions,
  });
  return shared;
}

export async function closeDatabase(): Promise<void> {
  if (!shared) return;
  const database = await shared;
  shared = undefined;
  await database.close();
}

/**
 * Runs `fn` inside one transaction as the tenant role with `app.centre` set: row-level security
 * then shows and accepts only rows of that centre. Every request-time query goes through here. With a
 * tenant login (TENANT_DATABASE_URL) the transaction runs on that login's own pool.
 */
export function inCentre<T>(db: Db, centreId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const role = tenantRoles.get(db) ?? "tandem_app";
  const target = tenantDbs.get(db) ?? db;
  if (target._.session instanceof NodePgSession) return pgInCentre(target, centreId, role, fn);
  return target.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.centre', ${centreId}, true), set_config('role', ${role}, true),
        set_config('jit', 'off', true)`,
    );
    return fn(tx);
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rolePattern = /^[a-z_][a-z0-9_]*$/;

/** What drizzle's node-postgres session is made of: its pool and what a transaction's session needs. */
type PgSessionParts = {
  client: pg.Pool;
  dialect: PgDialect;
  schema: ConstructorParameters<typeof NodePgSession>[2];
  options: ConstructorParameters<typeof NodePgSession>[3];
};

/**
 * `inCentre` on PostgreSQL: `begin` and the settings go in one round trip (a simple query of two
 * statements), where drizzle's `transaction` sends them in two; the rest is drizzle's transaction as
 * it is. A simple query takes no parameters, so the centre must be a UUID and the role a plain name.
 */
async function pgInCentre<T>(db: Db, centreId: string, role: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!uuidPattern.test(centreId) || !rolePattern.test(role)) throw new Error("not a centre id or role name");
  const parts = db._.session as unknown as PgSessionParts;
  const client = await parts.client.connect();
  // without the relational schema: Tandem does not use `tx.query`, and drizzle would build a query
  // builder for each of its sixty tables in every transaction
  const session = new NodePgSession(client, parts.dialect, undefined, parts.options);
  const tx = new NodePgTransaction(parts.dialect, session, undefined) as unknown as Tx;
  let broken: Error | undefined;
  try {
    await client.query(
      `begin; select set_config('app.centre', '${centreId}', true), set_config('role', '${role}', true), set_config('jit', 'off', true)`,
    );
    const result = await fn(tx);
    await client.query("commit");
    return result;
  } catch (error) {
    // a connection that cannot even roll back is not given to the next request
    await client.query("rollback").catch((e: Error) => {
      broken = e;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Rows of a raw SQL query, on PGlite and PostgreSQL alike (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect({ casing: "snake_case" });
const statementNames = new Map<string, string>();

/**
 * The statement name of a query text: its label and a hash of the text, so a text that changes (a
 * page's filters) has a statement of its own and one name never stands for two texts.
 */
export function statementName(label: string, text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `${label}_${createHash("sha1").update(text).digest("base64url").slice(0, 12)}`;
    if (statementNames.size < 2000) statementNames.set(text, name);
  }
  return name;
}

/**
 * `queryRows` for a query that a page runs on every view: a named statement on PostgreSQL, parsed once
 * per connection and, after five runs, planned once (PostgreSQL keeps a generic plan when it is not
 * dearer than the custom ones). Planning was most of the database's work on the start page: 2 ms for
 * its lists, which then ran in 1 ms (docs/performance.md). A connection keeps every statement it
 * prepared, so use this for queries with few texts, not for ones with a list of values of any length.
 * PGlite ignores the name.
 */
export async function plannedRows<T>(db: Db | Tx, label: string, query: SQL): Promise<T[]> {
  const compiled = dialect.sqlToQuery(query);
  const name = statementName(label, compiled.sql);
  const result = (await db._.session.prepareQuery(compiled, undefined, name, false).execute()) as {
    rows: T[];
  };
  return result.rows;
}

/** A query built with drizzle's builder, which `planned` can run as a named statement. */
type Preparable<R> = { toSQL(): { sql: string }; prepare(name: string): { execute(): Promise<R> } };

/** `plannedRows` for a query built with drizzle's builder (its rows mapped as the builder maps them). */
export function planned<R>(label: string, query: Preparable<R>): Promise<R> {
  return query.prepare(statementName(label, query.toSQL().sql)).execute();
}
