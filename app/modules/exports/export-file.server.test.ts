import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, auditLog, expertThemes, themes } from "~/db/schema";
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
      expect.arrayContaining(["Anna", "de Vries", "Actief", "2025-06-30", "Schulden"]),
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
