import { asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db, Tx } from "~/db/client.server";
import {
  account,
  adviceQuestions,
  areas,
  assignments,
  auditLog,
  clientContacts,
  clients,
  coachingAccess,
  coachingGoals,
  coachingMeetings,
  coachingNotes,
  coachingTrajectories,
  cohorts,
  conflicts,
  consents,
  correctionRequests,
  employerChecklist,
  employerStageChanges,
  employers,
  expertAbsences,
  expertAreas,
  expertAvailability,
  experts,
  expertThemes,
  expertWorkForms,
  grantFunders,
  grantPilots,
  grants,
  intervisieGroups,
  intervisieMembers,
  intervisieSessions,
  intervisieSignups,
  invitations,
  knowledgeArticles,
  measurements,
  memberships,
  moduleProgress,
  outcomes,
  pilotParticipants,
  placements,
  policyAttendance,
  policyChanges,
  policyContributions,
  policyParticipants,
  policyPhaseChanges,
  policySessions,
  policyStatements,
  policyTrajectories,
  requests,
  session,
  sessionAttendance,
  tandemEvaluations,
  tandemLog,
  tandemMeetings,
  tandems,
  themes,
  trainees,
  trainingModules,
  trainingSessions,
  twoFactor,
  user,
  vacancies,
  vacancyProposals,
  workForms,
} from "~/db/schema";

/**
 * What Tandem holds about one person, table by table: the register behind "Mijn gegevens"
 * (/account/data), its JSON and PDF, and the erasure. Each holding says which columns point at the
 * person (`covers`: a test fails when a table refers to a person and no holding covers that column or
 * `recordedBy` names it) and reads the rows as the person should see them: names instead of ids,
 * no secrets (password hashes, session tokens, two-factor secrets stay out).
 */

/** The person's records in one centre: their login and what points at it. */
export type PersonKeys = {
  userId: string | null;
  /** The address the person is known by (their login's, or the one asked for): questions to the advice desk. */
  email: string | null;
  expertIds: string[];
  traineeIds: string[];
  contactIds: string[];
};

export type KeyKind = "user" | "expert" | "trainee" | "contact";

export type HoldingGroup = "account" | "profile" | "work" | "training" | "contact" | "log";

export type Row = Record<string, unknown>;

export type Holding = {
  /** The key of its texts (privacy:holdings.<key>) and its name in the JSON. */
  key: string;
  group: HoldingGroup;
  /** The columns that point at the person, and at which of their records. */
  covers: [PgColumn, KeyKind][];
  /** Auth tables live outside the centres: read with the system connection, for the login only. */
  scope: "centre" | "account";
  read: (tx: Tx | Db, keys: PersonKeys) => Promise<Row[]>;
  /**
   * How erasure removes the person from this table (`tandem privacy erase`): rows about them go, text
   * they wrote or that names them is cleared, rows that figures count keep their numbers and point at
   * a pseudonym. "with-login": the rows go when the login is deleted (auth tables cascade);
   * "with-trajectory": they go with the coaching trajectory they belong to (cascade).
   */
  erase:
    | ((tx: Tx, keys: PersonKeys, pseudonym: string) => Promise<unknown>)
    | "with-login"
    | "with-trajectory";
  /** Fields whose values are codes, with the texts that name them (e.g. `status` → "privacy:values.status"). */
  values?: Record<string, string>;
};

const V = (field: string) => `privacy:values.${field}`;

/** Erasure leaves these rows as they are: they hold no text about the person and figures count them. */
const keep = async () => {};

/**
 * Columns that refer to a person but hold what a staff member recorded about someone else (who offered
 * an assignment, who moved an employer): not data about the person who recorded it. What they did is
 * in their log entries (the `log` holding), which the export includes.
 */
export const recordedBy: PgColumn[] = [
  // the coach, the note's writer and the coordinators the expert let read: staff, about the expert
  coachingAccess.userId,
  coachingNotes.authorUserId,
  coachingTrajectories.coachUserId,
  adviceQuestions.assignedTo,
  correctionRequests.answeredBy,
  adviceQuestions.answeredBy,
  knowledgeArticles.updatedBy,
  assignments.offeredBy,
  conflicts.createdBy,
  employerChecklist.changedBy,
  employerStageChanges.changedBy,
  invitations.invitedBy,
  placements.createdBy,
  policyChanges.createdBy,
  policyContributions.createdBy,
  policyPhaseChanges.changedBy,
  policyStatements.createdBy,
  requests.createdBy,
  tandemMeetings.createdBy,
  tandems.createdBy,
  vacancyProposals.createdBy,
];

