import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { tandemLog, tandems } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import type { LogInput } from "./input";
import { mayWriteLog } from "./rules";
import { sideOf } from "./side.server";

/** Adds a line to the tandem's shared log, as staff, its expert or its professional. */
export async function addLogLine(
  tx: Tx,
  actor: Actor,
  input: LogInput & { tandemId: string },
): Promise<{ id: string }> {
  const side = await sideOf(tx, actor, input.tandemId);
  const [tandem] = await tx
    .select({ status: tandems.status })
    .from(tandems)
    .where(eq(tandems.id, input.tandemId));
  if (!mayWriteLog(tandem.status)) throw new AppError("CONFLICT", "tandems:errors.stopped");
  const [row] = await tx
    .insert(tandemLog)
    .values({
      centreId: actor.centreId,
      tandemId: input.tandemId,
      authorId: actor.userId,
      side,
      body: input.body,
    })
    .returning({ id: tandemLog.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "tandem_log",
    entityId: row.id,
    detail: { tandemId: input.tandemId, side },
  });
  return row;
}
