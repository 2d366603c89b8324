import { asc, eq, sql } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import {
  adviceQuestions,
  adviceSettings,
  areas,
  assignments,
  centres,
  checklistItems,
  clientContacts,
  clients,
  coachingAccess,
  coachingGoals,
  coachingMeetings,
  coachingNotes,
  coachingTrajectories,
  cohorts,
  employerChecklist,
  employerStageChanges,
  employers,
  evaluations,
  expertAbsences,
  expertAreas,
  expertAvailability,
  experts,
  expertThemes,
  expertWorkForms,
  grantPilots,
  grants,
  grantTargets,
  intervisieGroups,
  intervisieMembers,
  intervisieSessions,
  intervisieSignups,
  knowledgeArticles,
  measurements,
  outcomes,
  pilotAnswers,
  pilotParticipants,
  pilotQuestionnaires,
  pilotStatements,
  placements,
  policyAttendance,
  policyChanges,
  policyContributions,
  policyParticipants,
  policyPhaseChanges,
  policySessions,
  policyStatements,
  policyTrajectories,
  requestSlots,
  requests,
  requestThemes,
  tandemEvaluations,
  tandemLog,
  tandemMeetings,
  tandems,
  themes,
  trainees,
  vacancies,
  workForms,
} from "~/db/schema";
import type { OutcomeKind } from "~/db/values";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import { addMember, createCentre } from "~/modules/centres/create-centre.server";
import { buildDemo, type DemoRows } from "./build";
import { buildAdvice } from "./build-advice";
import { buildCoaching, type DemoCoachingRows } from "./build-coaching";
import { buildEmployers } from "./build-employers";
import { buildIntervisie } from "./build-intervisie";
import { buildPilots } from "./build-pilots";
import { buildPolicy } from "./build-policy";
import { buildTandems, type DemoTandemRows } from "./build-tandems";
import { buildTraining, type DemoTrainingRows } from "./build-training";
import { DEMO_NAME, DEMO_PASSWORD, DEMO_SLUG, type DemoLogin, demoLogins } from "./logins";
import { seededRandom } from "./random";

const SEED = 20_260_101;
const CHUNK = 500;

export type DemoResult = {
  centreId: string;
  logins: DemoLogin[];
  password: string;
  counts: Record<string, number>;
};

export async function demoExists(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, DEMO_SLUG));
  return Boolean(row);
}

/**
 * Creates the demo centre "Sterk uit Armoede (demo)" with invented data and five logins. Refuses when
 * it exists already. The data goes in bulk in one tenant transaction; if anything fails, the centre
 * is removed again (logins that were made stay, and are reused by a next try).
 */
