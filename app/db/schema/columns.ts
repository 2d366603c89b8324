import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Shared column builders: every table has a uuid id; tenant tables carry centre_id (row-level security). */
export const id = () => uuid().default(sql`gen_random_uuid()`).primaryKey();

export const createdAt = () => timestamp({ withTimezone: true }).defaultNow().notNull();

export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull();
