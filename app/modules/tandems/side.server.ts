import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clientContacts, experts, tandems } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertId } from "~/modules/accounts/guard";
import { can } from "~/modules/accounts/permissions";
import type { LogSide } from "./values";

/**
 * Which side of a tandem the actor is on: staff (tandems:manage), its expert (own:assignments) or its
 * professional (own:requests, the tandem's client contact). Anyone else gets NOT_FOUND, so another
 * expert or contact cannot even tell the tandem exists.
 */
export async function sideOf(tx: Tx, actor: Actor, tandemId: string): Promise<LogSide> {
  assertId(tandemId);
  const [row] = await tx
    .select({ expertUserId: experts.userId, contactUserId: clientContacts.userId })
    .from(tandems)
    .innerJoin(experts, eq(experts.id, tandems.expertId))
    .leftJoin(clientContacts, eq(clientContacts.id, tandems.contactId))
    .where(eq(tandems.id, tandemId));
  if (!row) throw new AppError("NOT_FOUND");
  if (can(actor.role, "tandems:manage")) return "staff";
  if (can(actor.role, "own:assignments") && row.expertUserId === actor.userId) return "expert";
  if (can(actor.role, "own:requests") && row.contactUserId === actor.userId) return "professional";
  throw new AppError("NOT_FOUND");
}
