import type { Tx } from "~/db/client.server";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { type ReadGate, reasonDetail } from "~/modules/privacy/read-reason.server";

/**
 * The benefit before the training as a page may show it (the trainee page, the outcomes page): it is
 * about a person's money, so it shows only through an open gate, and each read is logged for the
 * person's /account/reads (with the reason, when one was given).
 */
export async function shownBenefit(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  benefit: string | null,
  gate: ReadGate,
): Promise<{ benefitBefore: string | null; benefitHidden: boolean }> {
  if (!benefit) return { benefitBefore: benefit, benefitHidden: false };
  if (!gate.open) return { benefitBefore: null, benefitHidden: true };
  await recordAudit(tx, actor, {
    action: "read_private",
    entity: "trainee",
    entityId: traineeId,
    detail: { fields: ["benefitBefore"], ...reasonDetail(gate) },
  });
  return { benefitBefore: benefit, benefitHidden: false };
}
