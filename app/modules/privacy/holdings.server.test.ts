import { eq, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import * as schema from "~/db/schema";
import { assignments, expertThemes, themes } from "~/db/schema";
import {
  assignmentStatuses,
  attendanceValues,
  dayParts,
  expertStatuses,
  intakeStatuses,
  measurementMoments,
  outcomeKinds,
  outcomeSources,
  progressValues,
  proposalStatuses,
  requestStatuses,
  situations,
  traineeStatuses,
} from "~/db/values";
import { privacy as en } from "~/i18n/en/privacy";
import { privacy as nl } from "~/i18n/nl/privacy";
import { goalStatuses, trajectoryStatuses } from "~/modules/coaching/values";
import {
  insertCohort,
  insertMeasurement,
  insertOutcome,
  insertTrainee,
} from "~/modules/outcomes/test-data.server";
import { weekdays } from "~/modules/pool/rules";
import { tandemStatuses } from "~/modules/tandems/values";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { holdings, recordedBy } from "./holdings.server";
import { collectOwnData, collectPersonDataAsOperator } from "./person-data.server";
import { readsOfOwnRecords } from "./reads.server";

const personTables = new Set(["user", "experts", "trainees", "client_contacts"]);

/** Every column in the schema that points at a person: a foreign key to a login or a person's record. */
function personColumns(): string[] {
  const found: string[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const table = getTableConfig(value);
    if (personTables.has(table.name)) found.push(`${table.name}.id`);
    for (const fk of table.foreignKeys) {
      const ref = fk.reference();
      if (personTables.has(getTableConfig(ref.foreignTable).name))
        for (const column of ref.columns) found.push(`${table.name}.${column.name}`);
    }
  }
  return found.sort();
}

const nameOf = (column: { name: string; table: unknown }) =>
  `${getTableConfig(column.table as PgTable).name}.${column.name}`;

const codeLists: [keyof typeof nl.values, readonly (string | number)[]][] = [
  [
    "status",
    [
      ...expertStatuses,
      ...assignmentStatuses,
      ...traineeStatuses,
      ...requestStatuses,
      ...proposalStatuses,
      ...tandemStatuses,
      ...trajectoryStatuses,
      ...goalStatuses,
    ],
  ],
  ["dayPart", dayParts],
  ["weekday", weekdays],
  ["kind", outcomeKinds],
  ["source", outcomeSources],
  ["moment", measurementMoments],
  ["attendance", attendanceValues],
  ["progress", progressValues],
  ["intakeStatus", intakeStatuses],
  ["situationBefore", situations],
];

describe("the register of what Tandem holds about a person", () => {
  it("names every code it shows, in Dutch and English", () => {
    for (const texts of [nl, en])
      for (const [field, codes] of codeLists)
        for (const code of codes)
          expect((texts.values[field] as Record<string, string>)[String(code)], `${field}.${code}`).toEqual(
            expect.any(String),
          );
  });

  it("covers every column that points at a person (a new table with a person in it must be added)", () => {
    const covered = new Set([
      ...holdings.flatMap((h) => h.covers.map(([column]) => nameOf(column))),
      ...recordedBy.map(nameOf),
    ]);
    const missing = personColumns().filter((c) => !covered.has(c));
    expect(missing, "add these to holdings (or, for who-recorded-it columns, to recordedBy)").toEqual([]);
  });

  it("has a title, an origin and labels for every field in Dutch and English", () => {
    for (const texts of [nl, en]) {
      for (const h of holdings) {
        expect(texts.holdings[h.key as keyof typeof texts.holdings], h.key).toMatchObject({
          title: expect.any(String),
          source: expect.any(String),
        });
      }
    }
  });
});

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("a person's own data", () => {
  it("holds their pool record, training, work and log, and nobody else's", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      firstName: "Sanne",
      privateNotes: "Wil graag meer workshops.",
    });
    const other = await insertExpertWithLogin(db, centre.id, { firstName: "Karim" });
    const cohort = await insertCohort(db, centre.id);
    const traineeId = await insertTrainee(db, centre.id, cohort.id, { expertId: expert.id });
    await insertOutcome(db, centre.id, traineeId, "paid_job", "2026-03-01");
    await insertMeasurement(db, centre.id, traineeId, "intake", "2025-09-01", 2);
    const client = await insertClient(db, centre.id, { name: "Gemeente Lingewaard" });
    const request = await insertRequest(db, centre.id, {
      clientId: client.id,
      title: "Training loketmedewerkers",
    });
    await db.insert(assignments).values([
      { centreId: centre.id, requestId: request.id, expertId: expert.id, status: "confirmed" },
      { centreId: centre.id, requestId: request.id, expertId: other.expert.id, status: "offered" },
    ]);
    const [theme] = await db.insert(themes).values({ centreId: centre.id, name: "Schulden" }).returning();
    await db.insert(expertThemes).values({ centreId: centre.id, expertId: expert.id, themeId: theme.id });
    // another centre's pool record of a person with a login there
    const elsewhere = await insertCentre(db);
    await insertExpertWithLogin(db, elsewhere.id, { firstName: "Elders" });

    const data = await collectOwnData(db, { ...actor, name: "Sanne Test", centreName: "Centrum" });
    const rows = (key: string) =>
      data.groups.flatMap((g) => g.holdings).find((h) => h.key === key)?.rows ?? [];
    expect(rows("expert")).toEqual([
      expect.objectContaining({ firstName: "Sanne", privateNotes: "Wil graag meer workshops." }),
    ]);
    expect(rows("expertThemes")).toEqual([{ theme: "Schulden" }]);
    expect(rows("assignments")).toEqual([
      expect.objectContaining({
        request: "Training loketmedewerkers",
        client: "Gemeente Lingewaard",
        status: "confirmed",
      }),
    ]);
    expect(rows("outcomes")).toEqual([expect.objectContaining({ kind: "paid_job", startsOn: "2026-03-01" })]);
    expect(rows("measurements")).toEqual([expect.objectContaining({ moment: "intake", ladder: 2 })]);
    expect(rows("trainee")).toHaveLength(1);
    expect(rows("memberships")).toEqual([expect.objectContaining({ role: "expert" })]);
    expect(rows("login")).toEqual([expect.objectContaining({ email: expect.stringContaining("@") })]);
    // every field the page shows has a label in both languages
    const fields = data.groups.flatMap((g) =>
      g.holdings.flatMap((h) => h.rows.flatMap((r) => Object.keys(r))),
    );
    for (const f of fields) {
      expect(nl.fields[f as keyof typeof nl.fields], f).toEqual(expect.any(String));
      expect(en.fields[f as keyof typeof en.fields], f).toEqual(expect.any(String));
    }
    const text = JSON.stringify(data);
    expect(text).not.toContain("Karim");
    expect(text).not.toContain("Elders");
    // no secrets in the export
    expect(text).not.toMatch(/token|secret|password/i);
  });

  it("holds a client contact's person record and their requests", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const actor = await insertActor(db, centre.id, "client_contact");
    const client = await insertClient(db, centre.id, { name: "Woonstede" });
    const contact = await insertContact(db, centre.id, client.id, {
      userId: actor.userId,
      jobTitle: "Wijkconsulent",
    });
    await insertRequest(db, centre.id, {
      clientId: client.id,
      contactId: contact.id,
      title: "Gesprek huurders",
    });
    const data = await collectOwnData(db, { ...actor, name: "Contact", centreName: "Centrum" });
    const keys = data.groups.flatMap((g) => g.holdings.filter((h) => h.rows.length).map((h) => h.key));
    expect(keys).toEqual(expect.arrayContaining(["contact", "contactRequests", "memberships", "login"]));
    expect(JSON.stringify(data)).toContain("Gesprek huurders");
  });
});

