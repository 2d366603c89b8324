import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, auditLog, expertThemes, requests, themes } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert, insertRequest } from "~/test/factories";
import { exportFile, exportFileAsOperator } from "./export-file.server";
import { parseCsv } from "./table";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function centreWithPool(firstName = "Anna") {
  const db = database.db;
  const centre = await insertCentre(db);
  const coordinator = await insertActor(db, centre.id, "coordinator");
  const anna = await insertExpert(db, centre.id, {
    firstName,
    lastName: "de Vries",
    privateNotes: "GEHEIM: schulden bij de gemeente",
    certifiedOn: "2025-06-30",
  });
  const [theme] = await db.insert(themes).values({ centreId: centre.id, name: "Schulden" }).returning();
  await db.insert(expertThemes).values({ centreId: centre.id, expertId: anna.id, themeId: theme.id });
  const request = await insertRequest(db, centre.id, { title: "Workshop; armoede", status: "done" });
  await db.insert(assignments).values({
    centreId: centre.id,
    requestId: request.id,
    expertId: anna.id,
    status: "confirmed",
    minutesWorked: 150,
  });
  return { centre, coordinator, anna, request };
}

describe("exports", () => {
  it("give the pool as .xlsx with themes and certificate date, never the private notes", async () => {
    const s = await centreWithPool();
    await centreWithPool("Bram");
    const file = await inCentre(database.db, s.centre.id, (tx) =>
      exportFile(tx, s.coordinator, { what: "pool", format: "xlsx" }, new Date("2026-03-10T10:00:00Z")),
    );
    expect(file.filename).toBe("tandem-pool-2026-03-10.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Pool");
    const values = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toContain("Thema's");
    expect(values).toHaveLength(2);
    expect(values[1]).toEqual(
      expect.arrayContaining(["Anna", "de Vries", "Actief", new Date("2025-06-30T00:00:00Z"), "Schulden"]),
    );
    expect(JSON.stringify(values)).not.toContain("GEHEIM");
    expect(JSON.stringify(values)).not.toContain("Bram");
  });

  it("give the requests as CSV for Dutch Excel, with experts and hours, and audit the download", async () => {
    const s = await centreWithPool();
    const file = await inCentre(database.db, s.centre.id, (tx) =>
      exportFile(tx, s.coordinator, { what: "requests", format: "csv" }),
    );
    const text = file.body.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(file.contentType).toContain("text/csv");
    const rows = parseCsv(text);
    expect(rows[0].slice(0, 3)).toEqual(["Nummer", "Titel", "Opdrachtgever"]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(
      expect.arrayContaining([
        String(s.request.number),
        "Workshop; armoede",
        "Uitgevoerd",
        "Anna de Vries",
        "2,5",
      ]),
    );
    const audit = await database.db
      .select({ action: auditLog.action, userId: auditLog.userId, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.centreId, s.centre.id));
    expect(audit).toEqual([
      {
        action: "export",
        userId: s.coordinator.userId,
        detail: { what: "requests", format: "csv", rows: 1 },
      },
    ]);
  });

  it("from the command line are audited without a user", async () => {
    const s = await centreWithPool();
    const file = await inCentre(database.db, s.centre.id, (tx) =>
      exportFileAsOperator(tx, s.centre.id, { what: "pool", format: "csv" }),
    );
    expect(parseCsv(file.body.toString("utf8"))[1].slice(0, 2)).toEqual(["Anna", "de Vries"]);
    const audit = await database.db
      .select({ userId: auditLog.userId, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.centreId, s.centre.id));
    expect(audit).toEqual([{ userId: null, detail: { what: "pool", format: "csv", rows: 1, via: "cli" } }]);
  });

  it("give the requests as .xlsx with date cells (Amsterdam day), numbers, a frozen header and an autofilter", async () => {
    const s = await centreWithPool();
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam
    await database.db
      .update(requests)
      .set({
        createdAt: new Date("2026-03-09T23:30:00Z"),
        periodStart: "2026-04-01",
        periodEnd: "2026-06-30",
      })
      .where(eq(requests.id, s.request.id));
    const file = await inCentre(database.db, s.centre.id, (tx) =>
      exportFile(tx, s.coordinator, { what: "requests", format: "xlsx" }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Aanvragen");
    if (!sheet) throw new Error("no sheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1);
    expect(cell("Nummer").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("Nummer").value).toBe(s.request.number);
    for (const name of ["Aangemaakt op", "Periode van", "Periode tot"]) {
      expect(cell(name).type).toBe(ExcelJS.ValueType.Date);
      expect(cell(name).numFmt).toBe("dd-mm-yyyy");
    }
    expect((cell("Aangemaakt op").value as Date).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect((cell("Periode van").value as Date).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(cell("Uren").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("Uren").value).toBe(2.5);
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + header.length)}1`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("give the CSV as UTF-8 bytes with a byte order mark, so Dutch Excel keeps ë and €", async () => {
    const s = await centreWithPool("Zoë");
    await database.db
      .update(requests)
      .set({ title: "Café € 5 – “goed”" })
      .where(eq(requests.id, s.request.id));
    const file = await inCentre(database.db, s.centre.id, (tx) =>
      exportFile(tx, s.coordinator, { what: "requests", format: "csv" }),
    );
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.body.includes(Buffer.from([0xe2, 0x82, 0xac]))).toBe(true); // € in UTF-8
    expect(file.body.toString("utf8")).toContain(";Café € 5 – “goed”;");
  });

  it("are refused to experts and client contacts", async () => {
    const s = await centreWithPool();
    for (const role of ["client_contact", "expert"] as const) {
      const actor = await insertActor(database.db, s.centre.id, role);
      await expect(
        inCentre(database.db, s.centre.id, (tx) => exportFile(tx, actor, { what: "pool", format: "csv" })),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
