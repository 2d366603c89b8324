import { describe, expect, it } from "vitest";
import { columnOf, importColumns } from "./import-columns";
import { rowErrorText } from "./import-messages";
import { checkRows } from "./import-rows";
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
      { row: 3, column: "end_date", problem: "end_before_start", label: "end_date", other: "start_date" },
      { row: 4, column: "ladder_intake", problem: "not_rung", label: "ladder_intake" },
      {
        row: 4,
        column: "outcome_date",
        problem: "outcome_date_required",
        label: "outcome_date",
        other: "outcome",
      },
      { row: 5, column: "external_id", problem: "duplicate_id", label: "external_id" },
      { row: 6, column: "province", problem: "not_province", label: "province" },
      { row: 6, column: "start_date", problem: "not_date", label: "start_date" },
    ]);
  });

  it("refuses names with bidi controls or zero-width characters", () => {
    const { rows, errors } = checkRows(header, [
      { ...base, first_name: "Jan\u202E", last_name: "de\u200BVries" },
    ]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 2, column: "first_name", label: "first_name", problem: "hidden_characters" },
      { row: 2, column: "last_name", label: "last_name", problem: "hidden_characters" },
    ]);
  });

  it("skips empty rows but keeps the row numbers", () => {
    const empty = Object.fromEntries(header.map((c) => [c, ""]));
    const { rows, errors } = checkRows(header, [empty, { ...base, certified: "misschien" }]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ row: 3, column: "certified", problem: "not_yes_no", label: "certified" }]);
  });
});

describe("Dutch column names", () => {
  const dutch: Record<string, string> = {
    Cohort: base.cohort,
    externe_id: base.external_id,
    Voornaam: base.first_name,
    "Achter naam": base.last_name,
    provincie: base.province,
    START_DATUM: base.start_date,
    Einddatum: base.end_date,
    gecertificeerd: base.certified,
    "Situatie voor": base.situation_before,
    uitkomst: base.outcome,
    uitkomst_datum: base.outcome_date,
    "Ladder intake": base.ladder_intake,
    ladder_laatste: base.ladder_latest,
  };
  const dutchHeader = Object.keys(dutch);

  it("reads the same fields from Dutch names, whatever the case, spaces or underscores", () => {
    const english = checkRows(header, [base]);
    const { rows, errors } = checkRows(dutchHeader, [dutch]);
    expect(errors).toEqual([]);
    expect(rows).toEqual(english.rows);
    expect(columnOf("extern_id")).toBe("external_id");
    expect(columnOf("First Name")).toBe("first_name");
    expect(columnOf("Ladder-Laatste")).toBe("ladder_latest");
    expect(columnOf("notities")).toBeNull();
  });

  it("names the columns in a message as the file spells them", () => {
    const { errors } = checkRows(dutchHeader, [
      { ...dutch, Einddatum: "2024-01-01" },
      { ...dutch, externe_id: "A-2", uitkomst_datum: "" },
      { ...dutch, externe_id: "A-3", START_DATUM: "morgen" },
    ]);
    expect(errors.map(rowErrorText)).toEqual([
      "Rij 2: Einddatum ligt voor START_DATUM.",
      "Rij 3: er is een uitkomst, maar uitkomst_datum is leeg.",
      "Rij 4: START_DATUM is geen datum (gebruik 01-09-2025 of 2025-09-01).",
    ]);
  });

  it("names a missing column in Dutch for a Dutch file and in English for an English one", () => {
    const withoutLast = dutchHeader.filter((h) => h !== "Achter naam");
    expect(checkRows(withoutLast, []).errors.map(rowErrorText)).toEqual([
      "Rij 1: de kolom achternaam ontbreekt.",
    ]);
    const englishWithoutLast = header.filter((h) => h !== "last_name");
    expect(checkRows(englishWithoutLast, []).errors.map(rowErrorText)).toEqual([
      "Rij 1: de kolom last_name ontbreekt.",
    ]);
  });

  it("refuses a column given twice, in two languages", () => {
    const { rows, errors } = checkRows([...dutchHeader, "first_name"], [{ ...dutch, first_name: "Anne" }]);
    expect(rows).toEqual([]);
    expect(errors.map(rowErrorText)).toEqual([
      "Rij 1: de kolommen Voornaam en first_name betekenen hetzelfde. Laat er één staan.",
    ]);
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

  it("keeps € “ ” ’ – from a Windows-1252 CSV (Excel's plain CSV)", () => {
    // "€ 5 – “Zoë’s” groep" as Excel writes it in Windows-1252
    const bytes = [0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x92, 0x73, 0x94];
    expect(decodeText(Buffer.from([...bytes, 0x20, 0x67, 0x72, 0x6f, 0x65, 0x70]))).toBe(
      "€ 5 – “Zoë’s” groep",
    );
  });

  it("reads UTF-8 with and without a byte order mark", () => {
    // "€ “ë”" in UTF-8
    const utf8 = [0xe2, 0x82, 0xac, 0x20, 0xe2, 0x80, 0x9c, 0xc3, 0xab, 0xe2, 0x80, 0x9d];
    expect(decodeText(Buffer.from(utf8))).toBe("€ “ë”");
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe("€ “ë”");
  });
});
