import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { withDatabase } from "~/test/global-setup";
import { type Database, inCentre, openDatabase, queryRows } from "./client.server";
import { user } from "./schema";

/** The tenant role sees only its own centre's people (both backends: PGlite runs the same policies). */
describe("users across centres (issue 14.8)", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("shows the tenant role only the people with a membership in its centre", async () => {
    const a = await insertCentre(database.db);
    const b = await insertCentre(database.db);
    const inA = await insertActor(database.db, a.id, "coordinator");
    const inB = await insertActor(database.db, b.id, "admin");
    const seen = await inCentre(database.db, a.id, (tx) => tx.select({ id: user.id }).from(user));
    expect(seen.map((u) => u.id)).toContain(inA.userId);
    expect(seen.map((u) => u.id)).not.toContain(inB.userId);
  });
});

/**
 * Least privilege on PostgreSQL: an owner that is only CREATEROLE runs the migrations
 * (MIGRATE_DATABASE_URL); the app logs in as another role, which cannot become the owner. Two such
 * databases live in one cluster, each with its own roles (DATABASE_APP_ROLE).
 */
// Registered on the postgres project only (PGlite has one user; no skipped tests on the other).
if (process.env.TEST_DB_KIND === "postgres")
  describe("database roles on PostgreSQL (issue 14.8)", () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const tag = randomBytes(4).toString("hex");
    const names = [1, 2, 3, 4].map((n) => ({
      owner: `tandem_owner_${tag}_${n}`,
      login: `tandem_login_${tag}_${n}`,
      tenant: `tandem_tenant_${tag}_${n}`,
      role: `tandem_app_${tag}_${n}`,
      db: `tandem_roles_${tag}_${n}`,
    }));
    const admin = new pg.Client({ connectionString: url });
    const opened: Database[] = [];
    const as = (name: string, db: string) => {
      const parsed = new URL(withDatabase(url, db));
      parsed.username = name;
      parsed.password = "";
      return parsed.toString();
    };

    async function openApp(n: 0 | 1): Promise<Database> {
      const { owner, login, role, db } = names[n];
      const before = process.env.DATABASE_APP_ROLE;
      process.env.DATABASE_APP_ROLE = role;
      try {
        const database = await openDatabase({ url: as(login, db), migrateUrl: as(owner, db) });
        opened.push(database);
        return database;
      } finally {
        if (before === undefined) delete process.env.DATABASE_APP_ROLE;
        else process.env.DATABASE_APP_ROLE = before;
      }
    }

    beforeAll(async () => {
      await admin.connect();
      for (const { owner, login, tenant, db } of names) {
        await admin.query(`create role ${owner} login createrole nosuperuser`);
        await admin.query(`create role ${login} login nosuperuser`);
        await admin.query(`create role ${tenant} login nosuperuser`);
        await admin.query(`create database ${db} owner ${owner}`);
      }
    });
    afterAll(async () => {
      for (const database of opened) await database.close();
      for (const { owner, login, tenant, role, db } of names) {
        // pool.end() resolves before its sockets are closed: let them go, so "force" kills nobody
        for (let i = 0; i < 50; i++) {
          const { rows } = await admin.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1",
            [db],
          );
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await admin.query(`drop database if exists ${db} with (force)`);
        for (const r of [tenant, login, `${role}_system`, role, owner])
          await admin.query(`drop role if exists ${r}`);
      }
      await admin.end();
    });

    it("migrates as a non-superuser owner and serves as a login that cannot become it", async () => {
      const app = await openApp(0);
      const a = await insertCentre(app.db);
      const b = await insertCentre(app.db);
      const inA = await insertActor(app.db, a.id, "coordinator");
      const inB = await insertActor(app.db, b.id, "admin");
      const [who] = await queryRows<{ u: string; super: boolean }>(
        app.db,
        sql`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as super`,
      );
      expect(who).toEqual({ u: names[0].login, super: false });

      await expect(
        inCentre(app.db, a.id, (tx) => tx.execute(sql.raw(`set role ${names[0].owner}`))),
      ).rejects.toThrow();
      await expect(app.db.execute(sql.raw(`set role ${names[0].owner}`))).rejects.toThrow();
      await expect(app.db.execute(sql`alter table memberships disable row level security`)).rejects.toThrow();
      await expect(app.db.execute(sql`drop policy tenant on memberships`)).rejects.toThrow();

      const people = await inCentre(app.db, a.id, (tx) =>
        tx.select({ id: user.id, email: user.email }).from(user),
      );
      expect(people.map((p) => p.id)).toEqual([inA.userId]);
      expect(people.map((p) => p.id)).not.toContain(inB.userId);
      await expect(
        inCentre(app.db, a.id, (tx) => tx.execute(sql`select password from account`)),
      ).rejects.toThrow();
    });

    it("also works with one URL whose user is a non-superuser owner (no MIGRATE_DATABASE_URL)", async () => {
      const { owner, role, db } = names[2];
      process.env.DATABASE_APP_ROLE = role;
      let app: Database;
      try {
        app = await openDatabase({ url: as(owner, db) });
      } finally {
        delete process.env.DATABASE_APP_ROLE;
      }
      opened.push(app);
      const a = await insertCentre(app.db);
      const b = await insertCentre(app.db);
      await insertActor(app.db, b.id, "admin");
      const [all] = await queryRows<{ n: string }>(app.db, sql`select count(*) as n from centres`);
      expect(Number(all.n)).toBe(2);
      const seen = await inCentre(app.db, a.id, (tx) => tx.execute(sql`select id from centres`));
      expect((seen as unknown as { rows: { id: string }[] }).rows).toEqual([{ id: a.id }]);
    });

    it("runs a centre's requests on a tenant login that has no role to go back to (TENANT_DATABASE_URL)", async () => {
      const { owner, login, tenant, role, db } = names[3];
      process.env.DATABASE_APP_ROLE = role;
      let app: Database;
      try {
        app = await openDatabase({
          url: as(login, db),
          migrateUrl: as(owner, db),
          tenantUrl: as(tenant, db),
        });
      } finally {
        delete process.env.DATABASE_APP_ROLE;
      }
      opened.push(app);
      const a = await insertCentre(app.db);
      const b = await insertCentre(app.db);
      const inA = await insertActor(app.db, a.id, "coordinator");
      await insertActor(app.db, b.id, "admin");

      // a statement that resets the role lands on the tenant login, which still sees one centre
      const afterReset = await inCentre(app.db, a.id, async (tx) => {
        await tx.execute(sql`reset role`);
        const [who] = await queryRows<{ s: string }>(tx, sql`select session_user as s`);
        const people = await tx.select({ id: user.id }).from(user);
        const centres = await queryRows<{ id: string }>(tx, sql`select id from centres`);
        return { who: who.s, people: people.map((p) => p.id), centres: centres.map((c) => c.id) };
      });
      expect(afterReset).toEqual({ who: tenant, people: [inA.userId], centres: [a.id] });
      await expect(
        inCentre(app.db, a.id, (tx) => tx.execute(sql.raw(`set role ${role}_system`))),
      ).rejects.toThrow();
      await expect(
        inCentre(app.db, a.id, (tx) => tx.execute(sql.raw(`set role ${login}`))),
      ).rejects.toThrow();
      // the system login (sign-in, jobs) still sees every centre
      const [all] = await queryRows<{ n: string }>(app.db, sql`select count(*) as n from centres`);
      expect(Number(all.n)).toBe(2);
    });

    it("refuses a tenant login that holds the system role", async () => {
      const { owner, login, role, db } = names[3];
      process.env.DATABASE_APP_ROLE = role;
      try {
        await expect(
          openDatabase({ url: as(login, db), migrateUrl: as(owner, db), tenantUrl: as(login, db) }),
        ).rejects.toThrow(/must be a member of/);
      } finally {
        delete process.env.DATABASE_APP_ROLE;
      }
    });

    it("gives a second Tandem database in the same cluster its own roles", async () => {
      const app = await openApp(1);
      const [role] = await queryRows<{ r: string }>(app.db, sql`select tandem_tenant_role() as r`);
      expect(role.r).toBe(names[1].role);
      const centre = await insertCentre(app.db);
      const seen = await inCentre(app.db, centre.id, (tx) => tx.execute(sql`select current_user as u`));
      expect((seen as unknown as { rows: { u: string }[] }).rows[0].u).toBe(names[1].role);
    });
  });
