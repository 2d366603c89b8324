import type { tandemEvaluations, tandemLog, tandemMeetings, tandems } from "~/db/schema";
import { addDays, amsterdamToDate } from "~/lib/dates";
import type { TandemStatus } from "~/modules/tandems/values";
import type { Random } from "./random";

export type DemoTandemRows = {
  tandems: (typeof tandems.$inferInsert)[];
  tandemMeetings: (typeof tandemMeetings.$inferInsert)[];
  tandemLog: (typeof tandemLog.$inferInsert)[];
  tandemEvaluations: (typeof tandemEvaluations.$inferInsert)[];
};

/** The invented tandems: the first is the demo expert's with the demo client contact (both log in). */
const plans: {
  purpose: string;
  status: TandemStatus;
  /** Start and end, in days from today. */
  from: number;
  to: number;
  meetings: number[];
  log: { side: "expert" | "professional" | "staff"; body: string; daysAgo: number }[];
  evaluations?: { expert: [number, string]; professional?: [number, string] };
  stopReason?: string;
  /** A professional without a contact record (name typed in). */
  typed?: { name: string; role: string };
}[] = [
  {
    purpose: "Samen de brieven over de bijzondere bijstand begrijpelijk maken.",
    status: "active",
    from: -40,
    to: 50,
    meetings: [-35, -14, 7, 28],
    log: [
      {
        side: "expert",
        body: "Drie brieven samen gelezen. De eerste zin zegt nog niet waar het over gaat.",
        daysAgo: 35,
      },
      {
        side: "professional",
        body: "Nieuwe versie van de eerste brief gemaakt, met het bedrag bovenaan.",
        daysAgo: 20,
      },
      {
        side: "expert",
        body: "Nieuwe versie voorgelegd aan twee mensen uit de pool: veel duidelijker.",
        daysAgo: 13,
      },
    ],
  },
  {
    purpose: "Het eerste gesprek bij de schuldhulp vanuit de inwoner bekijken.",
    status: "ended",
    from: -150,
    to: -20,
    meetings: [-140, -110, -80, -40],
    log: [
      {
        side: "expert",
        body: "Meegelopen bij het intakegesprek. Veel vragen tegelijk, weinig uitleg.",
        daysAgo: 138,
      },
      {
        side: "professional",
        body: "We beginnen het gesprek nu met: wat is er nu het zwaarst?",
        daysAgo: 75,
      },
      { side: "staff", body: "Afgerond. Het wijkteam wil in het voorjaar een nieuwe tandem.", daysAgo: 19 },
    ],
    evaluations: {
      expert: [5, "Ik werd echt gehoord en er veranderde iets."],
      professional: [4, "Andere blik op ons eerste gesprek. Leerzaam."],
    },
  },
  {
    purpose: "Een spreekuur in de bibliotheek samen opzetten.",
    status: "planned",
    from: 14,
    to: 120,
    meetings: [16],
    log: [{ side: "staff", body: "Kennismaking gepland in de bibliotheek.", daysAgo: 2 }],
    typed: { name: "Joost Verbeek", role: "Medewerker bibliotheek" },
  },
  {
    purpose: "De wachtkamer van het loket vriendelijker maken.",
    status: "stopped",
    from: -90,
    to: -60,
    meetings: [-85],
    log: [{ side: "expert", body: "Eerste ronde door de wachtkamer gedaan.", daysAgo: 84 }],
    stopReason: "De afdeling is verhuisd; het loket sluit.",
  },
  {
    purpose: "Samen een training over armoede geven aan nieuwe collega's.",
    status: "ended",
    from: -100,
    to: -5,
    meetings: [-95, -60, -10],
    log: [{ side: "professional", body: "De training staat. Dank voor het eerlijke verhaal!", daysAgo: 9 }],
    evaluations: { expert: [4, "Goed voorbereid, de groep was open."] },
  },
];

/**
 * A few tandems in every status, with meetings, log lines and evaluations. The demo expert with a
 * login gets the running one, with the client contact who logs in as its professional, so both
 * demo phones show it.
 */
export function buildTandems(
  random: Random,
  ctx: {
    centreId: string;
    today: string;
    coordinatorId: string | null;
    experts: { id: string; userId: string | null }[];
    contacts: { id: string; clientId: string; userId: string | null }[];
  },
): DemoTandemRows {
  const rows: DemoTandemRows = { tandems: [], tandemMeetings: [], tandemLog: [], tandemEvaluations: [] };
  const experts = [...ctx.experts.filter((e) => e.userId), ...ctx.experts.filter((e) => !e.userId)];
  const contacts = [...ctx.contacts.filter((c) => c.userId), ...ctx.contacts.filter((c) => !c.userId)];
  if (experts.length < plans.length || contacts.length < plans.length) return rows;
  const { centreId } = ctx;
  plans.forEach((plan, i) => {
    const id = random.uuid();
    const expert = experts[i];
    const contact = contacts[i];
    rows.tandems.push({
      id,
      centreId,
      clientId: contact.clientId,
      expertId: expert.id,
      contactId: plan.typed ? null : contact.id,
      professionalName: plan.typed?.name ?? "",
      professionalRole: plan.typed?.role ?? "",
      purpose: plan.purpose,
      startsOn: addDays(ctx.today, plan.from),
      endsOn: addDays(ctx.today, plan.to),
      status: plan.status,
      stopReason: plan.stopReason ?? "",
      createdBy: ctx.coordinatorId,
    });
    plan.meetings.forEach((days, m) => {
      const day = addDays(ctx.today, days);
      rows.tandemMeetings.push({
        centreId,
        tandemId: id,
        startsAt: amsterdamToDate(day, "10:00"),
        endsAt: amsterdamToDate(day, "11:30"),
        online: m % 3 === 2,
        place: m % 3 === 2 ? "" : "Kantoor van de opdrachtgever",
        createdBy: ctx.coordinatorId,
      });
    });
    const authorOf = (side: "expert" | "professional" | "staff") =>
      side === "expert"
        ? expert.userId
        : side === "professional" && !plan.typed
          ? contact.userId
          : ctx.coordinatorId;
    for (const line of plan.log)
      rows.tandemLog.push({
        centreId,
        tandemId: id,
        side: line.side,
        authorId: authorOf(line.side),
        body: line.body,
        createdAt: amsterdamToDate(addDays(ctx.today, -line.daysAgo), "16:00"),
      });
    const given = plan.evaluations;
    if (given)
      for (const side of ["expert", "professional"] as const) {
        const evaluation = given[side];
        if (!evaluation) continue;
        rows.tandemEvaluations.push({
          centreId,
          tandemId: id,
          side,
          score: evaluation[0],
          comment: evaluation[1],
          authorId: authorOf(side),
          createdAt: amsterdamToDate(addDays(ctx.today, plan.to + 2), "12:00"),
        });
      }
  });
  return rows;
}
