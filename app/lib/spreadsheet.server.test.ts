import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "./spreadsheet.server";

async function read(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

describe("writeWorkbook", () => {
  it("writes dates, euros, numbers and percentages as such, and leaves other text as text", async () => {
    const body = await writeWorkbook([
      {
        name: "Test",
        intro: ["Titel", "Gemaakt op 1 december 2026"],
        columns: [
          { header: "Wat" },
          { header: "Datum", kind: "date" },
          { header: "Bedrag", kind: "euro" },
          { header: "Aantal", kind: "number" },
          { header: "Deel", kind: "percent" },
        ],
        rows: [
          ["=SOM(A1)", "2026-03-29", 12_345, 3.5, 50],
          ["verborgen", "onbekend", null, "<5", "<5"],
          ["eigen soort", { kind: "text", value: "2026-01-01" }, { kind: "date", value: "2026-01-02" }, 1, 0],
        ],
      },
    ]);
    const sheet = (await read(body)).getWorksheet("Test");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.autoFilter).toBe("A4:E4");
    const [first, second, third] = [5, 6, 7].map((n) => sheet.getRow(n));
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).value).toBe("=SOM(A1)");
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(2).numFmt).toBe("dd-mm-yyyy");
    expect((first.getCell(2).value as Date).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(first.getCell(3).value).toBe(123.45);
    expect(first.getCell(3).numFmt).toBe('"€" #,##0.00');
    expect(first.getCell(4).value).toBe(3.5);
    expect(first.getCell(5).value).toBe(0.5);
    expect(first.getCell(5).numFmt).toBe("0.0%");
    expect(second.getCell(2).value).toBe("onbekend");
    expect(second.getCell(3).value).toBeNull();
    expect(second.getCell(4).value).toBe("<5");
    expect(third.getCell(2).value).toBe("2026-01-01");
    expect(third.getCell(3).type).toBe(ExcelJS.ValueType.Date);
  });
});
