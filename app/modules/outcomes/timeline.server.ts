import { and, asc, desc, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  cohorts,
  type MeasurementMoment,
  measurements,
  type OutcomeKind,
  type OutcomeSource,
  outcomes,
  type Situation,
  trainees,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { can, isStaff } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { openGate, type ReadGate, reasonDetail } from "~/modules/privacy/read-reason.server";
import { shownBenefit } from "~/modules/training/benefit.server";
import { readImpactSettings } from "./settings.server";
import { visibleZrm, zrmSpecialDomains } from "./zrm";

export type TimelineOutcome = {
  id: string;
  kind: OutcomeKind;
  startsOn: string;
  employer: string | null;
  hoursPerWeek: number | null;
  sector: string | null;
  note: string;
  source: OutcomeSource;
};

export type TimelineMeasurement = {
  id: string;
  moment: MeasurementMoment;
  measuredOn: string;
  ladder: number | null;
  /** Only for staff and only when the centre uses ZRM; otherwise null. */
  zrm: Record<string, number> | null;
};

export type Timeline = {
  trainee: {
    id: string;
    name: string;
    cohort: string;
    situationBefore: Situation | null;
    benefitBefore: string | null;
    /** The benefit is known but shows only after a reason (the centre asks one). */
    benefitHidden: boolean;
  };
  outcomes: TimelineOutcome[];
  measurements: TimelineMeasurement[];
  zrmEnabled: boolean;
  /** Scores on health, substance use or justice are there but show only after a reason. */
  zrmHidden: boolean;
  canWrite: boolean;
};

const momentOrder: MeasurementMoment[] = ["intake", "end", "month_6", "month_12", "month_24"];

/**
 * The page of one trainee's path: situation before, dated situations after, measurements ("training:read").
 * The benefit and the special-category ZRM scores show only through an open gate (a reason, when asked).
 */
export async function traineeTimeline(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  gate: ReadGate = openGate,
): Promise<Timeline> {
  assertCan(actor, "training:read");
  assertId(traineeId);
  const [trainee] = await tx
    .select({
      id: trainees.id,
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      cohort: cohorts.name,
      situationBefore: trainees.situationBefore,
      benefitBefore: trainees.benefitBefore,
    })
    .from(trainees)
    .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
    .where(eq(trainees.id, traineeId));
  if (!trainee) throw new AppError("NOT_FOUND");
  const benefit = await shownBenefit(tx, actor, traineeId, trainee.benefitBefore, gate);
  const settings = await readImpactSettings(tx, actor.centreId);
  const showZrm = settings.zrmEnabled && isStaff(actor.role);
  const outcomeRows = await tx
    .select({
      id: outcomes.id,
      kind: outcomes.kind,
      startsOn: outcomes.startsOn,
      employer: outcomes.employer,
      hoursPerWeek: outcomes.hoursPerWeek,
      sector: outcomes.sector,
      note: outcomes.note,
      source: outcomes.source,
    })
    .from(outcomes)
    .where(eq(outcomes.traineeId, traineeId))
    .orderBy(desc(outcomes.startsOn), desc(outcomes.createdAt));
  const measurementRows = await tx
    .select({
      id: measurements.id,
      moment: measurements.moment,
      measuredOn: measurements.measuredOn,
      ladder: measurements.ladder,
      zrm: measurements.zrm,
    })
    .from(measurements)
    .where(eq(measurements.traineeId, traineeId))
    .orderBy(asc(measurements.measuredOn));
  measurementRows.sort((a, b) => momentOrder.indexOf(a.moment) - momentOrder.indexOf(b.moment));
  const special = measurementRows.some((m) => zrmSpecialDomains.some((d) => m.zrm?.[d] != null));
  const zrmHidden = showZrm && special && !gate.open;
  if (showZrm && special && gate.open) {
    // Health, substance and justice scores are special-category data: every read is logged.
    await recordAudit(tx, actor, {
      action: "read_private",
      entity: "measurement",
      entityId: traineeId,
      detail: { zrm: "special_domains", ...reasonDetail(gate) },
    });
  }
  return {
    trainee: {
      id: trainee.id,
      name: `${trainee.firstName} ${trainee.lastName}`,
      cohort: trainee.cohort,
      situationBefore: trainee.situationBefore,
      ...benefit,
    },
    outcomes: outcomeRows,
    measurements: measurementRows.map((m) => ({
      ...m,
      zrm: showZrm ? visibleZrm(m.zrm, { special: !zrmHidden }) : null,
    })),
    zrmEnabled: showZrm,
    zrmHidden,
    canWrite: can(actor.role, "outcomes:write"),
  };
}

export async function assertTraineeExists(tx: Tx, traineeId: string): Promise<void> {
  assertId(traineeId);
  const [row] = await tx.select({ id: trainees.id }).from(trainees).where(eq(trainees.id, traineeId));
  if (!row) throw new AppError("NOT_FOUND");
}

/** A row of this trainee; NOT_FOUND when it is not theirs (or another centre's). */
export async function assertOwnRow(
  tx: Tx,
  table: typeof outcomes | typeof measurements,
  traineeId: string,
  rowId: string,
): Promise<void> {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, rowId), eq(table.traineeId, traineeId)));
  if (!row) throw new AppError("NOT_FOUND");
}
