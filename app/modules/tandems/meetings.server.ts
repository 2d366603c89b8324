import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { tandemMeetings, tandems } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { MeetingInput } from "./input";
import { mayWriteLog } from "./rules";

/** Plans a meeting of the tandem (staff). Its time counts as the expert's inzet once the tandem runs. */
export async function addMeeting(
  tx: Tx,
  actor: Actor,
  input: MeetingInput & { tandemId: string },
): Promise<{ id: string }> {
  assertCan(actor, "tandems:manage");
  assertId(input.tandemId);
  const [tandem] = await tx
    .select({ status: tandems.status })
    .from(tandems)
    .where(eq(tandems.id, input.tandemId));
  if (!tandem) throw new AppError("NOT_FOUND");
  if (!mayWriteLog(tandem.status)) throw new AppError("CONFLICT", "tandems:errors.stopped");
  const [row] = await tx
    .insert(tandemMeetings)
    .values({
      centreId: actor.centreId,
      tandemId: input.tandemId,
      startsAt: amsterdamToDate(input.day, input.startTime),
      endsAt: amsterdamToDate(input.day, input.endTime),
      online: input.online,
      place: input.online ? "" : input.place,
      note: input.note,
      createdBy: actor.userId,
    })
    .returning({ id: tandemMeetings.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "tandem_meeting",
    entityId: row.id,
    detail: { tandemId: input.tandemId },
  });
  return row;
}

/** Takes a meeting off the tandem (it did not happen). */
export async function removeMeeting(
  tx: Tx,
  actor: Actor,
  input: { tandemId: string; meetingId: string },
): Promise<void> {
  assertCan(actor, "tandems:manage");
  assertId(input.tandemId);
  const removed = await tx
    .delete(tandemMeetings)
    .where(and(eq(tandemMeetings.id, input.meetingId), eq(tandemMeetings.tandemId, input.tandemId)))
    .returning({ id: tandemMeetings.id });
  if (removed.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "tandem_meeting",
    entityId: input.meetingId,
    detail: { tandemId: input.tandemId },
  });
}
