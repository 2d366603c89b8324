import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { experts } from "~/db/schema";
import { AppError } from "~/lib/errors";

/**
 * An expert chosen on a form (a policy trajectory's participant, an intervisie group's member) must be
 * an active pool expert of this centre; otherwise the form says "choose" at the `expertId` field.
 */
export async function assertActiveExpert(tx: Tx, expertId: string): Promise<void> {
  const [expert] = await tx
    .select({ id: experts.id })
    .from(experts)
    .where(and(eq(experts.id, expertId), eq(experts.status, "active")));
  if (!expert) throw new AppError("INVALID", "validation.invalid", { expertId: ["validation.choose"] });
}
