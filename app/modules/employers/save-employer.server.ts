import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clients, employerStageChanges, employers } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { EmployerInput, NewEmployerInput, StageInput } from "./input";
import { planNextStepReminder } from "./reminders.server";

async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const same = exceptId
    ? and(eq(employers.name, name), ne(employers.id, exceptId))
    : eq(employers.name, name);
  const [taken] = await tx.select({ id: employers.id }).from(employers).where(same).limit(1);
  if (taken)
    throw new AppError("CONFLICT", "employers:errors.nameTaken", { name: ["employers:errors.nameTaken"] });
}

/** A linked client must be one of this centre's (a foreign key alone would accept another centre's id). */
async function assertClient(tx: Tx, clientId: string | undefined): Promise<void> {
  if (!clientId) return;
  const [row] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId));
  if (!row) throw new AppError("INVALID", "validation.invalid", { clientId: ["validation.invalid"] });
}

const details = (input: EmployerInput) => ({
  name: input.name,
  sector: input.sector,
  clientId: input.clientId ?? null,
  contactName: input.contactName,
  contactEmail: input.contactEmail,
  contactPhone: input.contactPhone,
  infoMeetingOn: input.infoMeetingOn ?? null,
  materialSentOn: input.materialSentOn ?? null,
  nextAction: input.nextAction,
  nextActionOn: input.nextActionOn ?? null,
  notes: input.notes,
});

/** Starts following an employer, in the stage they are in now. */
export async function createEmployer(tx: Tx, actor: Actor, input: NewEmployerInput): Promise<{ id: string }> {
  assertCan(actor, "employers:write");
  await assertNameFree(tx, input.name);
  await assertClient(tx, input.clientId);
  const [row] = await tx
    .insert(employers)
    .values({ centreId: actor.centreId, ...details(input), stage: input.stage, stageSince: todayIso() })
    .returning({ id: employers.id });
  await tx.insert(employerStageChanges).values({
    centreId: actor.centreId,
    employerId: row.id,
    fromStage: null,
    toStage: input.stage,
    changedBy: actor.userId,
  });
  await planNextStepReminder(tx, actor.centreId, row.id, input.nextActionOn ?? null);
  await recordAudit(tx, actor, { action: "create", entity: "employer", entityId: row.id });
  return row;
}

/** Changes an employer's details (the stage changes with `moveEmployer`). */
export async function updateEmployer(
  tx: Tx,
  actor: Actor,
  input: EmployerInput & { employerId: string },
): Promise<void> {
  assertCan(actor, "employers:write");
  assertId(input.employerId);
  await assertNameFree(tx, input.name, input.employerId);
  await assertClient(tx, input.clientId);
  const updated = await tx
    .update(employers)
    .set(details(input))
    .where(eq(employers.id, input.employerId))
    .returning({ id: employers.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await planNextStepReminder(tx, actor.centreId, input.employerId, input.nextActionOn ?? null);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "employer",
    entityId: input.employerId,
    detail: { fields: Object.keys(details(input)) },
  });
}

/** Moves an employer to another stage (or records what comes next in the same one), with who and when. */
export async function moveEmployer(
  tx: Tx,
  actor: Actor,
  input: StageInput & { employerId: string },
): Promise<{ moved: boolean }> {
  assertCan(actor, "employers:write");
  assertId(input.employerId);
  const [current] = await tx
    .select({ stage: employers.stage })
    .from(employers)
    .where(eq(employers.id, input.employerId));
  if (!current) throw new AppError("NOT_FOUND");
  const moved = current.stage !== input.stage;
  await tx
    .update(employers)
    .set({
      stage: input.stage,
      ...(moved ? { stageSince: todayIso() } : {}),
      nextAction: input.nextAction,
      nextActionOn: input.nextActionOn ?? null,
    })
    .where(eq(employers.id, input.employerId));
  await planNextStepReminder(tx, actor.centreId, input.employerId, input.nextActionOn ?? null);
  if (moved || input.note)
    await tx.insert(employerStageChanges).values({
      centreId: actor.centreId,
      employerId: input.employerId,
      fromStage: current.stage,
      toStage: input.stage,
      note: input.note,
      changedBy: actor.userId,
    });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "employer",
    entityId: input.employerId,
    detail: { fields: ["stage", "nextAction", "nextActionOn"], from: current.stage, to: input.stage },
  });
  return { moved };
}
