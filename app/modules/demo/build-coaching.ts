import type {
  coachingAccess,
  coachingGoals,
  coachingMeetings,
  coachingNotes,
  coachingTrajectories,
} from "~/db/schema";
import { addDays } from "~/lib/dates";
import type { Random } from "./random";

export type DemoCoachingRows = {
  coachingTrajectories: (typeof coachingTrajectories.$inferInsert)[];
  coachingGoals: (typeof coachingGoals.$inferInsert)[];
  coachingMeetings: (typeof coachingMeetings.$inferInsert)[];
  coachingNotes: (typeof coachingNotes.$inferInsert)[];
  coachingAccess: (typeof coachingAccess.$inferInsert)[];
};

const goals = [
  "Vaker zelf het woord nemen in een overleg",
  "Grenzen aangeven als een vraag te zwaar is",
  "Mijn eigen verhaal kort en krachtig vertellen",
  "Na een inzet goed uitrusten",
  "Een training geven samen met een collega",
];
const notes = [
  "We spraken over de inzet bij de gemeente. Het ging goed, maar daarna was er veel onrust. We oefenen met een vaste afsluiting.",
  "Er speelt thuis veel. We spreken af dat er de komende weken minder inzet is. Over een maand kijken we opnieuw.",
  "Sterk verteld in de training. Nog wat zoeken naar wat wel en niet gedeeld wordt. Volgende keer samen een voorbeeld uitwerken.",
];
const reflections = [
  "Dat klopt. De afsluiting helpt me, ik schrijf nu op wat ik meeneem.",
  "Fijn dat het rustiger mag. Ik merk dat ik beter slaap.",
];
const purposes = [
  "Na de opleiding stevig staan in de eerste opdrachten.",
  "Weer rustig opbouwen na een drukke periode.",
  "Groeien als trainer, samen met een collega.",
];
const agreements = ["Volgende keer bespreken we de training.", "Bellen als het zwaar wordt.", ""];

/**
 * A few coaching trajectories: the experts with a login first (so the demo logins show one), with
 * goals, meetings, notes by the coach and the expert's reflections; one expert allowed the admin to read.
 */
export function buildCoaching(
  random: Random,
  ctx: {
    centreId: string;
    today: string;
    coachId: string | null;
    allowedId: string | null;
    experts: { id: string; userId: string | null }[];
  },
): DemoCoachingRows {
  const rows: DemoCoachingRows = {
    coachingTrajectories: [],
    coachingGoals: [],
    coachingMeetings: [],
    coachingNotes: [],
    coachingAccess: [],
  };
  if (!ctx.coachId) return rows;
  const chosen = [...ctx.experts.filter((e) => e.userId), ...ctx.experts.filter((e) => !e.userId)].slice(
    0,
    4,
  );
  chosen.forEach((expert, i) => {
    const id = random.uuid();
    const ended = i === 3;
    const startsOn = addDays(ctx.today, -90 - i * 20);
    rows.coachingTrajectories.push({
      id,
      centreId: ctx.centreId,
      expertId: expert.id,
      coachUserId: ctx.coachId as string,
      startsOn,
      endsOn: ended ? addDays(ctx.today, -10) : addDays(ctx.today, 90),
      status: ended ? "ended" : "active",
      purpose: purposes[i % purposes.length],
    });
    for (let g = 0; g < 2; g++)
      rows.coachingGoals.push({
        centreId: ctx.centreId,
        trajectoryId: id,
        text: goals[(i + g) % goals.length],
        status: ended ? "reached" : g === 0 && random.chance(0.5) ? "reached" : "open",
      });
    for (const offset of [-60, -30, ended ? -12 : 14])
      rows.coachingMeetings.push({
        centreId: ctx.centreId,
        trajectoryId: id,
        meetsOn: addDays(ctx.today, offset),
        agreed: random.pick(agreements),
      });
    for (let n = 0; n < 2; n++) {
      const reflected = n === 0 && i < 2;
      const createdAt = new Date(`${addDays(ctx.today, -60 + n * 30)}T15:00:00Z`);
      rows.coachingNotes.push({
        centreId: ctx.centreId,
        trajectoryId: id,
        authorUserId: ctx.coachId,
        text: notes[(i + n) % notes.length],
        expertReflection: reflected ? reflections[i % reflections.length] : "",
        reflectedAt: reflected ? new Date(createdAt.getTime() + 2 * 86_400_000) : null,
        createdAt,
      });
    }
    if (i === 0 && ctx.allowedId)
      rows.coachingAccess.push({ centreId: ctx.centreId, trajectoryId: id, userId: ctx.allowedId });
  });
  return rows;
}
