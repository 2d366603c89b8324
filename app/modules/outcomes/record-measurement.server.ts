import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { measurements } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { MeasurementInput } from "./input";
import { readImpactSettings } from "./settings.server";
import { assertOwnRow, assertTraineeExists } from "./timeline.server";

/**
 * Saves the measurement of one moment (a second one at the same moment replaces it). ZRM scores are
 * stored only when the centre uses ZRM; a measurement needs a rung or at least one score.
 */
export async function saveMeasurement(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  input: MeasurementInput,
): Promise<string> {
  assertCan(actor, "outcomes:write");
  await assertTraineeExists(tx, traineeId);
  const scores = Object.fromEntries(
    Object.entries(input.zrm ?? {}).filter((e): e is [string, number] => typeof e[1] === "number"),
  );
  const hasZrm = Object.keys(scores).length > 0;
  if (hasZrm && !(await readImpactSettings(tx, actor.centreId)).zrmEnabled) {
    throw new AppError("INVALID", "outcomes:errors.zrmOff");
  }
  if (input.ladder == null && !hasZrm) {
    throw new AppError("INVALID", "outcomes:errors.rung", { ladder: ["outcomes:errors.rung"] });
  }
  const values = { measuredOn: input.measuredOn, ladder: input.ladder ?? null, zrm: hasZrm ? scores : null };
  const [row] = await tx
    .insert(measurements)
    .values({ centreId: actor.centreId, traineeId, moment: input.moment, ...values })
    .onConflictDoUpdate({ target: [measurements.traineeId, measurements.moment], set: values })
    .returning({ id: measurements.id });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "measurement",
    entityId: row.id,
    // Which fields, never the scores themselves (ZRM holds special-category data).
    detail: {
      traineeId,
      moment: input.moment,
      ladder: input.ladder != null,
      zrmDomains: Object.keys(scores),
    },
  });
  return row.id;
}

export async function removeMeasurement(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  measurementId: string,
): Promise<void> {
  assertCan(actor, "outcomes:write");
  await assertTraineeExists(tx, traineeId);
  await assertOwnRow(tx, measurements, traineeId, measurementId);
  await tx.delete(measurements).where(eq(measurements.id, measurementId));
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "measurement",
    entityId: measurementId,
    detail: { traineeId },
  });
}
