/**
 * Data for the access table (centres e2e-access-a and e2e-access-b, see e2e/access/table.ts): in each
 * centre one of every record a route takes an id for, with fixed ids, so a probe can ask for its own
 * centre's record and for the other centre's. The expert, the client contact and the funder are
 * linked to the centre's people: the assignment is the expert's, the requests are the contact's client's,
 * the grant is the funder's; a colleague's assignment and another funder's grant sit beside them. The
 * evaluation and the invitation have fixed tokens.
 */
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import {
  adviceQuestions,
  adviceSettings,
  assignments,
  centres,
  clientContacts,
  clients,
  coachingTrajectories,
  cohorts,
  employers,
  evaluations,
  experts,
  grantFunders,
  grantPilots,
  grants,
  intervisieGroups,
  intervisieSessions,
  invitations,
  knowledgeArticles,
  pilotParticipants,
  pilotQuestionnaires,
  pilotStatements,
  policyTrajectories,
  requestSlots,
  requests,
  tandems,
  trainees,
  trainingSessions,
  vacancies,
} from "../app/db/schema";
import { person } from "./people";

export type AccessCentre = "a" | "b";

const idOf = (centre: AccessCentre, n: number) =>
  `acce55${centre}0-0000-4000-8000-${String(n).padStart(12, "0")}`;

const recordsOf = (c: AccessCentre) => ({
  slug: `e2e-access-${c}`,
  request: idOf(c, 1),
  assignment: idOf(c, 2),
  expert: idOf(c, 3),
  client: idOf(c, 4),
  grant: idOf(c, 5),
  cohort: idOf(c, 6),
  session: idOf(c, 7),
  trainee: idOf(c, 8),
  heldRequest: idOf(c, 9),
  // a colleague's: another expert's assignment, a grant of another funder
  colleagueExpert: idOf(c, 10),
  colleagueAssignment: idOf(c, 11),
  colleagueGrant: idOf(c, 12),
  employer: idOf(c, 13),
  vacancy: idOf(c, 14),
  // policy (60s, so parts built beside it do not take the same numbers)
  trajectory: idOf(c, 60),
  // intervisie (90s)
  intervisieGroup: idOf(c, 90),
  intervisieSession: idOf(c, 91),
  // tandems (70s), both ended yesterday (so they neither start, end nor stop again): the expert's
  // with the client contact as professional, and a colleague's with a professional without a login
  tandem: idOf(c, 70),
  colleagueTandem: idOf(c, 71),
  question: idOf(c, 15),
  article: idOf(c, 16),
  // pilots (70s)
  pilot: idOf(c, 70),
  pilotParticipant: idOf(c, 71),
  pilotStatement: idOf(c, 72),
  evaluationToken: `e2e-access-evaluatie-${c}`,
  questionnaireToken: `e2e-access-vragenlijst-${c}`,
  invitationToken: `e2e-access-uitnodiging-${c}`,
});

/** The ids (and tokens) each centre's records have; `ACCESS_IDS.a.request` is a request in centre A. */
export const ACCESS_IDS: Record<AccessCentre, Record<string, string>> = {
  a: recordsOf("a"),
  b: recordsOf("b"),
};

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

