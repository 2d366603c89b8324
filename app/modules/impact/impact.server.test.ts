import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { centres, grantTargets } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { figureMembers } from "~/modules/outcomes/figures.server";
import { PILOT_STATEMENT, seedPilotAnswers } from "~/modules/pilots/test-data";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { impactDashboard } from "./dashboard.server";
import { poolFigures, publicQuotes } from "./queries.server";
import { grantReport } from "./report.server";
import { reportPdf, reportXlsx } from "./report-files.server";
import { PRIVATE_QUOTE, PUBLIC_QUOTE, seedImpact } from "./test-data";

let database: Database;
let centreId: string;
let coordinator: Actor;
let seeded: Awaited<ReturnType<typeof seedImpact>>;
const now = new Date("2026-01-15T12:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  seeded = await seedImpact(database.db, centreId);
  await seedPilotAnswers(database.db, centreId, seeded.grantId);
  await inCentre(database.db, centreId, (tx) =>
    tx.insert(grantTargets).values([
      { centreId, grantId: seeded.grantId, metric: "certified", target: 10 },
      { centreId, grantId: seeded.grantId, metric: "paid_job_share", target: 60 },
      { centreId, grantId: seeded.grantId, metric: "assignment_hours", target: 3 },
    ]),
  );
});
afterAll(() => database.close());

const run = <T>(fn: (tx: Tx) => Promise<T>, centre = centreId) => inCentre(database.db, centre, fn);

function pdfText(body: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "tandem-report-"));
  writeFileSync(join(dir, "report.pdf"), body);
  return execFileSync("/usr/bin/pdftotext", ["-layout", join(dir, "report.pdf"), "-"], { encoding: "utf8" });
}

describe("pool figures", () => {
  it("counts confirmed inzetten and their hours in the period, not offers or other years", async () => {
    const pool = await run((tx) => poolFigures(tx, coordinator, { from: "2025-01-01", to: "2025-12-31" }));
    expect(pool.assignments).toBe(2);
    expect(pool.hours).toBe(3.5);
    const all = await run((tx) => poolFigures(tx, coordinator, {}));
    expect(all.assignments).toBe(3);
    expect(all.hours).toBe(4.5);
  });

  it("averages the client scores and shows only quotes the client made public", async () => {
    const pool = await run((tx) => poolFigures(tx, coordinator, { from: "2025-09-01", to: "2025-09-30" }));
    expect(pool.evaluations).toBe(2);
    expect(pool.averageScore).toBe(3.5);
    const quotes = await run((tx) => publicQuotes(tx, coordinator, {}));
    expect(quotes.map((q) => q.quote)).toEqual([PUBLIC_QUOTE]);
  });
});

