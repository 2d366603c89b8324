import ExcelJS from "exceljs";
import type { Tx } from "~/db/client.server";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { poolTable, requestsTable } from "./rows.server";
import { type ExportFormat, type ExportKind, type ExportTable, toCsv } from "./table";

export type ExportFile = { filename: string; contentType: string; body: Buffer };

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const fileNames: Record<ExportKind, string> = { pool: "pool", requests: "aanvragen" };

async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tandem";
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(table.headers[i].length, ...table.rows.map((r) => String(r[i] ?? "").length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The pool or the requests of the actor's centre as a file. Every download is written to the audit
 * trail (who exported what, when), in the same transaction as the read.
 */
export async function exportFile(
  tx: Tx,
  actor: Actor,
  input: { what: ExportKind; format: ExportFormat },
  now = new Date(),
): Promise<ExportFile> {
  if (!can(actor.role, "export:use")) throw new AppError("FORBIDDEN");
  return buildFile(tx, actor, input, now);
}

/** The same file for the command line (an operator on the server, no user): audited without a user. */
export function exportFileAsOperator(
  tx: Tx,
  centreId: string,
  input: { what: ExportKind; format: ExportFormat },
  now = new Date(),
): Promise<ExportFile> {
  return buildFile(tx, { centreId, userId: null }, { ...input, via: "cli" }, now);
}

async function buildFile(
  tx: Tx,
  actor: Actor | { centreId: string; userId: null },
  input: { what: ExportKind; format: ExportFormat; via?: "cli" },
  now: Date,
): Promise<ExportFile> {
  const table = input.what === "pool" ? await poolTable(tx) : await requestsTable(tx);
  await recordAudit(tx, actor, {
    action: "export",
    entity: input.what === "pool" ? "expert" : "request",
    detail: {
      what: input.what,
      format: input.format,
      rows: table.rows.length,
      ...(input.via ? { via: input.via } : {}),
    },
  });
  const body = input.format === "csv" ? Buffer.from(toCsv(table), "utf8") : await toXlsx(table);
  return {
    filename: `tandem-${fileNames[input.what]}-${todayIso(now)}.${input.format}`,
    contentType: contentTypes[input.format],
    body,
  };
}
