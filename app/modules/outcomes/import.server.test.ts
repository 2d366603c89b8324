import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { auditLog, cohorts, measurements, outcomes, trainees } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { rowErrorText } from "./import-messages";
import { importTrainees } from "./import-trainees.server";
import { readTable } from "./read-table.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const header =
  "cohort,external_id,first_name,last_name,province,start_date,end_date,certified,situation_before,outcome,outcome_date,ladder_intake,ladder_latest";
const good1 =
  "Keuzedeel Noord,N-1,Anna,de Vries,Groningen,2024-09-02,2025-06-27,ja,langdurig werkloos,betaald werk,2025-09-01,2,5";
const good2 = "Keuzedeel Noord,N-2,Karim,Bakker,Drenthe,2024-09-02,2025-06-27,nee,werkloos,,,3,";
const bad =
  "Keuzedeel Noord,N-3,Sanne,Jansen,Groningen,1 september,2025-06-27,ja,werkloos,betaald werk,2025-09-01,2,9";

const csv = (...rows: string[]) => Buffer.from([header, ...rows].join("\n"), "utf8");

async function setup() {
  const centre = await insertCentre(database.db);
  const coordinator = await insertActor(database.db, centre.id, "coordinator");
  const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, centre.id, fn);
  return { centre, coordinator, run };
}

describe("importTrainees", () => {
  it("imports nothing when a row is wrong and names the row in Dutch", async () => {
    const { coordinator, run } = await setup();
    const table = await readTable("deelnemers.csv", csv(good1, bad, good2));
    const result = await run((tx) => importTrainees(tx, coordinator, table, { goodRows: false }));
    expect(result.imported).toBe(false);
    expect(result.errors).toEqual([
      { row: 3, column: "start_date", problem: "not_date", label: "start_date" },
      { row: 3, column: "ladder_latest", problem: "not_rung", label: "ladder_latest" },
    ]);
    expect(rowErrorText(result.errors[0])).toBe(
      "Rij 3: start_date is geen datum (gebruik 01-09-2025 of 2025-09-01).",
    );
    expect(await run((tx) => tx.select().from(trainees))).toHaveLength(0);
    expect(await run((tx) => tx.select().from(cohorts))).toHaveLength(0);
  });

  it("imports the good rows when chosen: cohort, trainees, outcome and ladder; audited with counts", async () => {
    const { centre, coordinator, run } = await setup();
    const table = await readTable("deelnemers.csv", csv(good1, bad, good2));
    const result = await run((tx) => importTrainees(tx, coordinator, table, { goodRows: true }));
    expect(result).toMatchObject({ imported: true, created: 2, updated: 0, cohortsCreated: 1, skipped: 1 });
    const people = await run((tx) =>
      tx
        .select({ name: trainees.firstName, status: trainees.status, certifiedOn: trainees.certifiedOn })
        .from(trainees)
        .orderBy(trainees.firstName),
    );
    expect(people).toEqual([
      { name: "Anna", status: "certified", certifiedOn: "2025-06-27" },
      { name: "Karim", status: "in_training", certifiedOn: null },
    ]);
    const [cohort] = await run((tx) => tx.select().from(cohorts));
    expect(cohort).toMatchObject({ name: "Keuzedeel Noord", kind: "keuzedeel", startsOn: "2024-09-02" });
    expect(
      await run((tx) => tx.select({ kind: outcomes.kind, source: outcomes.source }).from(outcomes)),
    ).toEqual([{ kind: "paid_job", source: "import" }]);
    expect(await run((tx) => tx.select().from(measurements))).toHaveLength(3);
    const [audit] = await database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.centreId, centre.id), eq(auditLog.entity, "trainee_import")));
    expect(audit.detail).toEqual({ created: 2, updated: 0, cohortsCreated: 1, skipped: 1 });
    expect(JSON.stringify(audit.detail)).not.toContain("Anna");
  });

  it("updates a trainee with the same external_id instead of adding them again", async () => {
    const { coordinator, run } = await setup();
    await run(async (tx) =>
      importTrainees(tx, coordinator, await readTable("a.csv", csv(good1)), { goodRows: false }),
    );
    const changed = good1
      .replace("betaald werk,2025-09-01", "vrijwilligerswerk,2025-10-01")
      .replace("Anna", "Anne");
    const again = await run(async (tx) =>
      importTrainees(tx, coordinator, await readTable("a.csv", csv(changed)), { goodRows: false }),
    );
    expect(again).toMatchObject({ created: 0, updated: 1, cohortsCreated: 0 });
    expect(await run((tx) => tx.select({ name: trainees.firstName }).from(trainees))).toEqual([
      { name: "Anne" },
    ]);
    expect(await run((tx) => tx.select({ kind: outcomes.kind }).from(outcomes))).toEqual([
      { kind: "volunteer" },
    ]);
  });

  it("reads .xlsx with real dates and a semicolon CSV", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Deelnemers");
    sheet.addRow(header.split(","));
    sheet.addRow(["K1", "X-1", "Piet", "Smit", "", new Date("2024-09-02"), new Date("2025-06-27"), "ja"]);
    const xlsx = await readTable("d.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(xlsx.records[0]).toMatchObject({ external_id: "X-1", start_date: "2024-09-02", certified: "ja" });
    const semicolon = await readTable("d.csv", Buffer.from('cohort;external_id\n"K; 1";X-2\n', "utf8"));
    expect(semicolon.records).toEqual([{ cohort: "K; 1", external_id: "X-2" }]);
  });

  it("imports the Dutch templates (CSV and Excel) as they are downloaded", async () => {
    const { coordinator, run } = await setup();
    const dutchHeader = [
      "cohort",
      "extern_id",
      "voornaam",
      "achternaam",
      "provincie",
      "startdatum",
      "einddatum",
      "gecertificeerd",
      "situatie_voor",
      "uitkomst",
      "uitkomst_datum",
      "ladder_intake",
      "ladder_laatste",
    ];
    const csvBytes = readFileSync(join(process.cwd(), "public/templates/trainees.csv"));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM for Dutch Excel
    const csvTable = await readTable("trainees.csv", csvBytes);
    expect(csvTable.header).toEqual(dutchHeader);
    const xlsxTable = await readTable(
      "trainees.xlsx",
      readFileSync(join(process.cwd(), "public/templates/trainees.xlsx")),
    );
    expect(xlsxTable.header).toEqual(dutchHeader);
    expect(xlsxTable.records.map((r) => r.voornaam)).toEqual(csvTable.records.map((r) => r.voornaam));
    for (const table of [csvTable, xlsxTable]) {
      const result = await run((tx) => importTrainees(tx, coordinator, table, { goodRows: false }));
      expect(result).toMatchObject({ imported: true, errors: [] });
    }
    expect(await run((tx) => tx.select({ startsOn: cohorts.startsOn }).from(cohorts))).toEqual([
      { startsOn: "2024-09-02" },
    ]);
    expect(await run((tx) => tx.select().from(trainees))).toHaveLength(csvTable.records.length);
  });

  it("reports missing columns and is FORBIDDEN for an expert", async () => {
    const { centre, coordinator, run } = await setup();
    const table = await readTable("x.csv", Buffer.from("cohort,first_name\nK,Jan\n"));
    const result = await run((tx) => importTrainees(tx, coordinator, table, { goodRows: true }));
    expect(result.imported).toBe(false);
    expect(result.errors.map(rowErrorText)).toContain("Rij 1: de kolom external_id ontbreekt.");
    const expert = await insertActor(database.db, centre.id, "expert");
    await expect(run((tx) => importTrainees(tx, expert, table, { goodRows: true }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
