import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./table";

describe("CSV for Dutch Excel", () => {
  const table = {
    sheet: "Pool",
    headers: ["Naam", "Thema's", "Uren"],
    kinds: ["text" as const, "text" as const, "decimal" as const],
    rows: [
      ["Anna de Vries", "schulden; wonen", 1.5],
      ['Piet "Pietje" Bos', "regel 1\r\nregel 2", null],
      ["=SOM(A1)", "", 3],
    ],
  };

  it("starts with a BOM and separates values with semicolons", () => {
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFFNaam;Thema's;Uren\r\n")).toBe(true);
    expect(csv).toContain('Anna de Vries;"schulden; wonen";1,5\r\n');
  });

  it("quotes values so they read back the same, and defuses formulas", () => {
    const rows = parseCsv(toCsv(table));
    expect(rows).toEqual([
      ["Naam", "Thema's", "Uren"],
      ["Anna de Vries", "schulden; wonen", "1,5"],
      ['Piet "Pietje" Bos', "regel 1\r\nregel 2", ""],
      ["'=SOM(A1)", "", "3"],
    ]);
  });
});
