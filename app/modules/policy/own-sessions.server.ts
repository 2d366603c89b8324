import { and, asc, eq, gte } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clients, experts, policyParticipants, policySessions, policyTrajectories } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";

export type OwnPolicySession = {
  id: string;
  topic: string;
  client: string;
  subject: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  place: string;
};

/**
 * The upcoming sessions of the policy trajectories the signed-in expert takes part in (their phone's
 * agenda). Nothing for someone without a pool record.
 */
export async function ownPolicySessions(
  tx: Tx,
  actor: Actor,
  now: Date = new Date(),
): Promise<OwnPolicySession[]> {
  assertCan(actor, "own:assignments");
  return tx
    .select({
      id: policySessions.id,
      topic: policyTrajectories.topic,
      client: clients.name,
      subject: policySessions.subject,
      startsAt: policySessions.startsAt,
      endsAt: policySessions.endsAt,
      online: policySessions.online,
      place: policySessions.place,
    })
    .from(policySessions)
    .innerJoin(policyTrajectories, eq(policyTrajectories.id, policySessions.trajectoryId))
    .innerJoin(clients, eq(clients.id, policyTrajectories.clientId))
    .innerJoin(policyParticipants, eq(policyParticipants.trajectoryId, policyTrajectories.id))
    .innerJoin(experts, eq(experts.id, policyParticipants.expertId))
    .where(and(eq(experts.userId, actor.userId), gte(policySessions.endsAt, now)))
    .orderBy(asc(policySessions.startsAt))
    .limit(20);
}
