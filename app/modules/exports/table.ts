import type { ColumnKind } from "~/lib/spreadsheet.server";

/**
 * An export is one table: Dutch column headers, what each column holds (dates as "YYYY-MM-DD" in
 * Amsterdam, numbers), and rows of plain values, written as .csv or .xlsx.
 */
export type Cell = string | number | null;
export type ExportTable = { sheet: string; headers: string[]; kinds: ColumnKind[]; rows: Cell[][] };

export const exportKinds = ["pool", "requests"] as const;
export type ExportKind = (typeof exportKinds)[number];
export const exportFormats = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A text starting with = + - @ would run as a formula in Excel: prefix it with ' (OWASP CSV injection). */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: Cell): string {
  if (value == null) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  const text = safeText(value);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV for Dutch Excel: UTF-8 with a byte order mark, semicolons between values, CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Reads CSV written by toCsv back into rows (for tests and checks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