const any = (column: PgColumn, ids: string[]): SQL => inArray(column, ids.length ? ids : [NIL]);
const NIL = "00000000-0000-0000-0000-000000000000";
const ofUser = (column: PgColumn, keys: PersonKeys): SQL => eq(column, keys.userId ?? NIL);

export const holdings: Holding[] = [
  {
    key: "login",
    erase: "with-login",
    values: { language: V("language") },
    group: "account",
    scope: "account",
    covers: [[user.id, "user"]],
    read: (db, keys) =>
      db
        .select({
          name: user.name,
          email: user.email,
          emailVerified: user.emailVerified,
          language: user.locale,
          twoFactorEnabled: user.twoFactorEnabled,
          createdAt: user.createdAt,
        })
        .from(user)
        .where(ofUser(user.id, keys)),
  },
  {
    key: "sessions",
    erase: "with-login",
    group: "account",
    scope: "account",
    covers: [[session.userId, "user"]],
    read: (db, keys) =>
      db
        .select({
          createdAt: session.createdAt,
          lastSeenAt: session.lastSeenAt,
          expiresAt: session.expiresAt,
          ipAddress: session.ipAddress,
          userAgent: session.userAgent,
        })
        .from(session)
        .where(ofUser(session.userId, keys))
        .orderBy(desc(session.createdAt)),
  },
  {
    key: "signInMethods",
    erase: "with-login",
    values: { method: V("method") },
    group: "account",
    scope: "account",
    covers: [[account.userId, "user"]],
    read: (db, keys) =>
      db
        .select({ method: account.providerId, createdAt: account.createdAt })
        .from(account)
        .where(ofUser(account.userId, keys)),
  },
  {
    key: "twoFactor",
    erase: "with-login",
    group: "account",
    scope: "account",
    covers: [[twoFactor.userId, "user"]],
    read: (db, keys) =>
      db
        .select({ verified: twoFactor.verified, lockedUntil: twoFactor.lockedUntil })
        .from(twoFactor)
        .where(ofUser(twoFactor.userId, keys)),
  },
  {
    key: "memberships",
    erase: (tx, keys) => tx.delete(memberships).where(ofUser(memberships.userId, keys)),
    values: { role: "common:roles" },
    group: "account",
    scope: "centre",
    covers: [[memberships.userId, "user"]],
    read: (tx, keys) =>
      tx
        .select({ role: memberships.role, createdAt: memberships.createdAt })
        .from(memberships)
        .where(ofUser(memberships.userId, keys)),
  },
  {
    key: "funderGrants",
    erase: (tx, keys) => tx.delete(grantFunders).where(ofUser(grantFunders.userId, keys)),
    group: "account",
    scope: "centre",
    covers: [[grantFunders.userId, "user"]],
    read: (tx, keys) =>
      tx
        .select({ grant: grants.name })
        .from(grantFunders)
        .innerJoin(grants, eq(grants.id, grantFunders.grantId))
        .where(ofUser(grantFunders.userId, keys)),
  },
  {
    key: "expert",
    values: { status: V("status"), notesWithheld: V("withheld") },
    erase: (tx, keys, pseudonym) =>
      tx
        .update(experts)
        .set({
          firstName: "Persoon",
          lastName: pseudonym,
          email: null,
          phone: null,
          profileText: "",
          privateNotes: "",
          notesWithheldReason: null,
          notesWithheldText: null,
          languages: [],
          userId: null,
          status: "stopped",
        })
        .where(any(experts.id, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [
      [experts.id, "expert"],
      [experts.userId, "user"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          firstName: experts.firstName,
          lastName: experts.lastName,
          email: experts.email,
          phone: experts.phone,
          status: experts.status,
          certifiedOn: experts.certifiedOn,
          profileText: experts.profileText,
          homeArea: areas.name,
          maxTravelKm: experts.maxTravelKm,
          acceptsOnline: experts.acceptsOnline,
          languages: experts.languages,
          // withheld with a lawful reason: the person sees that, and why, instead of the notes
          privateNotes: sql<
            string | null
          >`case when ${experts.notesWithheldReason} is null then ${experts.privateNotes} end`,
          notesWithheld: experts.notesWithheldReason,
          notesWithheldText: experts.notesWithheldText,
          lastInzetAt: experts.lastInzetAt,
          createdAt: experts.createdAt,
          updatedAt: experts.updatedAt,
        })
        .from(experts)
        .leftJoin(areas, eq(areas.id, experts.homeAreaId))
        .where(any(experts.id, keys.expertIds)),
  },
  {
    key: "expertThemes",
    erase: (tx, keys) => tx.delete(expertThemes).where(any(expertThemes.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[expertThemes.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ theme: themes.name })
        .from(expertThemes)
        .innerJoin(themes, eq(themes.id, expertThemes.themeId))
        .where(any(expertThemes.expertId, keys.expertIds))
        .orderBy(asc(themes.name)),
  },
  {
    key: "expertWorkForms",
    erase: (tx, keys) => tx.delete(expertWorkForms).where(any(expertWorkForms.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[expertWorkForms.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ workForm: workForms.name })
        .from(expertWorkForms)
        .innerJoin(workForms, eq(workForms.id, expertWorkForms.workFormId))
        .where(any(expertWorkForms.expertId, keys.expertIds))
        .orderBy(asc(workForms.name)),
  },
  {
    key: "expertAreas",
    erase: (tx, keys) => tx.delete(expertAreas).where(any(expertAreas.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[expertAreas.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ area: areas.name })
        .from(expertAreas)
        .innerJoin(areas, eq(areas.id, expertAreas.areaId))
        .where(any(expertAreas.expertId, keys.expertIds))
        .orderBy(asc(areas.name)),
  },
  {
    key: "availability",
    erase: (tx, keys) =>
      tx.delete(expertAvailability).where(any(expertAvailability.expertId, keys.expertIds)),
    values: { weekday: V("weekday"), dayPart: V("dayPart") },
    group: "profile",
    scope: "centre",
    covers: [[expertAvailability.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ weekday: expertAvailability.weekday, dayPart: expertAvailability.dayPart })
        .from(expertAvailability)
        .where(any(expertAvailability.expertId, keys.expertIds))
        .orderBy(asc(expertAvailability.weekday), asc(expertAvailability.dayPart)),
  },
  {
    key: "absences",
    erase: (tx, keys) => tx.delete(expertAbsences).where(any(expertAbsences.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[expertAbsences.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          startsOn: expertAbsences.startsOn,
          endsOn: expertAbsences.endsOn,
          reason: expertAbsences.reason,
        })
        .from(expertAbsences)
        .where(any(expertAbsences.expertId, keys.expertIds))
        .orderBy(asc(expertAbsences.startsOn)),
  },
  {
    key: "conflicts",
    erase: (tx, keys) => tx.delete(conflicts).where(any(conflicts.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[conflicts.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ client: clients.name, reason: conflicts.reason, createdAt: conflicts.createdAt })
        .from(conflicts)
        .innerJoin(clients, eq(clients.id, conflicts.clientId))
        .where(any(conflicts.expertId, keys.expertIds)),
  },
  {
    key: "coaching",
    values: { status: V("status") },
    // coaching is counted nowhere: the trajectory goes, with its goals, meetings, notes and access
    erase: (tx, keys) =>
      tx.delete(coachingTrajectories).where(any(coachingTrajectories.expertId, keys.expertIds)),
    group: "profile",
    scope: "centre",
    covers: [[coachingTrajectories.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          coach: user.name,
          startsOn: coachingTrajectories.startsOn,
          endsOn: coachingTrajectories.endsOn,
          purpose: coachingTrajectories.purpose,
          status: coachingTrajectories.status,
        })
        .from(coachingTrajectories)
        .leftJoin(user, eq(user.id, coachingTrajectories.coachUserId))
        .where(any(coachingTrajectories.expertId, keys.expertIds)),
  },
  {
    key: "coachingGoals",
    values: { status: V("status") },
    erase: "with-trajectory",
    group: "profile",
    scope: "centre",
    covers: [],
    read: (tx, keys) =>
      tx
        .select({ goal: coachingGoals.text, status: coachingGoals.status })
        .from(coachingGoals)
        .innerJoin(coachingTrajectories, eq(coachingTrajectories.id, coachingGoals.trajectoryId))
        .where(any(coachingTrajectories.expertId, keys.expertIds)),
  },
  {
    key: "coachingMeetings",
    erase: "with-trajectory",
    group: "profile",
    scope: "centre",
    covers: [],
    read: (tx, keys) =>
      tx
        .select({ meetsOn: coachingMeetings.meetsOn, agreed: coachingMeetings.agreed })
        .from(coachingMeetings)
        .innerJoin(coachingTrajectories, eq(coachingTrajectories.id, coachingMeetings.trajectoryId))
        .where(any(coachingTrajectories.expertId, keys.expertIds))
        .orderBy(asc(coachingMeetings.meetsOn)),
  },
  {
    key: "coachingNotes",
    erase: "with-trajectory",
    group: "profile",
    scope: "centre",
    covers: [],
    read: (tx, keys) =>
      tx
        .select({
          createdAt: coachingNotes.createdAt,
          text: coachingNotes.text,
          reflection: coachingNotes.expertReflection,
        })
        .from(coachingNotes)
        .innerJoin(coachingTrajectories, eq(coachingTrajectories.id, coachingNotes.trajectoryId))
        .where(any(coachingTrajectories.expertId, keys.expertIds))
        .orderBy(asc(coachingNotes.createdAt)),
  },
  {
    key: "assignments",
    erase: (tx, keys) =>
      tx
        .update(assignments)
        .set({ responseReason: null, hoursNote: null })
        .where(any(assignments.expertId, keys.expertIds)),
    values: { status: V("status") },
    group: "work",
    scope: "centre",
    covers: [[assignments.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          request: requests.title,
          client: clients.name,
          status: assignments.status,
          responseReason: assignments.responseReason,
          offeredAt: assignments.offeredAt,
          respondedAt: assignments.respondedAt,
          confirmedAt: assignments.confirmedAt,
          minutesWorked: assignments.minutesWorked,
          travelKm: assignments.travelKm,
          travelCostCents: assignments.travelCostCents,
          hoursNote: assignments.hoursNote,
        })
        .from(assignments)
        .innerJoin(requests, eq(requests.id, assignments.requestId))
        .leftJoin(clients, eq(clients.id, requests.clientId))
        .where(any(assignments.expertId, keys.expertIds))
        .orderBy(desc(assignments.offeredAt)),
  },
  {
    key: "placements",
    erase: (tx, keys) =>
      tx.update(placements).set({ note: "" }).where(any(placements.traineeId, keys.traineeIds)),
    values: { kind: V("kind") },
    group: "work",
    scope: "centre",
    covers: [
      [placements.traineeId, "trainee"],
      [placements.expertId, "expert"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          employer: employers.name,
          kind: placements.kind,
          startsOn: placements.startsOn,
          endsOn: placements.endsOn,
          hoursPerWeek: placements.hoursPerWeek,
          note: placements.note,
        })
        .from(placements)
        .innerJoin(employers, eq(employers.id, placements.employerId))
        .where(any(placements.traineeId, keys.traineeIds))
        .orderBy(desc(placements.startsOn)),
  },
  {
    key: "vacancyProposals",
    erase: keep /* a status only; it points at the pseudonymised trainee */,
    values: { status: V("status") },
    group: "work",
    scope: "centre",
    covers: [[vacancyProposals.traineeId, "trainee"]],
    read: (tx, keys) =>
      tx
        .select({
          vacancy: vacancies.title,
          employer: employers.name,
          status: vacancyProposals.status,
          createdAt: vacancyProposals.createdAt,
        })
        .from(vacancyProposals)
        .innerJoin(vacancies, eq(vacancies.id, vacancyProposals.vacancyId))
        .innerJoin(employers, eq(employers.id, vacancies.employerId))
        .where(any(vacancyProposals.traineeId, keys.traineeIds)),
  },
  {
    key: "tandems",
    values: { status: V("status") },
    // a tandem is inzet: it stays (under the pseudonym); the professional's typed name and address go
    erase: (tx, keys) =>
      tx
        .update(tandems)
        .set({ professionalName: "", professionalEmail: "", professionalRole: "" })
        .where(sql`lower(${tandems.professionalEmail}) = ${keys.email ?? ""}`),
    group: "work",
    scope: "centre",
    covers: [
      [tandems.expertId, "expert"],
      [tandems.contactId, "contact"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          client: clients.name,
          purpose: tandems.purpose,
          startsOn: tandems.startsOn,
          endsOn: tandems.endsOn,
          status: tandems.status,
        })
        .from(tandems)
        .innerJoin(clients, eq(clients.id, tandems.clientId))
        .where(
          or(
            any(tandems.expertId, keys.expertIds),
            any(tandems.contactId, keys.contactIds),
            sql`lower(${tandems.professionalEmail}) = ${keys.email ?? ""}`,
          ),
        )
        .orderBy(desc(tandems.startsOn)),
  },
  {
    key: "tandemLog",
    erase: (tx, keys) => tx.delete(tandemLog).where(ofUser(tandemLog.authorId, keys)),
    group: "work",
    scope: "centre",
    covers: [[tandemLog.authorId, "user"]],
    read: (tx, keys) =>
      tx
        .select({ createdAt: tandemLog.createdAt, text: tandemLog.body })
        .from(tandemLog)
        .where(ofUser(tandemLog.authorId, keys))
        .orderBy(asc(tandemLog.createdAt)),
  },
  {
    key: "tandemEvaluations",
    // the score counts in the figures; the words go
    erase: (tx, keys) =>
      tx.update(tandemEvaluations).set({ comment: "" }).where(ofUser(tandemEvaluations.authorId, keys)),
    group: "work",
    scope: "centre",
    covers: [[tandemEvaluations.authorId, "user"]],
    read: (tx, keys) =>
      tx
        .select({
          score: tandemEvaluations.score,
          comment: tandemEvaluations.comment,
          createdAt: tandemEvaluations.createdAt,
        })
        .from(tandemEvaluations)
        .where(ofUser(tandemEvaluations.authorId, keys)),
  },
  {
    key: "policyTrajectories",
    values: { phase: "policy:phases" },
    erase: keep /* taking part counts as inzet; the row points at the pseudonymised pool record */,
    group: "work",
    scope: "centre",
    covers: [[policyParticipants.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ topic: policyTrajectories.topic, client: clients.name, phase: policyTrajectories.phase })
        .from(policyParticipants)
        .innerJoin(policyTrajectories, eq(policyTrajectories.id, policyParticipants.trajectoryId))
        .innerJoin(clients, eq(clients.id, policyTrajectories.clientId))
        .where(any(policyParticipants.expertId, keys.expertIds)),
  },
  {
    key: "policyAttendance",
    erase: keep /* an inzet moment for the fair spread and the figures */,
    group: "work",
    scope: "centre",
    covers: [[policyAttendance.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({ startsAt: policySessions.startsAt, subject: policySessions.subject })
        .from(policyAttendance)
        .innerJoin(policySessions, eq(policySessions.id, policyAttendance.sessionId))
        .where(any(policyAttendance.expertId, keys.expertIds))
        .orderBy(asc(policySessions.startsAt)),
  },
  {
    key: "intervisieGroups",
    values: { kind: "intervisie:kinds" },
    erase: (tx, keys) => tx.delete(intervisieMembers).where(any(intervisieMembers.expertId, keys.expertIds)),
    group: "work",
    scope: "centre",
    covers: [[intervisieMembers.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          name: intervisieGroups.name,
          kind: intervisieGroups.kind,
          since: intervisieMembers.createdAt,
        })
        .from(intervisieMembers)
        .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieMembers.groupId))
        .where(any(intervisieMembers.expertId, keys.expertIds)),
  },
  {
    key: "intervisieSignups",
    values: { attended: "intervisie:attendance" },
    erase: (tx, keys) => tx.delete(intervisieSignups).where(any(intervisieSignups.expertId, keys.expertIds)),
    group: "work",
    scope: "centre",
    covers: [[intervisieSignups.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          group: intervisieGroups.name,
          startsAt: intervisieSessions.startsAt,
          signedUpAt: intervisieSignups.signedUpAt,
          signedOffAt: intervisieSignups.signedOffAt,
          attended: intervisieSignups.attended,
        })
        .from(intervisieSignups)
        .innerJoin(intervisieSessions, eq(intervisieSessions.id, intervisieSignups.sessionId))
        .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
        .where(any(intervisieSignups.expertId, keys.expertIds))
        .orderBy(asc(intervisieSessions.startsAt)),
  },
  {
    key: "intervisieFacilitated",
    erase: (tx, keys) =>
      tx
        .update(intervisieSessions)
        .set({ facilitatorUserId: null })
        .where(ofUser(intervisieSessions.facilitatorUserId, keys)),
    group: "work",
    scope: "centre",
    covers: [[intervisieSessions.facilitatorUserId, "user"]],
    read: (tx, keys) =>
      tx
        .select({ group: intervisieGroups.name, startsAt: intervisieSessions.startsAt })
        .from(intervisieSessions)
        .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
        .where(ofUser(intervisieSessions.facilitatorUserId, keys))
        .orderBy(asc(intervisieSessions.startsAt)),
  },
  {
    key: "policyContributions",
    erase: (tx, keys) =>
      tx
        .update(policyContributions)
        .set({ expertId: null })
        .where(any(policyContributions.expertId, keys.expertIds)),
    group: "work",
    scope: "centre",
    covers: [[policyContributions.expertId, "expert"]],
    read: (tx, keys) =>
      tx
        .select({
          topic: policyTrajectories.topic,
          text: policyContributions.text,
          createdAt: policyContributions.createdAt,
        })
        .from(policyContributions)
        .innerJoin(policyTrajectories, eq(policyTrajectories.id, policyContributions.trajectoryId))
        .where(any(policyContributions.expertId, keys.expertIds)),
  },
  {
    key: "invitations",
    erase: (tx, keys) =>
      tx
        .delete(invitations)
        .where(
          or(any(invitations.expertId, keys.expertIds), any(invitations.clientContactId, keys.contactIds)),
        ),
    values: { role: "common:roles" },
    group: "account",
    scope: "centre",
    covers: [
      [invitations.expertId, "expert"],
      [invitations.clientContactId, "contact"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          email: invitations.email,
          role: invitations.role,
          createdAt: invitations.createdAt,
          expiresAt: invitations.expiresAt,
          acceptedAt: invitations.acceptedAt,
        })
        .from(invitations)
        .where(
          or(any(invitations.expertId, keys.expertIds), any(invitations.clientContactId, keys.contactIds)),
        ),
  },
  {
    key: "trainee",
    erase: (tx, keys, pseudonym) =>
      tx
        .update(trainees)
        .set({
          firstName: "Persoon",
          lastName: pseudonym,
          email: null,
          phone: null,
          externalId: null,
          intakeReason: "",
          benefitBefore: null,
          stoppedReason: null,
        })
        .where(any(trainees.id, keys.traineeIds)),
    values: { status: V("status"), intakeStatus: V("intakeStatus"), situationBefore: V("situationBefore") },
    group: "training",
    scope: "centre",
    covers: [
      [trainees.id, "trainee"],
      [trainees.expertId, "expert"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          cohort: cohorts.name,
          firstName: trainees.firstName,
          lastName: trainees.lastName,
          email: trainees.email,
          phone: trainees.phone,
          province: trainees.province,
          ownExperience: trainees.ownExperience,
          experienceBehind: trainees.experienceBehind,
          motivated: trainees.motivated,
          intakeStatus: trainees.intakeStatus,
          intakeReason: trainees.intakeReason,
          status: trainees.status,
          situationBefore: trainees.situationBefore,
          benefitBefore: trainees.benefitBefore,
          lifeStoryOn: trainees.lifeStoryOn,
          reflectionOn: trainees.reflectionOn,
          placementOn: trainees.placementOn,
          finalAssessmentOn: trainees.finalAssessmentOn,
          finalAssessmentPassed: trainees.finalAssessmentPassed,
          certifiedOn: trainees.certifiedOn,
          stoppedOn: trainees.stoppedOn,
          stoppedReason: trainees.stoppedReason,
          createdAt: trainees.createdAt,
        })
        .from(trainees)
        .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
        .where(any(trainees.id, keys.traineeIds)),
  },
  {
    key: "attendance",
    erase: keep /* counted in the training figures; points at the pseudonymised trainee */,
    values: { attendance: V("attendance") },
    group: "training",
    scope: "centre",
    covers: [[sessionAttendance.traineeId, "trainee"]],
    read: (tx, keys) =>
      tx
        .select({ startsAt: trainingSessions.startsAt, attendance: sessionAttendance.attendance })
        .from(sessionAttendance)
        .innerJoin(trainingSessions, eq(trainingSessions.id, sessionAttendance.sessionId))
        .where(any(sessionAttendance.traineeId, keys.traineeIds))
        .orderBy(asc(trainingSessions.startsAt)),
  },
  {
    key: "modules",
    erase: keep /* counted in the training figures */,
    values: { progress: V("progress") },
    group: "training",
    scope: "centre",
    covers: [[moduleProgress.traineeId, "trainee"]],
    read: (tx, keys) =>
      tx
        .select({
          module: trainingModules.name,
          progress: moduleProgress.progress,
          completedOn: moduleProgress.completedOn,
        })
        .from(moduleProgress)
        .innerJoin(trainingModules, eq(trainingModules.id, moduleProgress.moduleId))
        .where(any(moduleProgress.traineeId, keys.traineeIds)),
  },
  {
    key: "outcomes",
    erase: (tx, keys) =>
      tx.update(outcomes).set({ note: "" }).where(any(outcomes.traineeId, keys.traineeIds)),
    values: { kind: V("kind"), source: V("source") },
    group: "training",
    scope: "centre",
    covers: [[outcomes.traineeId, "trainee"]],
    read: (tx, keys) =>
      tx
        .select({
          kind: outcomes.kind,
          startsOn: outcomes.startsOn,
          employer: outcomes.employer,
          hoursPerWeek: outcomes.hoursPerWeek,
          sector: outcomes.sector,
          note: outcomes.note,
          source: outcomes.source,
        })
        .from(outcomes)
        .where(any(outcomes.traineeId, keys.traineeIds))
        .orderBy(asc(outcomes.startsOn)),
  },
  {
    key: "measurements",
    erase: keep /* counted in the impact figures; points at the pseudonymised trainee */,
    values: { moment: V("moment") },
    group: "training",
    scope: "centre",
    covers: [[measurements.traineeId, "trainee"]],
    read: (tx, keys) =>
      tx
        .select({
          moment: measurements.moment,
          measuredOn: measurements.measuredOn,
          ladder: measurements.ladder,
          zrm: measurements.zrm,
        })
        .from(measurements)
        .where(any(measurements.traineeId, keys.traineeIds))
        .orderBy(asc(measurements.measuredOn)),
  },
  {
    key: "contact",
    erase: (tx, keys, pseudonym) =>
      tx
        .update(clientContacts)
        .set({ name: `Persoon ${pseudonym}`, email: "", phone: "", jobTitle: "", userId: null })
        .where(any(clientContacts.id, keys.contactIds)),
    group: "contact",
    scope: "centre",
    covers: [
      [clientContacts.id, "contact"],
      [clientContacts.userId, "user"],
    ],
    read: (tx, keys) =>
      tx
        .select({
          client: clients.name,
          name: clientContacts.name,
          email: clientContacts.email,
          phone: clientContacts.phone,
          jobTitle: clientContacts.jobTitle,
          createdAt: clientContacts.createdAt,
        })
        .from(clientContacts)
        .innerJoin(clients, eq(clients.id, clientContacts.clientId))
        .where(any(clientContacts.id, keys.contactIds)),
  },
  {
    key: "contactRequests",
    erase: keep /* the client's request; it points at the pseudonymised contact */,
    values: { status: V("status") },
    group: "contact",
    scope: "centre",
    covers: [[requests.contactId, "contact"]],
    read: (tx, keys) =>
      tx
        .select({
          number: requests.number,
          title: requests.title,
          status: requests.status,
          periodStart: requests.periodStart,
          createdAt: requests.createdAt,
        })
        .from(requests)
        .where(any(requests.contactId, keys.contactIds))
        .orderBy(desc(requests.createdAt)),
  },
  {
    key: "adviceQuestions",
    values: { status: "advice:statuses" },
    erase: (tx, keys, pseudonym) =>
      tx
        .update(adviceQuestions)
        .set({ askerName: `Persoon ${pseudonym}`, askerEmail: "", askerPhone: "" })
        .where(sql`lower(${adviceQuestions.askerEmail}) = ${keys.email ?? ""}`),
    group: "contact",
    scope: "centre",
    covers: [],
    read: (tx, keys) =>
      tx
        .select({
          organisation: adviceQuestions.organisation,
          name: adviceQuestions.askerName,
          email: adviceQuestions.askerEmail,
          phone: adviceQuestions.askerPhone,
          question: adviceQuestions.question,
          status: adviceQuestions.status,
          createdAt: adviceQuestions.createdAt,
        })
        .from(adviceQuestions)
        .where(sql`lower(${adviceQuestions.askerEmail}) = ${keys.email ?? ""}`)
        .orderBy(desc(adviceQuestions.createdAt)),
  },
  {
    key: "consents",
    erase: (tx, keys) => tx.delete(consents).where(ofUser(consents.userId, keys)),
    values: { purpose: V("consentPurpose") },
    group: "account",
    scope: "centre",
    covers: [[consents.userId, "user"]],
    read: (tx, keys) =>
      tx
        .select({
          purpose: consents.purpose,
          given: consents.given,
          textVersion: consents.textVersion,
          decidedAt: consents.decidedAt,
        })
        .from(consents)
        .where(ofUser(consents.userId, keys))
        .orderBy(desc(consents.decidedAt)),
  },
  {
    key: "corrections",
    erase: (tx, keys) => tx.delete(correctionRequests).where(ofUser(correctionRequests.userId, keys)),
    values: { status: V("status") },
    group: "account",
    scope: "centre",
    covers: [[correctionRequests.userId, "user"]],
    read: (tx, keys) =>
      tx
        .select({
          createdAt: correctionRequests.createdAt,
          message: correctionRequests.message,
          status: correctionRequests.status,
          answer: correctionRequests.answer,
          answeredAt: correctionRequests.answeredAt,
        })
        .from(correctionRequests)
        .where(ofUser(correctionRequests.userId, keys))
        .orderBy(desc(correctionRequests.createdAt)),
  },
  {
    key: "pilotParticipants",
    // the pilot's figures keep the scores; the professional's name and address go
    erase: (tx, keys, pseudonym) =>
      tx
        .update(pilotParticipants)
        .set({
          name: `Persoon ${pseudonym}`,
          email: `gewist-${pseudonym.toLowerCase()}@tandem.invalid`,
          clientReference: "",
        })
        .where(sql`lower(${pilotParticipants.email}) = ${keys.email ?? ""}`),
    group: "contact",
    scope: "centre",
    covers: [],
    read: (tx, keys) =>
      tx
        .select({
          pilot: grantPilots.name,
          name: pilotParticipants.name,
          email: pilotParticipants.email,
          organisation: pilotParticipants.organisation,
          clientReference: pilotParticipants.clientReference,
          createdAt: pilotParticipants.createdAt,
        })
        .from(pilotParticipants)
        .innerJoin(grantPilots, eq(grantPilots.id, pilotParticipants.pilotId))
        .where(sql`lower(${pilotParticipants.email}) = ${keys.email ?? ""}`)
        .orderBy(desc(pilotParticipants.createdAt)),
  },
  {
    key: "log",
    erase: (tx, keys, pseudonym) =>
      tx
        .update(auditLog)
        .set({ detail: sql`${auditLog.detail} || ${JSON.stringify({ pseudonym })}::jsonb` })
        .where(ofUser(auditLog.userId, keys)),
    values: { action: "audit:actions", entity: "audit:entities" },
    group: "log",
    scope: "centre",
    covers: [[auditLog.userId, "user"]],
    read: (tx, keys) =>
      tx
        .select({ at: auditLog.at, action: auditLog.action, entity: auditLog.entity })
        .from(auditLog)
        .where(ofUser(auditLog.userId, keys))
        .orderBy(desc(auditLog.at)),
  },
];
