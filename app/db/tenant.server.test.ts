import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { type Database, inCentre, plannedRows, queryRows } from "./client.server";
import { centres, themes } from "./schema";

let database: Database;
let centreA: string;
let centreB: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .insert(centres)
    .values([
      { slug: "a", name: "Centrum A" },
      { slug: "b", name: "Centrum B" },
    ])
    .returning({ id: centres.id });
  [centreA, centreB] = rows.map((r) => r.id);
  await database.db.insert(themes).values([
    { centreId: centreA, name: "schulden" },
    { centreId: centreB, name: "dakloosheid" },
  ]);
});
afterAll(() => database.close());

describe("row-level security", () => {
  it("shows a centre only its own rows", async () => {
    const seen = await inCentre(database.db, centreA, (tx) => tx.select({ name: themes.name }).from(themes));
    expect(seen).toEqual([{ name: "schulden" }]);
    const ownCentre = await inCentre(database.db, centreA, (tx) =>
      tx.select({ id: centres.id }).from(centres),
    );
    expect(ownCentre).toEqual([{ id: centreA }]);
  });

  it("keeps a named statement's plan to one centre's rows, run after run and centre after centre", async () => {
    // PostgreSQL plans a named statement once after five runs (a generic plan); the centre is read
    // when it runs, so the same statement on the same connections still shows each centre its own
    const names = (centreId: string) =>
      inCentre(database.db, centreId, (tx) =>
        plannedRows<{ name: string }>(tx, "test_themes", sql`select name from themes order by name`),
      );
    for (let run = 0; run < 8; run++) {
      expect(await names(centreA)).toEqual([{ name: "schulden" }]);
      expect(await names(centreB)).toEqual([{ name: "dakloosheid" }]);
    }
    if (database.kind !== "postgres") return; // PGlite has no named statements to keep
    const kept = await inCentre(database.db, centreA, async (tx) => {
      await plannedRows(tx, "test_themes", sql`select name from themes order by name`);
      return queryRows<{ name: string }>(tx, sql`select name from pg_prepared_statements`);
    });
    expect(kept.map((s) => s.name)).toContainEqual(expect.stringMatching(/^test_themes_/));
  });

  it("refuses a centre that is not an id, and runs nothing for it", async () => {
    await expect(
      inCentre(database.db, "x', true); select 1; --", (tx) => tx.select({ name: themes.name }).from(themes)),
    ).rejects.toThrow();
  });

  it("refuses to write a row for another centre", async () => {
    await expect(
      inCentre(database.db, centreA, (tx) => tx.insert(themes).values({ centreId: centreB, name: "x" })),
    ).rejects.toThrow();
    const updated = await inCentre(database.db, centreA, (tx) =>
      tx.update(themes).set({ name: "weg" }).where(eq(themes.centreId, centreB)).returning(),
    );
    expect(updated).toEqual([]);
  });

  it("shows nothing when no centre is set", async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'tandem_app', true)`);
      return tx.select().from(themes);
    });
    expect(rows).toEqual([]);
  });

  it("forces row-level security on every table with a centre_id", async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`
      select c.table_name from information_schema.columns c
      join pg_class t on t.relname = c.table_name and t.relnamespace = 'public'::regnamespace
      where c.table_schema = 'public' and c.column_name = 'centre_id' and t.relkind in ('r', 'p')
        and not (t.relrowsecurity and t.relforcerowsecurity)`,
    );
    expect(rows).toEqual([]);
  });

  it("reads every view with a centre_id with the reader's row-level security (security_invoker)", async () => {
    const views = await queryRows<{ table_name: string; invoker: boolean }>(
      database.db,
      sql`
      select c.table_name, coalesce('security_invoker=true' = any(t.reloptions), false) as invoker
      from information_schema.columns c
      join pg_class t on t.relname = c.table_name and t.relnamespace = 'public'::regnamespace
      where c.table_schema = 'public' and c.column_name = 'centre_id' and t.relkind = 'v'`,
    );
    expect(views.length).toBeGreaterThan(0);
    expect(views.filter((v) => !v.invoker)).toEqual([]);
  });
});