export async function seedDemo(db: Db, options: { today?: Date } = {}): Promise<DemoResult> {
  if (await demoExists(db)) throw new AppError("CONFLICT", "demo:exists");
  const { id: centreId } = await createCentre(db, { centreName: DEMO_NAME, slug: DEMO_SLUG });
  try {
    const userIds: Record<string, string> = {};
    for (const login of demoLogins) {
      const password = login.password ? DEMO_PASSWORD : undefined;
      userIds[login.email] = (await addMember(db, { centreId, ...login, password })).userId;
    }
    const counts = await inCentre(db, centreId, async (tx) => {
      const themeIds = (await tx.select({ id: themes.id }).from(themes).orderBy(asc(themes.name))).map(
        (t) => t.id,
      );
      const forms = await tx
        .select({ id: workForms.id, name: workForms.name })
        .from(workForms)
        .orderBy(asc(workForms.name));
      const today = options.today ?? new Date();
      const rows = buildDemo(seededRandom(SEED), { centreId, today, themeIds, workForms: forms, userIds });
      await insertAll(tx, rows);
      const training = buildTraining(seededRandom(SEED + 1), { centreId, today });
      await insertTraining(tx, training);
      const steps = await tx
        .select({ id: checklistItems.id, key: checklistItems.key })
        .from(checklistItems)
        .orderBy(asc(checklistItems.position));
      const coordinatorId = userIds["coordinator@demo.tandem.example"] ?? null;
      const latest = new Map<string, { kind: OutcomeKind; startsOn: string }>();
      for (const o of training.outcomes) {
        const seen = latest.get(o.traineeId);
        if (!seen || o.startsOn > seen.startsOn)
          latest.set(o.traineeId, { kind: o.kind, startsOn: o.startsOn });
      }
      const graduates = training.trainees
        .filter((t) => t.status === "certified" && t.id)
        .map((t) => ({
          id: t.id as string,
          expertId: t.expertId,
          now: latest.get(t.id as string)?.kind ?? null,
        }));
      const work = buildEmployers(seededRandom(SEED + 2), {
        centreId,
        today,
        coordinatorId,
        steps,
        graduates,
        themeIds,
      });
      await tx.insert(employers).values(work.employers);
      await tx.insert(employerStageChanges).values(work.employerStageChanges);
      await tx.insert(employerChecklist).values(work.employerChecklist);
      if (work.outcomes.length) await tx.insert(outcomes).values(work.outcomes);
      if (work.placements.length) await tx.insert(placements).values(work.placements);
      if (work.vacancies.length) await tx.insert(vacancies).values(work.vacancies);
      const policy = buildPolicy(seededRandom(SEED + 3), {
        centreId,
        today,
        coordinatorId,
        municipalities: rows.clients.filter((c) => c.sector === "municipality") as { id: string }[],
        experts: rows.experts.filter((e) => e.status === "active") as { id: string }[],
      });
      for (const [table, list] of [
        [policyTrajectories, policy.policyTrajectories],
        [policyPhaseChanges, policy.policyPhaseChanges],
        [policyParticipants, policy.policyParticipants],
        [policySessions, policy.policySessions],
        [policyAttendance, policy.policyAttendance],
        [policyContributions, policy.policyContributions],
        [policyChanges, policy.policyChanges],
        [policyStatements, policy.policyStatements],
      ] as const)
        if (list.length) await tx.insert(table).values(list as never);
      const pilots = buildPilots(seededRandom(SEED + 4), {
        centreId,
        today,
        grantId: (training.grants[0]?.id as string | undefined) ?? null,
      });
      for (const [table, list] of [
        [grantPilots, pilots.grantPilots],
        [pilotStatements, pilots.pilotStatements],
        [pilotParticipants, pilots.pilotParticipants],
        [pilotQuestionnaires, pilots.pilotQuestionnaires],
        [pilotAnswers, pilots.pilotAnswers],
      ] as const)
        for (let i = 0; i < list.length; i += CHUNK)
          if (list.length) await tx.insert(table).values(list.slice(i, i + CHUNK) as never);
      const advice = buildAdvice({ centreId, today: todayIso(today), coordinatorId });
      await tx.insert(adviceQuestions).values(advice.adviceQuestions);
      await tx.insert(knowledgeArticles).values(advice.knowledgeArticles);
      await tx.insert(adviceSettings).values(advice.adviceSettings);
      const coaching = buildCoaching(seededRandom(SEED + 3), {
        centreId,
        today: todayIso(today),
        coachId: coordinatorId,
        allowedId: userIds["beheer@demo.tandem.example"] ?? null,
        experts: rows.experts.map((e) => ({ id: e.id as string, userId: e.userId ?? null })),
      });
      await insertCoaching(tx, coaching);
      const intervisie = buildIntervisie(seededRandom(SEED + 4), {
        centreId,
        today: todayIso(today),
        coordinatorId,
        experts: rows.experts
          .filter((e) => e.status === "active")
          .map((e) => ({ id: e.id as string, userId: e.userId ?? null }))
          .toSorted((a, b) => Number(Boolean(b.userId)) - Number(Boolean(a.userId))),
        placements: work.placements as { traineeId: string; employerId: string; startsOn: string }[],
        employers: work.employers as { id: string; name: string }[],
      });
      for (const link of intervisie.links) {
        await tx.update(trainees).set({ expertId: link.expertId }).where(eq(trainees.id, link.traineeId));
        await tx
          .update(placements)
          .set({ expertId: link.expertId })
          .where(eq(placements.traineeId, link.traineeId));
      }
      for (const [table, list] of [
        [intervisieGroups, intervisie.rows.intervisieGroups],
        [intervisieMembers, intervisie.rows.intervisieMembers],
        [intervisieSessions, intervisie.rows.intervisieSessions],
        [intervisieSignups, intervisie.rows.intervisieSignups],
      ] as const)
        if (list.length) await tx.insert(table).values(list as never);
      const tandemRows = buildTandems(seededRandom(SEED + 4), {
        centreId,
        today: todayIso(today),
        coordinatorId,
        experts: rows.experts
          .filter((e) => e.status === "active")
          .map((e) => ({ id: e.id as string, userId: e.userId ?? null })),
        contacts: rows.clientContacts.map((c) => ({
          id: c.id as string,
          clientId: c.clientId,
          userId: c.userId ?? null,
        })),
      });
      await insertTandems(tx, tandemRows);
      await tx.update(centres).set({ requestSeq: rows.requests.length }).where(eq(centres.id, centreId));
      await recordAudit(
        tx,
        { centreId, userId: null },
        { action: "create", entity: "centre", entityId: centreId, detail: { demo: true } },
      );
      return Object.fromEntries(
        [
          ...Object.entries(rows),
          ...Object.entries(training),
          ...Object.entries(work),
          ...Object.entries(policy),
          ...Object.entries(pilots),
          ...Object.entries(advice),
          ...Object.entries(coaching),
          ...Object.entries(intervisie.rows),
          ...Object.entries(tandemRows),
        ].map(([k, v]) => [k, v.length]),
      );
    });
    // fresh statistics for the planner after a bulk load, as autovacuum would make them a minute later;
    // without them the first pages plan for empty tables (nested loops over every expert)
    await db.execute(sql`analyze`);
    return { centreId, logins: demoLogins, password: DEMO_PASSWORD, counts };
  } catch (error) {
    await db.delete(centres).where(eq(centres.id, centreId));
    throw error;
  }
}

