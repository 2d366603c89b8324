import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { createTestDatabase } from "./database";
import { ConcurrentQueryError } from "./one-query-guard";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("one query at a time per connection (issue 14.16)", () => {
  it("fails a transaction that runs two queries at once", async () => {
    const error = await database.db
      .transaction((tx) => Promise.all([tx.execute(sql`select pg_sleep(0.05)`), tx.execute(sql`select 1`)]))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).cause).toBeInstanceOf(ConcurrentQueryError);
  });

  it("lets queries in turn pass", async () => {
    const result = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      return tx.execute(sql`select 2 as n`);
    });
    expect(result).toBeTruthy();
  });
});
