import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { impactSettings } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { type ActivationSettings, defaultActivation } from "./figures";

export type ImpactSettingsView = ActivationSettings & { smallGroupLimit: number };

const defaults: ImpactSettingsView = { ...defaultActivation, smallGroupLimit: 5 };

/** The centre's impact settings, or the defaults when the centre never saved any. */
export async function readImpactSettings(tx: Tx, centreId: string): Promise<ImpactSettingsView> {
  const [row] = await tx
    .select({
      zrmEnabled: impactSettings.zrmEnabled,
      activatedLadderRise: impactSettings.activatedLadderRise,
      activatedParticipationMin: impactSettings.activatedParticipationMin,
      smallGroupLimit: impactSettings.smallGroupLimit,
    })
    .from(impactSettings)
    .where(eq(impactSettings.centreId, centreId));
  return row ?? defaults;
}

/** What "activated" means in this centre (used by the figures). */
export async function activationSettings(tx: Tx, centreId: string): Promise<ActivationSettings> {
  const { smallGroupLimit: _, ...activation } = await readImpactSettings(tx, centreId);
  return activation;
}

export function canManageImpactSettings(actor: Actor): boolean {
  return can(actor.role, "grants:manage") || can(actor.role, "outcomes:write");
}

/** Staff who manage grants or outcomes see and change the settings. */
export async function getImpactSettings(tx: Tx, actor: Actor): Promise<ImpactSettingsView> {
  if (!canManageImpactSettings(actor)) throw new AppError("FORBIDDEN");
  return readImpactSettings(tx, actor.centreId);
}

export async function saveImpactSettings(tx: Tx, actor: Actor, input: ImpactSettingsView): Promise<void> {
  if (!canManageImpactSettings(actor)) throw new AppError("FORBIDDEN");
  const before = await readImpactSettings(tx, actor.centreId);
  await tx
    .insert(impactSettings)
    .values({ centreId: actor.centreId, ...input })
    .onConflictDoUpdate({ target: impactSettings.centreId, set: { ...input, updatedAt: new Date() } });
  const changed = (Object.keys(input) as (keyof ImpactSettingsView)[]).filter((k) => before[k] !== input[k]);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "impact_settings",
    entityId: actor.centreId,
    detail: { fields: changed, ...Object.fromEntries(changed.map((k) => [k, input[k]])) },
  });
}
