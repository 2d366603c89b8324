import type { Tx } from "~/db/client.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { lockAssignment } from "./request-info.server";

/** The signed-in expert's own assignment, locked; another expert's is NOT_FOUND (not even its existence shows). */
export async function ownAssignment(tx: Tx, actor: Actor, assignmentId: string) {
  if (!can(actor.role, "own:assignments")) throw new AppError("FORBIDDEN");
  const expertId = await expertIdOf(tx, actor.userId);
  const row = await lockAssignment(tx, assignmentId);
  if (row.expertId !== expertId) throw new AppError("NOT_FOUND");
  return row;
}
