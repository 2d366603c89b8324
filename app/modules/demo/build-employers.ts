import type {
  checklistItems,
  employerChecklist,
  employerStageChanges,
  employers,
  outcomes,
  placements,
  vacancies,
} from "~/db/schema";
import { type EmployerStage, employerStages, type OutcomeKind, type Sector } from "~/db/values";
import { addDays } from "~/lib/dates";
import type { Random } from "./random";

export type DemoEmployerRows = {
  employers: (typeof employers.$inferInsert)[];
  employerStageChanges: (typeof employerStageChanges.$inferInsert)[];
  employerChecklist: (typeof employerChecklist.$inferInsert)[];
  outcomes: (typeof outcomes.$inferInsert)[];
  placements: (typeof placements.$inferInsert)[];
  vacancies: (typeof vacancies.$inferInsert)[];
};

/** How many of the demo employers are in each stage: most at the start, a few at work. */
const stageOf: EmployerStage[] = [
  "informed",
  "considering",
  "decided",
  "implementing",
  "at_work",
  "evaluated",
  "stopped",
  "informed",
  "considering",
  "implementing",
  "informed",
  "at_work",
  "considering",
  "decided",
];

/** Invented organisations that consider hiring an expert, one or more in every stage. */
const names: [string, Sector][] = [
  ["Woonstichting Waalkant", "housing"],
  ["Welzijn De Brug", "welfare"],
  ["Gemeente Lindendal", "municipality"],
  ["Zorggroep Heuvelrand", "care"],
  ["Buurtwerk Oost", "welfare"],
  ["Schoolbestuur De Vlinder", "education"],
  ["Schuldhulp Samen", "welfare"],
  ["Installatiebedrijf Van Dort", "company"],
  ["Woonpartners Rijnland", "housing"],
  ["Gemeente Bergvliet", "municipality"],
  ["Jeugdzorg Het Anker", "care"],
  ["Bibliotheek Middenland", "other"],
  ["Kringloop De Tweede Ronde", "company"],
  ["Vrijwilligerscentrale Noord", "welfare"],
];

const nextSteps: Record<EmployerStage, string> = {
  informed: "Nabellen na de informatiebijeenkomst",
  considering: "Tweede gesprek met de manager plannen",
  decided: "Functieprofiel samen opstellen",
  implementing: "Begeleider bij de werkgever kiezen",
  at_work: "Eerste evaluatie na drie maanden",
  evaluated: "",
  stopped: "",
};

const day = (base: Date, offset: number) => addDays(base.toISOString().slice(0, 10), offset);

/**
 * Employers in every stage, with their stage history, next steps (some late, for the start page) and
 * checklist answers (one employer has no room for intervisie in working time).
 */
