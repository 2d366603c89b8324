import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { intervisieGroups, intervisieMembers, intervisieSignups } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { recordAudit } from "~/modules/audit/record.server";
import { canChangeSignup } from "./rules";
import { sessionRow } from "./sessions.server";

/** The signed-in expert and a session of an active group they are in, before it starts. */
async function ownSession(tx: Tx, actor: Actor, sessionId: string, now: Date) {
  assertCan(actor, "own:assignments");
  const expertId = await expertIdOf(tx, actor.userId);
  const session = await sessionRow(tx, sessionId);
  const [member] = await tx
    .select({ id: intervisieMembers.id })
    .from(intervisieMembers)
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieMembers.groupId))
    .where(
      and(
        eq(intervisieMembers.groupId, session.groupId),
        eq(intervisieMembers.expertId, expertId),
        eq(intervisieGroups.active, true),
      ),
    );
  if (!member) throw new AppError("FORBIDDEN");
  if (!canChangeSignup(session, now)) throw new AppError("CONFLICT", "intervisie:errors.closed");
  return { expertId, session };
}

/** The expert signs up for a session of their group (again, after signing off). */
export async function signUp(tx: Tx, actor: Actor, sessionId: string, now: Date = new Date()): Promise<void> {
  const { expertId, session } = await ownSession(tx, actor, sessionId, now);
  const [row] = await tx
    .insert(intervisieSignups)
    .values({ centreId: actor.centreId, sessionId: session.id, expertId, signedUpAt: now })
    .onConflictDoUpdate({
      target: [intervisieSignups.sessionId, intervisieSignups.expertId],
      set: { signedUpAt: now, signedOffAt: null },
    })
    .returning({ id: intervisieSignups.id });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_signup",
    entityId: row.id,
    detail: { fields: ["signedUpAt"] },
  });
}

/** The expert signs off: they stay in the list as signed off, and get no reminder. */
export async function signOff(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  now: Date = new Date(),
): Promise<void> {
  const { expertId, session } = await ownSession(tx, actor, sessionId, now);
  const rows = await tx
    .update(intervisieSignups)
    .set({ signedOffAt: now })
    .where(and(eq(intervisieSignups.sessionId, session.id), eq(intervisieSignups.expertId, expertId)))
    .returning({ id: intervisieSignups.id });
  if (rows.length === 0) throw new AppError("CONFLICT", "intervisie:errors.notSignedUp");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_signup",
    entityId: rows[0].id,
    detail: { fields: ["signedOffAt"] },
  });
}
