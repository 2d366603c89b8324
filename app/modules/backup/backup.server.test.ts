import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "~/db/client.server";
import { experts, jobs, memberships, requests, session, user, verification } from "~/db/schema";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { addMember } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertContact,
  insertExpert,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { writeBackup } from "./backup.server";
import { tablesInOrder } from "./catalog.server";
import { restoreBackup } from "./restore.server";

let source: Database;
let target: Database;
const folder = mkdtempSync(join(tmpdir(), "tandem-backup-"));
const passphrase = "een lange zin als sleutel";
const leftOut = ["rate_limit", "rate_counters", "session", "verification", "jobs"];

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

async function countsOf(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesInOrder(database.db)) {
    const [row] = await queryRows<{ n: string | number }>(
      database.db,
      sql`select count(*) as n from ${sql.identifier(table)}`,
    );
    counts[table] = Number(row.n);
  }
  return counts;
}

async function fillCentre(database: Database, password: string) {
  const centre = await insertCentre(database.db);
  await insertActor(database.db, centre.id, "coordinator");
  const { expert } = await insertExpertWithLogin(database.db, centre.id, { languages: ["nl", "ar"] });
  await insertExpert(database.db, centre.id, { status: "paused" });
  const request = await insertRequest(database.db, centre.id, {
    status: "in_progress",
    periodStart: "2026-03-01",
  });
  await insertContact(database.db, centre.id, request.clientId!);
  const email = `beheer-${centre.slug}@example.org`;
  await addMember(database.db, { centreId: centre.id, name: "Bea Beheer", email, role: "admin", password });
  return { centre, expert, request, email };
}

describe("backup and restore", () => {
  it("gives back every row of two centres in an empty database, and logins still work", async () => {
    const password = "wachtwoord voor herstel";
    const one = await fillCentre(source, password);
    const two = await fillCentre(source, password);
    await signInWithPassword(source.db, new Request("http://localhost/login"), one.email, password);

    await source.db.insert(verification).values({
      identifier: "sign-in-otp-x",
      value: "123456",
      expiresAt: new Date(Date.now() + 60_000),
    });
    await source.db
      .insert(jobs)
      .values({ kind: "mail.send", payload: { subject: "code" }, runAt: new Date() });

    const file = join(folder, "tandem.backup");
    const header = await writeBackup(source.db, file, { passphrase });
    expect(header.tables.find((t) => t.name === "centres")?.rows).toBe(2);
    expect(header.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["user", "account", "two_factor"]),
    );
    expect(header.tables.map((t) => t.name)).not.toContain("session");
    expect(header.tables.map((t) => t.name)).not.toContain("verification");
    expect(header.tables.find((t) => t.name === "jobs")?.rows).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe("TANDEMC1");
    expect(bytes.includes(Buffer.from("example.org"))).toBe(false);

    await restoreBackup(target.db, file, { passphrase });
    expect(await target.db.select().from(session)).toEqual([]);
    expect(await target.db.select().from(verification)).toEqual([]);
    const before = await countsOf(source);
    const after = await countsOf(target);
    for (const skipped of leftOut) {
      delete before[skipped];
      delete after[skipped];
    }
    expect(after).toEqual(before);
    expect(after.centres).toBe(2);

    const [expert] = await target.db.select().from(experts).where(eq(experts.id, one.expert.id));
    expect(expert).toEqual(one.expert);
    const [request] = await target.db.select().from(requests).where(eq(requests.id, two.request.id));
    expect(request).toEqual(two.request);
    const people = await target.db.select({ email: user.email }).from(user).where(eq(user.email, two.email));
    expect(people).toHaveLength(1);

    const signedIn = await signInWithPassword(
      target.db,
      new Request("http://localhost/login"),
      two.email,
      password,
    );
    expect(signedIn.headers.getSetCookie().join(";")).toContain("session_token");
  });

  it("refuses a database that already has a centre, and changes nothing", async () => {
    const file = join(folder, "tandem.backup");
    const members = await target.db.select({ id: memberships.id }).from(memberships);
    await expect(restoreBackup(target.db, file, { passphrase })).rejects.toThrow(/not empty/);
    expect(await target.db.select({ id: memberships.id }).from(memberships)).toHaveLength(members.length);
  });

  it("refuses a file that is not a Tandem backup", async () => {
    const file = join(folder, "other.gz");
    writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/not a Tandem backup/);
  });

  it("refuses to write without a passphrase unless asked to, and then writes plain gzip, still 0600", async () => {
    const file = join(folder, "plain.backup.gz");
    await expect(writeBackup(source.db, file)).rejects.toThrow(/BACKUP_PASSPHRASE/);
    await writeBackup(source.db, file, { unencrypted: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it("refuses a wrong or missing passphrase and a changed file, and changes nothing", async () => {
    const fresh = await createTestDatabase();
    try {
      const file = join(folder, "tandem.backup");
      await expect(restoreBackup(fresh.db, file)).rejects.toThrow(/encrypted. Set BACKUP_PASSPHRASE/);
      await expect(restoreBackup(fresh.db, file, { passphrase: "een andere zin dan die" })).rejects.toThrow(
        /cannot be decrypted/,
      );
      const changed = readFileSync(file);
      changed[changed.length - 40] ^= 1;
      writeFileSync(join(folder, "changed.backup"), changed);
      await expect(restoreBackup(fresh.db, join(folder, "changed.backup"), { passphrase })).rejects.toThrow(
        /cannot be decrypted/,
      );
      expect(await fresh.db.select({ id: user.id }).from(user)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
