import { and, asc, desc, eq, gte, isNull, notExists, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "~/db/client.server";
import {
  clients,
  experts,
  policyAttendance,
  policyChanges,
  policyContributions,
  policyParticipants,
  policyPhaseChanges,
  policySessions,
  policyStatements,
  policyTrajectories,
  user,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { type PolicyPhase, policyPhases } from "./values";

const expertName = sql<string>`${experts.firstName} || ' ' || ${experts.lastName}`;

/** The trajectories list: open ones first by phase, then ended ones. */
export async function listTrajectories(tx: Tx, actor: Actor) {
  assertCan(actor, "policy:manage");
  return tx
    .select({
      id: policyTrajectories.id,
      topic: policyTrajectories.topic,
      client: clients.name,
      phase: policyTrajectories.phase,
      phaseSince: policyTrajectories.phaseSince,
      endedOn: policyTrajectories.endedOn,
      nextStep: policyTrajectories.nextStep,
      nextStepOn: policyTrajectories.nextStepOn,
      participants: sql<number>`(select count(*) from policy_participants p where p.trajectory_id = "policy_trajectories"."id")::int`,
    })
    .from(policyTrajectories)
    .innerJoin(clients, eq(clients.id, policyTrajectories.clientId))
    .orderBy(
      sql`${policyTrajectories.endedOn} is not null`,
      asc(policyTrajectories.phase),
      asc(policyTrajectories.topic),
    );
}

/** How many open trajectories are in each phase (the pipeline above the list). */
export async function phaseCounts(tx: Tx, actor: Actor): Promise<Record<PolicyPhase, number>> {
  assertCan(actor, "policy:manage");
  const rows = await tx
    .select({ phase: policyTrajectories.phase, n: sql<number>`count(*)::int` })
    .from(policyTrajectories)
    .where(isNull(policyTrajectories.endedOn))
    .groupBy(policyTrajectories.phase);
  const counts = Object.fromEntries(policyPhases.map((p) => [p, 0])) as Record<PolicyPhase, number>;
  for (const r of rows) counts[r.phase] = r.n;
  return counts;
}

/** The municipalities (clients) a trajectory can be with. */
export async function clientOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "policy:manage");
  return tx.select({ id: clients.id, name: clients.name }).from(clients).orderBy(asc(clients.name));
}

/** One trajectory with everything on its page. */
export async function trajectoryDetail(tx: Tx, actor: Actor, trajectoryId: string) {
  assertCan(actor, "policy:manage");
  assertId(trajectoryId);
  const [trajectory] = await tx
    .select({
      id: policyTrajectories.id,
      clientId: policyTrajectories.clientId,
      client: clients.name,
      topic: policyTrajectories.topic,
      description: policyTrajectories.description,
      phase: policyTrajectories.phase,
      phaseSince: policyTrajectories.phaseSince,
      startedOn: policyTrajectories.startedOn,
      endedOn: policyTrajectories.endedOn,
      nextStep: policyTrajectories.nextStep,
      nextStepOn: policyTrajectories.nextStepOn,
    })
    .from(policyTrajectories)
    .innerJoin(clients, eq(clients.id, policyTrajectories.clientId))
    .where(eq(policyTrajectories.id, trajectoryId));
  if (!trajectory) throw new AppError("NOT_FOUND");
  const of = (t: { trajectoryId: AnyPgColumn }) => eq(t.trajectoryId, trajectoryId);

  const history = await tx
    .select({
      id: policyPhaseChanges.id,
      fromPhase: policyPhaseChanges.fromPhase,
      toPhase: policyPhaseChanges.toPhase,
      note: policyPhaseChanges.note,
      by: user.name,
      at: policyPhaseChanges.createdAt,
    })
    .from(policyPhaseChanges)
    .leftJoin(user, eq(user.id, policyPhaseChanges.changedBy))
    .where(of(policyPhaseChanges))
    .orderBy(desc(policyPhaseChanges.createdAt));
  const participants = await tx
    .select({ expertId: experts.id, name: expertName, lastInzetAt: experts.lastInzetAt })
    .from(policyParticipants)
    .innerJoin(experts, eq(experts.id, policyParticipants.expertId))
    .where(of(policyParticipants))
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  // active pool experts not yet taking part, longest without inzet first (fair spread)
  const candidates = await tx
    .select({ expertId: experts.id, name: expertName, lastInzetAt: experts.lastInzetAt })
    .from(experts)
    .where(
      and(
        eq(experts.status, "active"),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(policyParticipants)
            .where(
              and(
                eq(policyParticipants.expertId, experts.id),
                eq(policyParticipants.trajectoryId, trajectoryId),
              ),
            ),
        ),
      ),
    )
    .orderBy(sql`${experts.lastInzetAt} asc nulls first`, asc(experts.firstName))
    .limit(50);
  const sessions = await tx
    .select({
      id: policySessions.id,
      startsAt: policySessions.startsAt,
      endsAt: policySessions.endsAt,
      online: policySessions.online,
      place: policySessions.place,
      subject: policySessions.subject,
    })
    .from(policySessions)
    .where(of(policySessions))
    .orderBy(desc(policySessions.startsAt));
  const attendance = await tx
    .select({ sessionId: policyAttendance.sessionId, name: expertName })
    .from(policyAttendance)
    .innerJoin(policySessions, eq(policySessions.id, policyAttendance.sessionId))
    .innerJoin(experts, eq(experts.id, policyAttendance.expertId))
    .where(eq(policySessions.trajectoryId, trajectoryId))
    .orderBy(asc(experts.firstName));
  const contributions = await tx
    .select({
      id: policyContributions.id,
      text: policyContributions.text,
      expert: expertName,
      sessionId: policyContributions.sessionId,
      at: policyContributions.createdAt,
    })
    .from(policyContributions)
    .leftJoin(experts, eq(experts.id, policyContributions.expertId))
    .where(of(policyContributions))
    .orderBy(desc(policyContributions.createdAt));
  const changes = await tx
    .select({
      id: policyChanges.id,
      text: policyChanges.text,
      changedOn: policyChanges.changedOn,
      source: policyChanges.source,
    })
    .from(policyChanges)
    .where(of(policyChanges))
    .orderBy(desc(policyChanges.changedOn));
  const statements = await tx
    .select({
      id: policyStatements.id,
      text: policyStatements.text,
      saidBy: policyStatements.saidBy,
      saidOn: policyStatements.saidOn,
      consent: policyStatements.consent,
      consentOn: policyStatements.consentOn,
    })
    .from(policyStatements)
    .where(of(policyStatements))
    .orderBy(desc(policyStatements.saidOn));
  return {
    trajectory,
    history,
    participants,
    candidates,
    sessions: sessions.map((s) => ({
      ...s,
      attended: attendance.filter((a) => a.sessionId === s.id).map((a) => a.name),
    })),
    contributions,
    changes,
    statements,
  };
}

/**
 * Inzet moments from policy work: one per attended session (expert_id, starts_at), for the fair
 * spread of work in matching. `since` limits them to a period.
 */
export function policyInzetMoments(tx: Tx, since?: Date) {
  return tx
    .select({ expertId: policyAttendance.expertId, startsAt: policySessions.startsAt })
    .from(policyAttendance)
    .innerJoin(policySessions, eq(policySessions.id, policyAttendance.sessionId))
    .where(since ? gte(policySessions.startsAt, since) : undefined);
}
