import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  policyChanges,
  policyContributions,
  policyParticipants,
  policySessions,
  policyStatements,
} from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ChangeInput, ContributionInput, StatementInput } from "./input";
import { assertTrajectory } from "./participants.server";

type Of<T> = T & { trajectoryId: string };

/** What an expert (a participant) or the group contributed, at a session of this trajectory or to it. */
export async function addContribution(tx: Tx, actor: Actor, input: Of<ContributionInput>): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  if (input.expertId) {
    const [p] = await tx
      .select({ id: policyParticipants.id })
      .from(policyParticipants)
      .where(
        and(
          eq(policyParticipants.trajectoryId, input.trajectoryId),
          eq(policyParticipants.expertId, input.expertId),
        ),
      );
    if (!p) throw new AppError("INVALID", "validation.invalid", { expertId: ["validation.choose"] });
  }
  if (input.sessionId) {
    const [s] = await tx
      .select({ id: policySessions.id })
      .from(policySessions)
      .where(
        and(eq(policySessions.id, input.sessionId), eq(policySessions.trajectoryId, input.trajectoryId)),
      );
    if (!s) throw new AppError("INVALID", "validation.invalid", { sessionId: ["validation.choose"] });
  }
  const [row] = await tx
    .insert(policyContributions)
    .values({
      centreId: actor.centreId,
      trajectoryId: input.trajectoryId,
      expertId: input.expertId || null,
      sessionId: input.sessionId || null,
      text: input.text,
      createdBy: actor.userId,
    })
    .returning({ id: policyContributions.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "policy_contribution",
    entityId: row.id,
    detail: { fields: ["text", "expertId", "sessionId"] },
  });
}

/** What changed in the policy because of the experts. */
export async function addChange(tx: Tx, actor: Actor, input: Of<ChangeInput>): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  const [row] = await tx
    .insert(policyChanges)
    .values({
      centreId: actor.centreId,
      trajectoryId: input.trajectoryId,
      text: input.text,
      changedOn: input.changedOn,
      source: input.source,
      createdBy: actor.userId,
    })
    .returning({ id: policyChanges.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "policy_change",
    entityId: row.id,
    detail: { fields: ["text", "changedOn", "source"] },
  });
}

/** The municipality's statement; with consent it is shown among the impact quotes. */
export async function addStatement(tx: Tx, actor: Actor, input: Of<StatementInput>): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  const consent = Boolean(input.consent);
  const [row] = await tx
    .insert(policyStatements)
    .values({
      centreId: actor.centreId,
      trajectoryId: input.trajectoryId,
      text: input.text,
      saidBy: input.saidBy,
      saidOn: input.saidOn,
      consent,
      consentOn: consent ? todayIso() : null,
      createdBy: actor.userId,
    })
    .returning({ id: policyStatements.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "policy_statement",
    entityId: row.id,
    detail: { fields: ["text", "saidBy", "saidOn", "consent"] },
  });
}

/** Records that the municipality gave or withdrew consent to show a statement. */
export async function setConsent(
  tx: Tx,
  actor: Actor,
  input: { trajectoryId: string; statementId: string; consent: boolean },
): Promise<void> {
  assertCan(actor, "policy:manage");
  assertId(input.statementId);
  await assertTrajectory(tx, input.trajectoryId);
  const rows = await tx
    .update(policyStatements)
    .set({ consent: input.consent, consentOn: todayIso() })
    .where(
      and(eq(policyStatements.id, input.statementId), eq(policyStatements.trajectoryId, input.trajectoryId)),
    )
    .returning({ id: policyStatements.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "policy_statement",
    entityId: input.statementId,
    detail: { fields: ["consent"], consent: input.consent },
  });
}
