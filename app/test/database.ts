import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../db/client.server";
import { withDatabase } from "./global-setup";
import { guardPglite, guardPool } from "./one-query-guard";

/**
 * A fresh, migrated database for one test file: a PGlite loaded from the run's template, or on the
 * postgres project a new PostgreSQL database copied from the template. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  if (process.env.TEST_DB_KIND === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `${inject("pgPrefix")}${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject("pgTemplate")}`);
    } finally {
      await admin.end();
    }
    return openDatabase({ url: withDatabase(url, name), migrate: false, onPool: guardPool });
  }
  const blob = new Blob([readFileSync(inject("pgliteTemplate"))]);
  const pglite = new PGlite({ loadDataDir: blob });
  guardPglite(pglite);
  return openDatabase({ pglite, migrate: false });
}