export async function accessJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const [slug] = await db.select({ slug: centres.slug }).from(centres).where(eq(centres.id, ids.centreId));
  const c = slug.slug.endsWith("-a") ? "a" : "b";
  const own = ACCESS_IDS[c];
  const { centreId } = ids;
  const expertUser = ids.users[person(slug.slug, "expert").email];
  const contactUser = ids.users[person(slug.slug, "client_contact").email];
  const funderUser = ids.users[person(slug.slug, "funder").email];
  const [{ number }] = await db
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 2` })
    .where(eq(centres.id, centreId))
    .returning({ number: sql<number>`${centres.requestSeq} - 1` });
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(experts).values({
      id: own.expert,
      centreId,
      userId: expertUser,
      firstName: "Eef",
      lastName: `Ervaring ${c.toUpperCase()}`,
      status: "active",
      certifiedOn: "2025-06-30",
    });
    await tx
      .insert(clients)
      .values({ id: own.client, centreId, name: `Gemeente ${c}`, sector: "municipality" });
    const [contact] = await tx
      .insert(clientContacts)
      .values({
        centreId,
        clientId: own.client,
        userId: contactUser,
        name: "Kees Klant",
        email: `kees-${c}@x.example`,
      })
      .returning({ id: clientContacts.id });
    // a request being matched (a slot next week), and the expert's inzet on another one, held yesterday:
    // writing hours there makes that one done, and leaves the matched request as it is
    await tx.insert(requests).values([
      {
        id: own.request,
        centreId,
        number,
        clientId: own.client,
        contactId: contact.id,
        title: "Workshop voor de toegangstabel",
        status: "in_progress",
      },
      {
        id: own.heldRequest,
        centreId,
        number: number + 1,
        clientId: own.client,
        contactId: contact.id,
        title: "Gastles voor de toegangstabel",
        status: "confirmed",
      },
    ]);
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600_000);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await tx.insert(requestSlots).values([
      {
        centreId,
        requestId: own.request,
        startsAt: nextWeek,
        endsAt: new Date(nextWeek.getTime() + 2 * 3600_000),
      },
      {
        centreId,
        requestId: own.heldRequest,
        startsAt: yesterday,
        endsAt: new Date(yesterday.getTime() + 2 * 3600_000),
      },
    ]);
    await tx.insert(experts).values({
      id: own.colleagueExpert,
      centreId,
      firstName: "Sam",
      lastName: `Collega ${c.toUpperCase()}`,
      status: "active",
      certifiedOn: "2025-06-30",
    });
    await tx.insert(assignments).values([
      {
        id: own.assignment,
        centreId,
        requestId: own.heldRequest,
        expertId: own.expert,
        status: "confirmed",
        confirmedAt: new Date(),
      },
      {
        id: own.colleagueAssignment,
        centreId,
        requestId: own.heldRequest,
        expertId: own.colleagueExpert,
        status: "confirmed",
        confirmedAt: new Date(),
      },
    ]);
    await tx
      .insert(evaluations)
      .values({ centreId, requestId: own.heldRequest, tokenHash: sha256(own.evaluationToken) });
    await tx.insert(grants).values({
      id: own.grant,
      centreId,
      name: `Subsidie ${c}`,
      funderName: "Fonds Voorbeeld",
      amountCents: 1_000_000,
      startsOn: "2025-01-01",
      endsOn: "2027-12-31",
      province: "Drenthe",
    });
    await tx.insert(grantFunders).values({ centreId, grantId: own.grant, userId: funderUser });
    await tx.insert(grants).values({
      id: own.colleagueGrant,
      centreId,
      name: `Andere subsidie ${c}`,
      funderName: "Ander Fonds",
      amountCents: 500_000,
      startsOn: "2025-01-01",
      endsOn: "2027-12-31",
      province: "Drenthe",
    });
    await tx.insert(cohorts).values({
      id: own.cohort,
      centreId,
      name: `Groep ${c}`,
      province: "Drenthe",
      startsOn: "2025-09-01",
      endsOn: "2026-06-30",
      grantId: own.grant,
    });
    await tx.insert(trainingSessions).values({
      id: own.session,
      centreId,
      cohortId: own.cohort,
      startsAt: new Date("2025-10-01T08:00:00Z"),
      title: "Eerste bijeenkomst",
    });
    await tx.insert(trainees).values({
      id: own.trainee,
      centreId,
      cohortId: own.cohort,
      firstName: "Tess",
      lastName: `Deelnemer ${c}`,
      status: "in_training",
      intakeStatus: "accepted",
    });
    await tx.insert(employers).values({
      id: own.employer,
      centreId,
      name: `Werkgever ${c}`,
      sector: "company",
      stage: "decided",
      stageSince: "2026-10-01",
    });
    await tx.insert(vacancies).values({
      id: own.vacancy,
      centreId,
      employerId: own.employer,
      title: `Vacature ${c}`,
      kind: "paid_job",
    });
    await tx.insert(policyTrajectories).values({
      id: own.trajectory,
      centreId,
      clientId: own.client,
      topic: `Minimaregeling ${c}`,
      phase: "verkennen",
      phaseSince: "2026-10-01",
      startedOn: "2026-10-01",
    });
    // the expert's coaching, with the coordinator as coach: the same id as the policy trajectory
    // (another table), because the access spec gives every :trajectoryId one record per centre
    await tx.insert(coachingTrajectories).values({
      id: own.trajectory,
      centreId,
      expertId: own.expert,
      coachUserId: ids.users[person(slug.slug, "coordinator").email],
      startsOn: "2026-10-01",
      purpose: "Stevig staan in de eerste opdrachten.",
    });
    await tx.insert(grantPilots).values({
      id: own.pilot,
      centreId,
      grantId: own.grant,
      sector: "gemeenten",
      name: `Pilot ${c}`,
    });
    await tx.insert(pilotStatements).values({
      id: own.pilotStatement,
      centreId,
      pilotId: own.pilot,
      text: "Ik weet welke aanpak werkt bij mensen in armoede",
    });
    await tx.insert(pilotParticipants).values({
      id: own.pilotParticipant,
      centreId,
      pilotId: own.pilot,
      name: "Petra Professional",
      email: `professional@toegang-${c}.example`,
    });
    await tx.insert(pilotQuestionnaires).values({
      centreId,
      pilotId: own.pilot,
      participantId: own.pilotParticipant,
      moment: "before",
      tokenHash: sha256(own.questionnaireToken),
    });
    await tx.insert(intervisieGroups).values({
      id: own.intervisieGroup,
      centreId,
      name: `Intervisie ${c}`,
      kind: "region",
      area: "Noord",
    });
    // far ahead, so it can still be changed; attendance is not yet possible (409)
    await tx.insert(intervisieSessions).values({
      id: own.intervisieSession,
      centreId,
      groupId: own.intervisieGroup,
      startsAt: new Date("2030-03-10T13:00:00Z"),
      endsAt: new Date("2030-03-10T15:00:00Z"),
      place: "Buurthuis",
      method: "incidentmethode",
    });
    await tx.insert(tandems).values([
      {
        id: own.tandem,
        centreId,
        clientId: own.client,
        expertId: own.expert,
        contactId: contact.id,
        purpose: "Samen de brieven van de gemeente lezen",
        startsOn: "2026-09-01",
        endsOn: yesterday.toISOString().slice(0, 10),
        status: "ended",
      },
      {
        id: own.colleagueTandem,
        centreId,
        clientId: own.client,
        expertId: own.colleagueExpert,
        professionalName: "Pim Professional",
        purpose: "Samen het loket bekijken",
        startsOn: "2026-09-01",
        endsOn: yesterday.toISOString().slice(0, 10),
        status: "ended",
      },
    ]);
    await tx.insert(adviceQuestions).values({
      id: own.question,
      centreId,
      organisation: `Organisatie ${c}`,
      askerName: "Vera Vrager",
      askerEmail: `vraag@toegang-${c}.example`,
      category: "contracts",
      question: "Welk contract past bij een ervaringsdeskundige?",
      status: "answered",
      answer: "Een arbeidscontract of een vrijwilligersovereenkomst.",
      answeredAt: new Date(),
      source: "public_form",
    });
    await tx.insert(knowledgeArticles).values({
      id: own.article,
      centreId,
      title: `Contracten ${c}`,
      body: "Een arbeidscontract of een vrijwilligersovereenkomst.",
      category: "contracts",
      published: true,
      public: true,
    });
    await tx.insert(adviceSettings).values({ centreId, knowledgePublic: true });
    await tx.insert(invitations).values({
      centreId,
      email: `nieuw@toegang-${c}.example`,
      role: "coordinator",
      tokenHash: sha256(own.invitationToken),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
  });
}
