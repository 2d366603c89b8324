import type { Tx } from "~/db/client.server";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { writeWorkbook } from "~/lib/spreadsheet.server";
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

function toXlsx(table: ExportTable, now: Date): Promise<Buffer> {
  const columns = table.headers.map((header, n) => ({ header, kind: table.kinds[n] }));
  return writeWorkbook([{ name: table.sheet, columns, rows: table.rows }], now);
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
  const body = input.format === "csv" ? Buffer.from(toCsv(table), "utf8") : await toXlsx(table, now);
  return {
    filename: `tandem-${fileNames[input.what]}-${todayIso(now)}.${input.format}`,
    contentType: contentTypes[input.format],
    body,
  };
}
