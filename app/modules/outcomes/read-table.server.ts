import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { AppError } from "~/lib/errors";
import { checkUnpackedSize } from "./zip-check.server";

/**
 * A table from a file: the header's names as the file spells them (trimmed) and one record per row,
 * keyed by those names (empty rows at the end left out).
 */
export type Table = { header: string[]; records: Record<string, string>[]; headerRow?: number };

/** At most this many rows per import (a few cohorts; a whole centre fits). */
export const maxImportRows = 5000;

/** Splits CSV text (comma or semicolon, as Excel saves it in Dutch) into rows of cells; quotes allowed. */
export function parseCsv(source: string): string[][] {
  const content = source.replace(/^\uFEFF/, "");
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && content[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function toTable(cells: string[][]): Table {
  const isEmpty = (r: string[]) => r.every((c) => c.trim() === "");
  const start = cells.findIndex((r) => !isEmpty(r));
  let end = cells.length;
  while (end > 0 && isEmpty(cells[end - 1])) end--;
  // Empty rows in between stay, so row numbers match the spreadsheet; checkRows skips them.
  const [head, ...body] = start < 0 ? [] : cells.slice(start, end);
  if (!head) throw new AppError("INVALID", "outcomes:import.empty");
  if (body.length > maxImportRows) throw new AppError("INVALID", "outcomes:import.tooMany");
  const header = head.map((h) => h.trim());
  const records = body.map((r) => Object.fromEntries(header.map((name, i) => [name, (r[i] ?? "").trim()])));
  return { header, records, headerRow: start + 1 };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    return "";
  }
  return String(value);
}

async function readXlsx(body: Buffer): Promise<string[][]> {
  checkUnpackedSize(body);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new AppError("INVALID", "outcomes:import.unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError("INVALID", "outcomes:import.empty");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) cells.push(cellText(row.getCell(i).value));
    rows.push(cells);
  });
  return rows;
}

/**
 * The text of an uploaded CSV: UTF-8 (with or without a byte order mark) when the bytes are valid
 * UTF-8, otherwise Windows-1252 as Excel saves a plain "CSV" in Dutch, so "Zoë", € “ ” ’ – survive.
 * Windows-1252 through iconv-lite: Node's own TextDecoder here reads it as Latin-1 and turns
 * 0x80–0x9F (€ “ ” ’ –) into control characters.
 */
export function decodeText(body: Buffer): string {
  const text = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? body.subarray(3) : body;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(text);
  } catch {
    return iconv.decode(body, "windows-1252");
  }
}

/** Reads an uploaded .csv or .xlsx (by name, or by the zip signature of .xlsx). */
export async function readTable(fileName: string, body: Buffer): Promise<Table> {
  const isXlsx = fileName.toLowerCase().endsWith(".xlsx") || (body[0] === 0x50 && body[1] === 0x4b);
  if (isXlsx) return toTable(await readXlsx(body));
  if (
    !fileName.toLowerCase().endsWith(".csv") &&
    !fileName.toLowerCase().endsWith(".txt") &&
    fileName !== ""
  ) {
    throw new AppError("INVALID", "outcomes:import.wrongType");
  }
  return toTable(parseCsv(decodeText(body)));
}
