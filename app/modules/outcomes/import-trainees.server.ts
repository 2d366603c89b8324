import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, measurements, outcomes, trainees } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { type CheckedRows, checkRows, type ImportRow, type RowError } from "./import-rows";
import type { Table } from "./read-table.server";

export type ImportResult = {
  /** false: nothing was written (errors and the good rows were not chosen). */
  imported: boolean;
  total: number;
  created: number;
  updated: number;
  cohortsCreated: number;
  skipped: number;
  errors: RowError[];
  /** The imported trainees, for the page that shows them (never for logs or the audit trail). */
  trainees: { id: string; name: string; cohort: string }[];
};

type Operator = Actor | { centreId: string; userId: null };

/**
 * Imports trainees with their cohort, latest outcome and ladder measurements, all in the caller's
 * transaction. With errors nothing is written unless `goodRows` is chosen; then the good rows go in
 * and the wrong ones are skipped. The same external_id again updates the trainee.
 */
export async function importTrainees(
  tx: Tx,
  actor: Actor,
  table: Table,
  options: { goodRows: boolean },
): Promise<ImportResult> {
  if (!can(actor.role, "training:write") || !can(actor.role, "outcomes:write"))
    throw new AppError("FORBIDDEN");
  return runImport(tx, actor, table, options);
}

/** The same import for the command line (an operator on the server): audited without a user. */
export function importTraineesAsOperator(
  tx: Tx,
  centreId: string,
  table: Table,
  options: { goodRows: boolean },
): Promise<ImportResult> {
  return runImport(tx, { centreId, userId: null }, table, { ...options, via: "cli" });
}

async function runImport(
  tx: Tx,
  actor: Operator,
  table: Table,
  options: { goodRows: boolean; via?: "cli" },
): Promise<ImportResult> {
  const checked: CheckedRows = checkRows(table.header, table.records, table.headerRow);
  const result: ImportResult = {
    imported: false,
    total: checked.rows.length + new Set(checked.errors.map((e) => e.row)).size,
    created: 0,
    updated: 0,
    cohortsCreated: 0,
    skipped: new Set(checked.errors.map((e) => e.row)).size,
    errors: checked.errors,
    trainees: [],
  };
  const missingColumns = checked.errors.some((e) => e.problem === "missing_column");
  if (missingColumns || (checked.errors.length > 0 && !options.goodRows) || checked.rows.length === 0) {
    return result;
  }
  const cohortIds = await ensureCohorts(tx, actor.centreId, checked.rows, result);
  const existing = await tx
    .select({ id: trainees.id, externalId: trainees.externalId })
    .from(trainees)
    .where(
      inArray(
        trainees.externalId,
        checked.rows.map((r) => r.externalId),
      ),
    );
  const idByExternal = new Map(existing.map((e) => [e.externalId ?? "", e.id]));
  for (const row of checked.rows) {
    const traineeId = await saveTrainee(tx, actor.centreId, row, cohortIds, idByExternal.get(row.externalId));
    if (idByExternal.has(row.externalId)) result.updated += 1;
    else result.created += 1;
    await saveOutcomeAndLadder(tx, actor.centreId, traineeId, row);
    result.trainees.push({ id: traineeId, name: `${row.firstName} ${row.lastName}`, cohort: row.cohort });
  }
  result.imported = true;
  await recordAudit(tx, actor, {
    action: "create",
    entity: "trainee_import",
    detail: {
      created: result.created,
      updated: result.updated,
      cohortsCreated: result.cohortsCreated,
      skipped: result.skipped,
      ...(options.via ? { via: options.via } : {}),
    },
  });
  return result;
}

/** Finds each cohort by name or creates it (keuzedeel, dates from its rows). */
async function ensureCohorts(
  tx: Tx,
  centreId: string,
  rows: ImportRow[],
  result: ImportResult,
): Promise<Map<string, string>> {
  const wanted = new Map<string, { startsOn: string; endsOn: string }>();
  for (const row of rows) {
    const span = wanted.get(row.cohort);
    wanted.set(row.cohort, {
      startsOn: span && span.startsOn < row.startsOn ? span.startsOn : row.startsOn,
      endsOn: span && span.endsOn > row.endsOn ? span.endsOn : row.endsOn,
    });
  }
  const found = await tx
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(inArray(cohorts.name, [...wanted.keys()]));
  const ids = new Map(found.map((c) => [c.name, c.id]));
  for (const [name, span] of wanted) {
    if (ids.has(name)) continue;
    const [created] = await tx
      .insert(cohorts)
      .values({ centreId, name, kind: "keuzedeel", ...span })
      .returning({ id: cohorts.id });
    ids.set(name, created.id);
    result.cohortsCreated += 1;
  }
  return ids;
}

async function saveTrainee(
  tx: Tx,
  centreId: string,
  row: ImportRow,
  cohortIds: Map<string, string>,
  existingId: string | undefined,
): Promise<string> {
  const values = {
    cohortId: cohortIds.get(row.cohort) as string,
    firstName: row.firstName,
    lastName: row.lastName,
    province: row.province,
    situationBefore: row.situationBefore,
    intakeStatus: "accepted" as const,
    status: row.certified ? ("certified" as const) : ("in_training" as const),
    certifiedOn: row.certified ? row.endsOn : null,
  };
  if (existingId) {
    await tx
      .update(trainees)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(trainees.id, existingId));
    return existingId;
  }
  const [created] = await tx
    .insert(trainees)
    .values({ centreId, externalId: row.externalId, ...values })
    .returning({ id: trainees.id });
  return created.id;
}

/** The imported outcome replaces an earlier imported one; the centre's own records stay. */
async function saveOutcomeAndLadder(
  tx: Tx,
  centreId: string,
  traineeId: string,
  row: ImportRow,
): Promise<void> {
  await tx.delete(outcomes).where(and(eq(outcomes.traineeId, traineeId), eq(outcomes.source, "import")));
  if (row.outcome && row.outcomeOn) {
    await tx
      .insert(outcomes)
      .values({ centreId, traineeId, kind: row.outcome, startsOn: row.outcomeOn, source: "import" });
  }
  const ladder: { moment: "intake" | "end"; measuredOn: string; value: number | null }[] = [
    { moment: "intake", measuredOn: row.startsOn, value: row.ladderIntake },
    { moment: "end", measuredOn: row.endsOn, value: row.ladderLatest },
  ];
  for (const m of ladder) {
    if (m.value == null) continue;
    await tx
      .insert(measurements)
      .values({ centreId, traineeId, moment: m.moment, measuredOn: m.measuredOn, ladder: m.value })
      .onConflictDoUpdate({
        target: [measurements.traineeId, measurements.moment],
        set: { measuredOn: m.measuredOn, ladder: m.value },
      });
  }
}
