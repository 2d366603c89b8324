import { sql } from "drizzle-orm";
import { type Db, queryRows, type Tx } from "~/db/client.server";
import { foreignKeyOrder } from "./format";

/** The app's tables in foreign-key order, read from the database catalog (so new tables are included). */
export async function tablesInOrder(db: Db | Tx): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c1.relname as child, c2.relname as parent from pg_constraint k
        join pg_class c1 on c1.oid = k.conrelid join pg_class c2 on c2.oid = k.confrelid
        join pg_namespace n on n.oid = c1.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  return foreignKeyOrder(
    tables.map((t) => t.name),
    edges,
  );
}

/** Columns a restore can write (generated columns are left to the database). */
export async function columnsOf(db: Db | Tx, table: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  return rows.map((r) => r.name);
}

export async function migrationCount(db: Db | Tx): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0);
}