async function insertAll(tx: Tx, rows: DemoRows): Promise<void> {
  const put = async <T>(table: Parameters<Tx["insert"]>[0], list: T[]) => {
    for (let i = 0; i < list.length; i += CHUNK)
      await tx.insert(table).values(list.slice(i, i + CHUNK) as never);
  };
  await put(areas, rows.areas);
  await put(experts, rows.experts);
  await put(expertThemes, rows.expertThemes);
  await put(expertWorkForms, rows.expertWorkForms);
  await put(expertAreas, rows.expertAreas);
  await put(expertAvailability, rows.expertAvailability);
  await put(expertAbsences, rows.expertAbsences);
  await put(clients, rows.clients);
  await put(clientContacts, rows.clientContacts);
  await put(requests, rows.requests);
  await put(requestThemes, rows.requestThemes);
  await put(requestSlots, rows.requestSlots);
  await put(assignments, rows.assignments);
  await put(evaluations, rows.evaluations);
}

async function insertTraining(tx: Tx, rows: DemoTrainingRows): Promise<void> {
  await tx.insert(grants).values(rows.grants);
  await tx.insert(grantTargets).values(rows.grantTargets);
  await tx.insert(cohorts).values(rows.cohorts);
  await tx.insert(trainees).values(rows.trainees);
  await tx.insert(outcomes).values(rows.outcomes);
  await tx.insert(measurements).values(rows.measurements);
}

async function insertCoaching(tx: Tx, rows: DemoCoachingRows): Promise<void> {
  if (rows.coachingTrajectories.length === 0) return;
  await tx.insert(coachingTrajectories).values(rows.coachingTrajectories);
  await tx.insert(coachingGoals).values(rows.coachingGoals);
  await tx.insert(coachingMeetings).values(rows.coachingMeetings);
  await tx.insert(coachingNotes).values(rows.coachingNotes);
  if (rows.coachingAccess.length) await tx.insert(coachingAccess).values(rows.coachingAccess);
}

async function insertTandems(tx: Tx, rows: DemoTandemRows): Promise<void> {
  if (rows.tandems.length === 0) return;
  await tx.insert(tandems).values(rows.tandems);
  await tx.insert(tandemMeetings).values(rows.tandemMeetings);
  await tx.insert(tandemLog).values(rows.tandemLog);
  if (rows.tandemEvaluations.length) await tx.insert(tandemEvaluations).values(rows.tandemEvaluations);
}

/** True when the demo centre is the only centre: the setup page then lists the demo logins. */
export async function onlyDemoExists(db: Db): Promise<boolean> {
  const rows = await db.select({ slug: centres.slug }).from(centres).limit(2);
  return rows.length === 1 && rows[0].slug === DEMO_SLUG;
}
