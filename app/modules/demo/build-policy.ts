import type {
  policyAttendance,
  policyChanges,
  policyContributions,
  policyParticipants,
  policyPhaseChanges,
  policySessions,
  policyStatements,
  policyTrajectories,
} from "~/db/schema";
import { addDays, amsterdamToDate } from "~/lib/dates";
import { type PolicyPhase, policyPhases } from "~/modules/policy/values";
import type { Random } from "./random";

export type DemoPolicyRows = {
  policyTrajectories: (typeof policyTrajectories.$inferInsert)[];
  policyPhaseChanges: (typeof policyPhaseChanges.$inferInsert)[];
  policyParticipants: (typeof policyParticipants.$inferInsert)[];
  policySessions: (typeof policySessions.$inferInsert)[];
  policyAttendance: (typeof policyAttendance.$inferInsert)[];
  policyContributions: (typeof policyContributions.$inferInsert)[];
  policyChanges: (typeof policyChanges.$inferInsert)[];
  policyStatements: (typeof policyStatements.$inferInsert)[];
};

/** The seeds' sentence: a municipality's statement about the experts' part. */
export const DEMO_STATEMENT =
  "Dit nieuwe beleid was niet tot stand gekomen zonder de inzichten en input van de ervaringsdeskundigen";

const trajectories: {
  topic: string;
  description: string;
  phase: PolicyPhase;
  startedDaysAgo: number;
  ended?: boolean;
  sessions: string[];
  contributions: string[];
  change?: { text: string; source: string };
  statement?: string;
}[] = [
  {
    topic: "Minimaregeling",
    description: "De regels en de aanvraag voor de minimaregeling worden eenvoudiger.",
    phase: "uitvoeren",
    startedDaysAgo: 300,
    sessions: [
      "Wat gaat mis bij de aanvraag?",
      "Nieuw formulier bekijken",
      "Terugblik met de beleidsmedewerker",
    ],
    contributions: [
      "Vraag niet elk jaar opnieuw om dezelfde papieren.",
      "Noem in de brief wie je kunt bellen, met een telefoonnummer.",
    ],
    change: { text: "De aanvraag voor de minimaregeling kan nu met één formulier.", source: "Raadsbesluit" },
    statement: DEMO_STATEMENT,
  },
  {
    topic: "Schuldhulpverlening",
    description: "Hoe komen inwoners met schulden eerder bij de schuldhulp?",
    phase: "ontwerpen",
    startedDaysAgo: 120,
    sessions: ["Eerste signalen van schulden", "Drempels bij het eerste gesprek"],
    contributions: ["Een vast gezicht bij de gemeente maakt de stap kleiner."],
  },
  {
    topic: "Toegankelijke brieven",
    description: "Brieven van de gemeente in gewone taal, met de belangrijkste informatie bovenaan.",
    phase: "verkennen",
    startedDaysAgo: 30,
    sessions: ["Welke brieven snapt niemand?"],
    contributions: [],
  },
  {
    topic: "Energietoeslag",
    description: "De energietoeslag bereikt ook inwoners die er nog niet van wisten.",
    phase: "evalueren",
    startedDaysAgo: 500,
    ended: true,
    sessions: ["Wie mist de toeslag?", "Evaluatie"],
    contributions: ["Zet de toeslag op plekken waar mensen al komen: de voedselbank, de bibliotheek."],
    change: {
      text: "De gemeente stuurt de toeslag automatisch naar bekende inwoners.",
      source: "Collegebesluit",
    },
  },
];

/** Three or four policy trajectories with municipalities, in different phases, from active experts. */
export function buildPolicy(
  rand: Random,
  ctx: {
    centreId: string;
    today: Date;
    coordinatorId: string | null;
    municipalities: { id: string }[];
    experts: { id: string }[];
  },
): DemoPolicyRows {
  const rows: DemoPolicyRows = {
    policyTrajectories: [],
    policyPhaseChanges: [],
    policyParticipants: [],
    policySessions: [],
    policyAttendance: [],
    policyContributions: [],
    policyChanges: [],
    policyStatements: [],
  };
  if (ctx.municipalities.length === 0 || ctx.experts.length < 3) return rows;
  const { centreId } = ctx;
  const todayIso = ctx.today.toISOString().slice(0, 10);
  trajectories.forEach((t, i) => {
    const id = rand.uuid();
    const startedOn = addDays(todayIso, -t.startedDaysAgo);
    const steps = policyPhases.indexOf(t.phase);
    const stepDays = Math.floor(t.startedDaysAgo / (steps + 2));
    rows.policyTrajectories.push({
      id,
      centreId,
      clientId: ctx.municipalities[i % ctx.municipalities.length].id,
      topic: t.topic,
      description: t.description,
      phase: t.phase,
      phaseSince: addDays(startedOn, steps * stepDays),
      startedOn,
      endedOn: t.ended ? addDays(todayIso, -10) : null,
      nextStep: t.ended ? "" : "Volgende sessie plannen",
      nextStepOn: t.ended ? null : addDays(todayIso, 14),
    });
    for (let p = 0; p <= steps; p++)
      rows.policyPhaseChanges.push({
        centreId,
        trajectoryId: id,
        fromPhase: p === 0 ? null : policyPhases[p - 1],
        toPhase: policyPhases[p],
        changedBy: ctx.coordinatorId,
        createdAt: amsterdamToDate(addDays(startedOn, p * stepDays), "10:00"),
      });
    const people = rand.sample(ctx.experts, rand.int(3, Math.min(5, ctx.experts.length)));
    for (const e of people) rows.policyParticipants.push({ centreId, trajectoryId: id, expertId: e.id });
    const sessionIds: string[] = [];
    t.sessions.forEach((subject, s) => {
      const sessionId = rand.uuid();
      sessionIds.push(sessionId);
      const day = addDays(startedOn, Math.floor(((s + 1) * t.startedDaysAgo) / (t.sessions.length + 1)));
      rows.policySessions.push({
        id: sessionId,
        centreId,
        trajectoryId: id,
        startsAt: amsterdamToDate(day, "14:00"),
        endsAt: amsterdamToDate(day, "16:00"),
        online: s % 2 === 1,
        place: s % 2 === 1 ? "" : "Gemeentehuis",
        subject,
      });
      for (const e of people)
        if (rand.chance(0.8)) rows.policyAttendance.push({ centreId, sessionId, expertId: e.id });
    });
    t.contributions.forEach((text, c) => {
      rows.policyContributions.push({
        centreId,
        trajectoryId: id,
        sessionId: sessionIds[c % sessionIds.length] ?? null,
        expertId: c % 2 === 0 ? people[c % people.length].id : null,
        text,
        createdBy: ctx.coordinatorId,
      });
    });
    if (t.change)
      rows.policyChanges.push({
        centreId,
        trajectoryId: id,
        text: t.change.text,
        source: t.change.source,
        changedOn: addDays(todayIso, -20),
        createdBy: ctx.coordinatorId,
      });
    if (t.statement) {
      const saidOn = addDays(todayIso, -15);
      rows.policyStatements.push({
        centreId,
        trajectoryId: id,
        text: t.statement,
        saidBy: "Wethouder Sociaal Domein",
        saidOn,
        consent: true,
        consentOn: saidOn,
        createdBy: ctx.coordinatorId,
      });
    }
  });
  return rows;
}
