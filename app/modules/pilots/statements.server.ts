import { and, asc, count, eq, inArray, isNull, max } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { grantPilots, pilotAnswers, pilotStatements } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { StatementsInput } from "./input";
import { mayReword } from "./rules";
import { defaultStatements } from "./values";

/**
 * Saves the pilot's statements: new wording (only while nobody answered it), which are asked, and
 * one more at the end. A statement that was answered keeps its words; switch it off and add a new one.
 */
export async function saveStatements(
  tx: Tx,
  actor: Actor,
  input: StatementsInput & { pilotId: string },
): Promise<{ changed: number; added: boolean }> {
  assertCan(actor, "pilots:manage");
  assertId(input.pilotId);
  const [pilot] = await tx
    .select({ id: grantPilots.id })
    .from(grantPilots)
    .where(eq(grantPilots.id, input.pilotId));
  if (!pilot) throw new AppError("NOT_FOUND");
  const current = await tx
    .select({ id: pilotStatements.id, text: pilotStatements.text, active: pilotStatements.active })
    .from(pilotStatements)
    .where(eq(pilotStatements.pilotId, input.pilotId))
    .for("update");
  const ids = current.map((s) => s.id);
  const answered = new Map(
    (ids.length
      ? await tx
          .select({ id: pilotAnswers.statementId, n: count() })
          .from(pilotAnswers)
          .where(inArray(pilotAnswers.statementId, ids))
          .groupBy(pilotAnswers.statementId)
      : []
    ).map((r) => [r.id, Number(r.n)]),
  );
  const errors: Record<string, string[]> = {};
  const changes: { id: string; text: string; active: boolean }[] = [];
  for (const edit of input.statements) {
    const was = current.find((s) => s.id === edit.id);
    if (!was) throw new AppError("NOT_FOUND");
    if (was.text === edit.text && was.active === edit.active) continue;
    if (was.text !== edit.text && !mayReword(answered.get(edit.id) ?? 0)) {
      errors[`text_${edit.id}`] = ["pilots:errors.answeredStatement"];
      continue;
    }
    changes.push(edit);
  }
  const willBeActive =
    current.filter((s) => {
      const edit = input.statements.find((e) => e.id === s.id);
      return edit ? edit.active : s.active;
    }).length + (input.added ? 1 : 0);
  if (willBeActive === 0) errors.form = ["pilots:errors.noActiveStatement"];
  if (Object.keys(errors).length) throw new AppError("INVALID", "validation.invalid", errors);

  for (const change of changes)
    await tx
      .update(pilotStatements)
      .set({ text: change.text, active: change.active })
      .where(and(eq(pilotStatements.id, change.id), eq(pilotStatements.pilotId, input.pilotId)));
  if (input.added) {
    const [last] = await tx
      .select({ position: max(pilotStatements.position) })
      .from(pilotStatements)
      .where(eq(pilotStatements.pilotId, input.pilotId));
    await tx.insert(pilotStatements).values({
      centreId: actor.centreId,
      pilotId: input.pilotId,
      text: input.added,
      position: (last?.position ?? -1) + 1,
    });
  }
  await recordAudit(tx, actor, {
    action: "update",
    entity: "pilot_statements",
    entityId: input.pilotId,
    detail: { fields: ["text", "active"], changed: changes.length, added: Boolean(input.added) },
  });
  return { changed: changes.length, added: Boolean(input.added) };
}

/** The statements a new pilot starts with: the centre's own, else the built-in ones (from the seeds). */
export async function defaultStatementTexts(
  tx: Tx,
  actor: Actor,
): Promise<{ texts: string[]; own: boolean }> {
  assertCan(actor, "pilots:manage");
  const own = await tx
    .select({ text: pilotStatements.text })
    .from(pilotStatements)
    .where(isNull(pilotStatements.pilotId))
    .orderBy(asc(pilotStatements.position));
  return own.length
    ? { texts: own.map((s) => s.text), own: true }
    : { texts: [...defaultStatements], own: false };
}

/**
 * Saves the centre's own starting statements for new pilots (pilots made before keep theirs). Empty
 * fields drop out; at least one must stay.
 */
export async function saveDefaultStatements(tx: Tx, actor: Actor, texts: string[]): Promise<void> {
  assertCan(actor, "pilots:manage");
  if (texts.length === 0)
    throw new AppError("INVALID", "pilots:errors.noActiveStatement", {
      default_1: ["pilots:errors.noActiveStatement"],
    });
  await tx.delete(pilotStatements).where(isNull(pilotStatements.pilotId));
  await tx
    .insert(pilotStatements)
    .values(texts.map((text, position) => ({ centreId: actor.centreId, pilotId: null, text, position })));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "pilot_default_statements",
    entityId: actor.centreId,
    detail: { fields: ["text"], count: texts.length },
  });
}