describe("dashboard", () => {
  it("shows staff the whole centre, filtered by grant or province", async () => {
    const all = await run((tx) => impactDashboard(tx, coordinator, {}, now));
    expect(all.view.trained.value).toBe(15);
    expect(all.canDrill).toBe(true);
    const grant = await run((tx) => impactDashboard(tx, coordinator, { grantId: seeded.grantId }, now));
    expect(grant.view.trained.value).toBe(12);
    expect(grant.view.outcomes.paid_job).toEqual({
      count: { value: 6, suppressed: false },
      share: { value: 50, suppressed: false },
    });
    expect(grant.view.outcomes.volunteer.count.value).toBe(3);
    expect(grant.poolPeriod).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    const utrecht = await run((tx) => impactDashboard(tx, coordinator, { province: "Utrecht" }, now));
    expect(utrecht.view.trained.value).toBe(3);
  });

  it("shows a funder only their grant, hides small groups and never shows a name", async () => {
    const dashboard = await run((tx) => impactDashboard(tx, seeded.funder, {}, now));
    expect(dashboard.grants.map((g) => g.name)).toEqual(["Samen werken met ervaring"]);
    expect(dashboard.canDrill).toBe(false);
    expect(dashboard.cohorts).toEqual([]);
    expect(dashboard.view.trained).toEqual({ value: 12, suppressed: false });
    expect(dashboard.view.outcomes.paid_job.share.value).toBe(50);
    expect(dashboard.view.outcomes.volunteer.count).toEqual({ value: null, suppressed: true });
    expect(dashboard.view.outcomes.volunteer.share).toEqual({ value: null, suppressed: true });
    expect(dashboard.view.pool.assignments.suppressed).toBe(true);
    const text = JSON.stringify(dashboard);
    expect(text).not.toMatch(/Achternaam|Trainee|Keuzedeel|Expert /);
    expect(text).not.toContain(PRIVATE_QUOTE);
  });

  it("ignores a grant the funder does not fund", async () => {
    const dashboard = await run((tx) =>
      impactDashboard(tx, seeded.funder, { grantId: seeded.otherGrantId }, now),
    );
    expect(dashboard.filter.grantId).toBeUndefined();
    expect(dashboard.view.trained.value).toBe(12);
    const other = await run((tx) => impactDashboard(tx, seeded.otherFunder, {}, now));
    expect(other.view.trained).toEqual({ value: null, suppressed: true });
  });

  it("never gives a funder the people behind a figure", async () => {
    await expect(run((tx) => figureMembers(tx, seeded.funder, {}, "paid_job"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives another centre zeros", async () => {
    const other = await insertActor(database.db, (await insertCentre(database.db)).id, "coordinator");
    const dashboard = await run((tx) => impactDashboard(tx, other, {}, now), other.centreId);
    expect(dashboard.view.trained.value).toBe(0);
    expect(dashboard.view.pool.assignments.value).toBe(0);
    expect(dashboard.quotes).toEqual([]);
    expect(dashboard.grants).toEqual([]);
    await expect(
      run((tx) => grantReport(tx, other, seeded.grantId, now), other.centreId),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses experts and client contacts", async () => {
    for (const role of ["expert", "client_contact"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run((tx) => impactDashboard(tx, actor, {}, now))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(run((tx) => grantReport(tx, actor, seeded.grantId, now))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("grant report", () => {
  it("puts targets against live figures in the PDF", async () => {
    const report = await run((tx) => grantReport(tx, coordinator, seeded.grantId, now));
    const file = await reportPdf(report, "nl", now);
    expect(file.filename).toBe("tandem-rapport-samen-werken-met-ervaring-2026-01-15.pdf");
    const text = pdfText(file.body);
    expect(text).toContain("Rapport Samen werken met ervaring");
    expect(text).toContain("Provincie Groningen");
    expect(text).toContain("€ 250.000,00");
    expect(text).toMatch(/Aantal met certificaat\s+10\s+12\s+Ja/);
    expect(text).toMatch(/Deel met betaald werk \(%\)\s+60%\s+50%\s+Nog niet/);
    expect(text).toMatch(/Aantal uren inzet\s+3\s+3,5\s+Ja/);
    expect(text).toMatch(/Betaald werk\s+6\s+50%/);
    expect(text).toContain("Trede 4: vrijwilligerswerk");
    expect(text).toContain(PUBLIC_QUOTE);
    expect(text).not.toContain(PRIVATE_QUOTE);
    expect(text).not.toContain("Achternaam");
  });

  it("is a tagged PDF in Dutch with the centre, the grant's reference, page numbers and every letter of a name", async () => {
    const name = "Centrum Zoë Çelik-Łukasz Ğündüz";
    await database.db.update(centres).set({ name }).where(eq(centres.id, centreId));
    const report = await run((tx) => grantReport(tx, coordinator, seeded.grantId, now));
    const file = await reportPdf(report, "nl", now);
    const path = join(mkdtempSync(join(tmpdir(), "tandem-report-")), "report.pdf");
    writeFileSync(path, file.body);
    const info = execFileSync("/usr/bin/pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(info.match(/Pages:\s+(\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(0);
    const raw = file.body.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/Lang\s*\(nl\)/);
    const fonts = execFileSync("/usr/bin/pdffonts", [path], { encoding: "utf8" }).split("\n").slice(2);
    expect(fonts.filter((line) => line.trim()).length).toBeGreaterThan(0);
    for (const line of fonts.filter((l) => l.trim())) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode
    const text = pdfText(file.body);
    expect(text).toContain(name);
    expect(text).toContain("PG-2025/0042");
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  });

  it("gives the spreadsheet real types: euros, date cells, numbers and percentages, with autofilter and frozen header", async () => {
    const report = await run((tx) => grantReport(tx, coordinator, seeded.grantId, now));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report, "nl", now)).body as unknown as ArrayBuffer);
    const facts = workbook.getWorksheet("Gegevens van de subsidie");
    if (!facts) throw new Error("no facts sheet");
    const fact = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      facts.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      if (!found) throw new Error(`no ${label}`);
      return found;
    };
    expect(fact("Bedrag").type).toBe(ExcelJS.ValueType.Number);
    expect(fact("Bedrag").value).toBe(250_000);
    expect(fact("Bedrag").numFmt).toContain("€");
    expect(fact("Begint op").type).toBe(ExcelJS.ValueType.Date);
    expect(fact("Begint op").numFmt).toBe("dd-mm-yyyy");
    expect((fact("Eindigt op").value as Date).toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(fact("Kenmerk").value).toBe("PG-2025/0042");
    const headerRow = facts.views[0] as { state: string; ySplit: number };
    expect(headerRow.state).toBe("frozen");
    expect(facts.getRow(headerRow.ySplit).getCell(1).value).toBe("Gegeven");
    expect(facts.autoFilter).toBe(`A${headerRow.ySplit}:B${headerRow.ySplit}`);
    const outcomesSheet = workbook.getWorksheet("Uitstroom");
    let paid: ExcelJS.Row | undefined;
    outcomesSheet?.eachRow((row) => {
      if (row.getCell(1).value === "Betaald werk") paid = row;
    });
    expect(paid?.getCell(2).value).toBe(6);
    expect(paid?.getCell(3).value).toBe(0.5);
    expect(paid?.getCell(3).numFmt).toBe("0.0%");
    const quotes = workbook.getWorksheet("Uitspraken");
    const quoteRow = quotes?.getRow(2);
    expect(quoteRow?.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(outcomesSheet?.autoFilter).toBe("A1:C1");
  });

  it("hides small groups for the funder in the PDF and the spreadsheet", async () => {
    const report = await run((tx) => grantReport(tx, seeded.funder, seeded.grantId, now));
    const text = pdfText((await reportPdf(report, "nl", now)).body);
    expect(text).toMatch(/Vrijwilligerswerk\s+<5\s+<5/);
    expect(text).toMatch(/Betaald werk\s+6\s+50%/);
    expect(text).toContain("<5 betekent: minder dan 5 mensen");
    const file = await reportXlsx(report, "nl", now);
    expect(file.filename.endsWith(".xlsx")).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Gegevens van de subsidie",
      "Doelen",
      "Uitstroom",
      "Participatieladder",
      "Effect pilots",
      "Uitspraken",
    ]);
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)
        ?.getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1)) ?? [];
    expect(rows("Uitstroom")).toContainEqual(["Vrijwilligerswerk", "<5", "<5"]);
    expect(rows("Uitstroom")).toContainEqual(["Betaald werk", 6, 0.5]);
    expect(rows("Doelen")).toContainEqual(["Aantal met certificaat", 10, 12, "Ja"]);
    expect(rows("Uitspraken").flat()).toContain(PUBLIC_QUOTE);
    expect(JSON.stringify(rows("Uitstroom"))).not.toContain("Achternaam");
    // the pilots' change per sector and statement, the small group hidden
    expect(rows("Effect pilots")).toContainEqual(["Gemeenten", PILOT_STATEMENT, 2, 4, 2, 6, 5]);
    expect(rows("Effect pilots")).toContainEqual([
      "Onderwijs",
      PILOT_STATEMENT,
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
    ]);
    expect(text).toContain("Effect per sector");
    expect(text).toMatch(/Gemeenten\s+Ik weet welke aanpak werkt bij mensen\s+2\s+4\s+2\s+6\s+5/);
    expect(text).toMatch(/Onderwijs\s+Ik weet welke aanpak werkt bij mensen\s+<5\s+<5\s+<5\s+<5\s+<5/);
    expect(JSON.stringify(rows("Effect pilots"))).not.toContain("Professional");
  });

  it("shows the pilots' change per sector on the dashboard, for the funder only of grants they fund", async () => {
    const staff = await run((tx) => impactDashboard(tx, coordinator, {}, now));
    const municipalities = staff.pilots.find((p) => p.sector === "gemeenten");
    expect(municipalities?.statements[0]).toMatchObject({
      text: PILOT_STATEMENT,
      before: { value: 2 },
      after: { value: 4 },
      change: { value: 2, suppressed: false },
    });
    expect(staff.pilots.find((p) => p.sector === "onderwijs")?.statements[0].change).toEqual({
      value: null,
      suppressed: true,
    });
    const funder = await run((tx) => impactDashboard(tx, seeded.funder, {}, now));
    expect(funder.pilots.map((p) => p.sector)).toEqual(["gemeenten", "onderwijs"]);
    const other = await run((tx) => impactDashboard(tx, seeded.otherFunder, {}, now));
    expect(other.pilots).toEqual([]);
  });

  it("does not give a funder the report of a grant they do not fund", async () => {
    await expect(run((tx) => grantReport(tx, seeded.otherFunder, seeded.grantId, now))).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
  });
});
