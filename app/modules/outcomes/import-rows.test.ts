import { describe, expect, it } from "vitest";
import { checkRows, importColumns } from "./import-rows";
import { decodeText, parseCsv } from "./read-table.server";

const header = [...importColumns];
const base = {
  cohort: "K1",
  external_id: "A-1",
  first_name: "Anna",
  last_name: "de Vries",
  province: "groningen",
  start_date: "2024-09-02",
  end_date: "2025-06-27",
  certified: "Ja",
  situation_before: "Langdurig werkloos",
  outcome: "betaald werk",
  outcome_date: "1-9-2025",
  ladder_intake: "2",
  ladder_latest: "5",
};

describe("checkRows", () => {
  it("accepts a good row and reads the Dutch words and dates", () => {
    const { rows, errors } = checkRows(header, [base]);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      province: "Groningen",
      certified: true,
      situationBefore: "long_term_unemployed",
      outcome: "paid_job",
      outcomeOn: "2025-09-01",
      ladderIntake: 2,
      ladderLatest: 5,
    });
  });

  it("names each wrong cell with its spreadsheet row", () => {
    const { rows, errors } = checkRows(header, [
      base,
      { ...base, external_id: "A-2", end_date: "2024-01-01" },
      { ...base, external_id: "A-3", outcome_date: "", ladder_intake: "7" },
      { ...base, external_id: "a-1" },
      { ...base, external_id: "A-5", start_date: "2025-02-30", province: "Vlaanderen" },
    ]);
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      { row: 3, column: "end_date", problem: "end_before_start" },
      { row: 4, column: "ladder_intake", problem: "not_rung" },
      { row: 4, column: "outcome_date", problem: "outcome_date_required" },
      { row: 5, column: "external_id", problem: "duplicate_id" },
      { row: 6, column: "province", problem: "not_province" },
      { row: 6, column: "start_date", problem: "not_date" },
    ]);
  });

  it("refuses names with bidi controls or zero-width characters", () => {
    const { rows, errors } = checkRows(header, [
      { ...base, first_name: "Jan\u202E", last_name: "de\u200BVries" },
    ]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 2, column: "first_name", problem: "hidden_characters" },
      { row: 2, column: "last_name", problem: "hidden_characters" },
    ]);
  });

  it("skips empty rows but keeps the row numbers", () => {
    const empty = Object.fromEntries(header.map((c) => [c, ""]));
    const { rows, errors } = checkRows(header, [empty, { ...base, certified: "misschien" }]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ row: 3, column: "certified", problem: "not_yes_no" }]);
  });
});

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","he said ""hoi"""\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'he said "hoi"'],
    ]);
  });
});

describe("decodeText", () => {
  it("reads UTF-8 and falls back to Windows-1252 from Excel", () => {
    expect(decodeText(Buffer.from("Zoë", "utf8"))).toBe("Zoë");
    expect(decodeText(Buffer.from([0x5a, 0x6f, 0xeb]))).toBe("Zoë");
  });
});