export function buildEmployers(
  rand: Random,
  ctx: {
    centreId: string;
    today: Date;
    coordinatorId: string | null;
    steps: Pick<typeof checklistItems.$inferSelect, "id" | "key">[];
    /** Theme ids to ask for in the open vacancies. */
    themeIds: string[];
    /**
     * Graduates with their situation now: a placement goes to someone whose timeline already says
     * that work (and an ended one to someone now looking), so the seed's outcome shares stay as they are.
     */
    graduates: { id: string; expertId?: string | null; now: OutcomeKind | null }[];
  },
): DemoEmployerRows {
  const rows: DemoEmployerRows = {
    employers: [],
    employerStageChanges: [],
    employerChecklist: [],
    outcomes: [],
    placements: [],
    vacancies: [],
  };
  const free = [...ctx.graduates];
  const take = (now: OutcomeKind) => {
    const at = free.findIndex((g) => g.now === now);
    return at === -1 ? undefined : free.splice(at, 1)[0];
  };
  names.forEach(([name, sector], i) => {
    const stage = stageOf[i % stageOf.length];
    const reached = employerStages.indexOf(stage === "stopped" ? "considering" : stage);
    const id = rand.uuid();
    const started = -200 + i * 7;
    const stageSince = day(ctx.today, Math.min(-3, started + reached * 25));
    const late = i % 4 === 1;
    rows.employers.push({
      id,
      centreId: ctx.centreId,
      name,
      sector,
      contactName: rand.pick(["A. de Vries", "M. Bakker", "R. Yilmaz", "S. Peters", "J. Hendriks"]),
      contactEmail: `contact${i + 1}@werkgever.example`,
      stage,
      stageSince,
      infoMeetingOn: day(ctx.today, started),
      materialSentOn: rand.chance(0.7) ? day(ctx.today, started + 2) : null,
      nextAction: nextSteps[stage],
      nextActionOn: nextSteps[stage] ? day(ctx.today, late ? -rand.int(2, 12) : rand.int(3, 30)) : null,
      notes:
        stage === "stopped"
          ? "Besloten om nu geen ervaringsdeskundige aan te nemen: geen budget dit jaar."
          : "",
    });
    let at = started;
    for (let s = 0; s <= reached; s++) {
      rows.employerStageChanges.push({
        centreId: ctx.centreId,
        employerId: id,
        fromStage: s === 0 ? null : employerStages[s - 1],
        toStage: employerStages[s],
        changedBy: ctx.coordinatorId,
        createdAt: new Date(`${day(ctx.today, at)}T10:00:00Z`),
      });
      at += 25;
    }
    if (stage === "stopped")
      rows.employerStageChanges.push({
        centreId: ctx.centreId,
        employerId: id,
        fromStage: "considering",
        toStage: "stopped",
        note: "Geen budget dit jaar",
        changedBy: ctx.coordinatorId,
        createdAt: new Date(`${stageSince}T10:00:00Z`),
      });
    // employers that decided or are implementing have an open vacancy
    if (stage === "decided" || stage === "implementing")
      rows.vacancies.push({
        centreId: ctx.centreId,
        employerId: id,
        title: rand.pick([
          "Ervaringsdeskundige in het wijkteam",
          "Ervaringsdeskundige bij de schuldhulp",
          "Maatje voor nieuwe huurders",
          "Ervaringsdeskundige in de klantenservice",
        ]),
        kind: i % 2 === 0 ? "paid_job" : "volunteer",
        hoursPerWeek: rand.pick([12, 16, 24]),
        themeIds: rand.sample(ctx.themeIds, 2),
        startsOn: day(ctx.today, rand.int(20, 60)),
        description: "Samen met een professional mensen helpen die in armoede leven.",
      });
    // someone is at work (paid, or as a volunteer) at the employers that got that far; one stopped again
    if (stage === "at_work" || stage === "evaluated") {
      const ended = stage === "evaluated" && i % 2 === 1;
      const kind = i % 3 === 0 ? "volunteer" : "paid_job";
      const person = take(ended ? "job_seeking" : kind);
      if (person) {
        const startsOn = day(ctx.today, -rand.int(40, 160));
        const hoursPerWeek = rand.pick([16, 20, 24, 28, 32]);
        const startOutcomeId = rand.uuid();
        const endsOn = ended ? day(ctx.today, -rand.int(5, 30)) : null;
        const endOutcomeId = endsOn ? rand.uuid() : null;
        rows.outcomes.push({
          id: startOutcomeId,
          centreId: ctx.centreId,
          traineeId: person.id,
          kind,
          startsOn,
          employer: name,
          hoursPerWeek,
          sector,
          source: "placement",
        });
        if (endsOn && endOutcomeId)
          rows.outcomes.push({
            id: endOutcomeId,
            centreId: ctx.centreId,
            traineeId: person.id,
            kind: "job_seeking",
            startsOn: addDays(endsOn, 1),
            source: "placement",
          });
        rows.placements.push({
          centreId: ctx.centreId,
          employerId: id,
          traineeId: person.id,
          expertId: person.expertId ?? null,
          kind,
          startsOn,
          endsOn,
          hoursPerWeek,
          startOutcomeId,
          endOutcomeId,
          createdBy: ctx.coordinatorId,
        });
      }
    }
    // from "decided" on, the checklist fills up: all done once the expert is at work
    const filled = Math.max(0, reached - 1) * 2;
    ctx.steps.forEach((step, n) => {
      if (n >= filled && stage !== "implementing") return;
      const noRoom = step.key === "intervisie_room" && name === "Bibliotheek Middenland";
      const done = n < filled || rand.chance(0.4);
      rows.employerChecklist.push({
        centreId: ctx.centreId,
        employerId: id,
        itemId: step.id,
        state: noRoom ? "no" : done ? "done" : "open",
        dueOn: done ? null : day(ctx.today, late ? -5 : 14),
        note: noRoom ? "Alleen buiten werktijd, zegt de werkgever" : "",
        changedBy: ctx.coordinatorId,
      });
    });
  });
  return rows;
}