describe("the operator's export of a person (tandem privacy export)", () => {
  it("gives the same data as the person's own download, found by e-mail, and the person sees it was taken", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, { firstName: "Noor" });
    const cohort = await insertCohort(db, centre.id);
    await insertTrainee(db, centre.id, cohort.id, { expertId: expert.id, benefitBefore: "WW" });
    // a trainee without a login, found by the address the centre has
    await insertTrainee(db, centre.id, cohort.id, { firstName: "Zonder", email: "zonder.login@example.org" });
    const own = await collectOwnData(db, { ...actor, centreName: "Centrum" });
    const byOperator = await collectPersonDataAsOperator(
      db,
      { id: centre.id, name: "Centrum" },
      // the login's address, typed in capitals
      (
        await db
          .select({ email: schema.user.email })
          .from(schema.user)
          .where(eq(schema.user.id, actor.userId))
      )[0].email.toUpperCase(),
    );
    const without = (data: typeof own) => ({
      ...data,
      exportedAt: "",
      groups: data.groups.filter((g) => g.group !== "log"),
    });
    expect(without(byOperator)).toEqual(without(own));
    const reads = await inCentre(db, centre.id, (tx) => readsOfOwnRecords(tx, actor));
    expect(reads).toEqual([expect.objectContaining({ kind: "dataExport", reader: null })]);

    const loose = await collectPersonDataAsOperator(
      db,
      { id: centre.id, name: "Centrum" },
      "zonder.login@example.org",
    );
    expect(loose.person).toMatch(/^Zonder /);
    await expect(
      collectPersonDataAsOperator(db, { id: centre.id, name: "Centrum" }, "niemand@example.org"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
