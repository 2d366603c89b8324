import ExcelJS from "exceljs";

/**
 * Every .xlsx Tandem writes goes through here, so Excel gets real types: dates are date cells shown
 * as dd-mm-jjjj, counts and hours are numbers, amounts are euros (integer cents in, a currency
 * format out), shares are percentages. The header row is bold, frozen and has an autofilter.
 */
export type ColumnKind = "text" | "date" | "number" | "integer" | "decimal" | "euro" | "percent";

/**
 * A value as the caller has it: a date as "YYYY-MM-DD" (already the Amsterdam day), money as integer
 * cents, a percentage as 0–100. A text in a number column (a hidden "<5") stays text.
 * `{ kind, value }` gives one cell its own kind (a list of facts with mixed types).
 */
export type SheetValue = string | number | null | { kind: ColumnKind; value: string | number | null };

export type SheetSpec = {
  name: string;
  /** Lines above the table (title, date made). */
  intro?: string[];
  columns: { header: string; kind?: ColumnKind }[];
  rows: SheetValue[][];
};

export const numberFormats: Record<Exclude<ColumnKind, "text">, string> = {
  date: "dd-mm-yyyy",
  number: "General",
  integer: "0",
  decimal: "0.00",
  euro: '"€" #,##0.00',
  percent: "0.0%",
};

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The cell's value and number format for a kind; anything that does not fit stays text. */
function typed(
  kind: ColumnKind,
  value: string | number | null,
): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === "") return { value: null };
  if (kind === "text") return { value: String(value) };
  if (kind === "date") {
    const match = typeof value === "string" ? value.match(isoDate) : null;
    if (!match) return { value: String(value) };
    // Midnight UTC: Excel's serial day number is the calendar day itself, no time zone shift.
    return {
      value: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
      numFmt: numberFormats.date,
    };
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return { value: String(value) };
  if (kind === "euro") return { value: value / 100, numFmt: numberFormats.euro };
  if (kind === "percent") return { value: value / 100, numFmt: numberFormats.percent };
  return { value, numFmt: numberFormats[kind] };
}

function shownLength(value: SheetValue): number {
  if (value === null) return 0;
  if (typeof value === "object") return value.kind === "date" ? 10 : String(value.value ?? "").length;
  return String(value).length;
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec) {
  const intro = spec.intro ?? [];
  const headerRow = intro.length === 0 ? 1 : intro.length + 2;
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
    views: [{ state: "frozen", ySplit: headerRow }],
  });
  for (const line of intro) sheet.addRow([line]);
  if (intro.length) sheet.addRow([]);
  sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  for (const values of spec.rows) {
    const row = sheet.addRow([]);
    values.forEach((item, n) => {
      const own = item !== null && typeof item === "object";
      const { value, numFmt } = own
        ? typed(item.kind, item.value)
        : typed(spec.columns[n]?.kind ?? "text", item);
      const cell = row.getCell(n + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: Math.max(1, spec.columns.length) },
  };
  spec.columns.forEach((column, n) => {
    const longest = Math.max(column.header.length, ...spec.rows.map((r) => shownLength(r[n] ?? null)));
    sheet.getColumn(n + 1).width = Math.min(70, Math.max(10, longest + 2));
  });
}

/** A workbook of one or more sheets as the bytes of an .xlsx file. */
export async function writeWorkbook(sheets: SheetSpec[], created: Date = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tandem";
  workbook.created = created;
  for (const spec of sheets) addSheet(workbook, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
