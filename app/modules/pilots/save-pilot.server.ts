import { asc, eq, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { grantPilots, grants, pilotStatements } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { PilotInput } from "./input";
import { planAfterDueReminder } from "./reminders.server";
import { defaultStatements } from "./values";

/** The grant must be one of this centre's (row-level security hides another's: it is not found). */
async function assertGrant(tx: Tx, grantId: string): Promise<void> {
  const [row] = await tx.select({ id: grants.id }).from(grants).where(eq(grants.id, grantId));
  if (!row) throw new AppError("INVALID", "validation.invalid", { grantId: ["validation.choose"] });
}

const details = (input: PilotInput) => ({
  grantId: input.grantId,
  sector: input.sector,
  name: input.name,
  startsOn: input.startsOn ?? null,
  endsOn: input.endsOn ?? null,
  afterDueOn: input.afterDueOn ?? null,
});

/** The statements a new pilot starts with: the centre's own defaults, else the built-in ones. */
async function startingStatements(tx: Tx): Promise<string[]> {
  const own = await tx
    .select({ text: pilotStatements.text })
    .from(pilotStatements)
    .where(isNull(pilotStatements.pilotId))
    .orderBy(asc(pilotStatements.position));
  return own.length ? own.map((s) => s.text) : [...defaultStatements];
}

/** Gives a new pilot its statements (also for a pilot added on the grant's page). */
export async function addStartingStatements(tx: Tx, centreId: string, pilotId: string): Promise<string[]> {
  const texts = await startingStatements(tx);
  await tx
    .insert(pilotStatements)
    .values(texts.map((text, position) => ({ centreId, pilotId, text, position })));
  return texts;
}

/** Starts a pilot under a grant, with the default statements to measure; plans the after-reminder. */
export async function createPilot(tx: Tx, actor: Actor, input: PilotInput): Promise<{ id: string }> {
  assertCan(actor, "pilots:manage");
  await assertGrant(tx, input.grantId);
  const [row] = await tx
    .insert(grantPilots)
    .values({ centreId: actor.centreId, ...details(input) })
    .returning({ id: grantPilots.id });
  const texts = await addStartingStatements(tx, actor.centreId, row.id);
  if (input.afterDueOn) await planAfterDueReminder(tx, actor.centreId, row.id, input.afterDueOn);
  await recordAudit(tx, actor, {
    action: "create",
    entity: "grant_pilot",
    entityId: row.id,
    detail: { fields: Object.keys(details(input)), statements: texts.length },
  });
  return row;
}

/** Changes a pilot's grant, sector, name or dates; a new after-date plans a new reminder. */
export async function updatePilot(
  tx: Tx,
  actor: Actor,
  input: PilotInput & { pilotId: string },
): Promise<void> {
  assertCan(actor, "pilots:manage");
  assertId(input.pilotId);
  await assertGrant(tx, input.grantId);
  const updated = await tx
    .update(grantPilots)
    .set(details(input))
    .where(eq(grantPilots.id, input.pilotId))
    .returning({ id: grantPilots.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  if (input.afterDueOn) await planAfterDueReminder(tx, actor.centreId, input.pilotId, input.afterDueOn);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "grant_pilot",
    entityId: input.pilotId,
    detail: { fields: Object.keys(details(input)) },
  });
}
