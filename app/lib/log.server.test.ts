import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { createTestDatabase } from "~/test/database";
import { errorForLog } from "./log.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("a failed query is logged without its parameters", () => {
  it("leaves out a name that went in as a parameter", async () => {
    const error = await failure(() => database.db.execute(sql`select ${"Janneke Testpersoon"}::uuid`));
    const logged = JSON.stringify(errorForLog(error));
    expect(logged).not.toContain("Janneke");
    expect(logged).toContain("1 left out");
    expect(logged).toContain("22P02");
  });

  it("leaves out the values a unique constraint repeats in its detail", async () => {
    await database.db.execute(sql`create temporary table t (email text unique)`);
    await database.db.execute(sql`insert into t values (${"iemand@example.org"})`);
    const error = await failure(() =>
      database.db.execute(sql`insert into t values (${"iemand@example.org"})`),
    );
    expect(JSON.stringify(errorForLog(error))).not.toContain("iemand");
  });
});
