import type { intervisieGroups, intervisieMembers, intervisieSessions, intervisieSignups } from "~/db/schema";
import { addDays, amsterdamToDate } from "~/lib/dates";
import type { IntervisieMethod } from "~/modules/intervisie/values";
import type { Random } from "./random";

export type DemoIntervisieRows = {
  intervisieGroups: (typeof intervisieGroups.$inferInsert)[];
  intervisieMembers: (typeof intervisieMembers.$inferInsert)[];
  intervisieSessions: (typeof intervisieSessions.$inferInsert)[];
  intervisieSignups: (typeof intervisieSignups.$inferInsert)[];
};

type Placement = {
  traineeId: string;
  employerId: string;
  expertId?: string | null;
  startsOn: string;
  endsOn?: string | null;
};

/**
 * Two intervisie groups: one for a region (the demo experts with a login are in it) and one for the
 * experts at an employer. Past sessions with attendance written down, coming ones with sign-ups. Two
 * graduates at work get a pool record linked (`links`), and one of them missed the last two sessions
 * of the employer group, so the coordinator's list shows someone.
 */
export function buildIntervisie(
  rand: Random,
  ctx: {
    centreId: string;
    today: string;
    coordinatorId: string | null;
    /** Active pool experts; the ones with a login first. */
    experts: { id: string; userId: string | null }[];
    placements: Placement[];
    employers: { id: string; name: string }[];
  },
): { rows: DemoIntervisieRows; links: { traineeId: string; expertId: string }[] } {
  const rows: DemoIntervisieRows = {
    intervisieGroups: [],
    intervisieMembers: [],
    intervisieSessions: [],
    intervisieSignups: [],
  };
  const links: { traineeId: string; expertId: string }[] = [];
  const { centreId, today } = ctx;
  const withLogin = ctx.experts.filter((e) => e.userId);
  const others = ctx.experts.filter((e) => !e.userId);
  if (ctx.experts.length < 8) return { rows, links };

  // two graduates at work today get a pool record
  const atWork = ctx.placements.filter((p) => p.startsOn <= today && (!p.endsOn || p.endsOn >= today));
  const employed: { expertId: string; employerId: string }[] = [];
  for (const [i, p] of atWork.slice(0, 2).entries()) {
    const expertId = p.expertId ?? others[i].id;
    if (!p.expertId) links.push({ traineeId: p.traineeId, expertId });
    employed.push({ expertId, employerId: p.employerId });
  }
  const pool = others.filter((e) => !employed.some((x) => x.expertId === e.id));

  const group = (
    name: string,
    kind: "region" | "employer",
    extra: { area?: string; employerId?: string },
  ) => {
    const id = rand.uuid();
    rows.intervisieGroups.push({
      id,
      centreId,
      name,
      kind,
      area: extra.area ?? "",
      employerId: extra.employerId,
    });
    return id;
  };
  const members = (groupId: string, ids: string[]) => {
    for (const expertId of ids)
      rows.intervisieMembers.push({
        centreId,
        groupId,
        expertId,
        createdAt: amsterdamToDate(addDays(today, -120), "10:00"),
      });
  };
  const session = (
    groupId: string,
    days: number,
    method: IntervisieMethod,
    where: { place?: string; online?: string },
    present?: Set<string>,
  ) => {
    const id = rand.uuid();
    const day = addDays(today, days);
    rows.intervisieSessions.push({
      id,
      centreId,
      groupId,
      startsAt: amsterdamToDate(day, "13:30"),
      endsAt: amsterdamToDate(day, "15:30"),
      online: Boolean(where.online),
      place: where.place ?? "",
      onlineLink: where.online ?? "",
      method,
      facilitatorUserId: days % 2 === 0 ? ctx.coordinatorId : null,
      facilitatorName: days % 2 === 0 && ctx.coordinatorId ? "" : "Ria de Begeleider",
      attendanceRecordedAt: present ? amsterdamToDate(day, "17:00") : null,
    });
    return { id, day };
  };

  // the region group
  const regionMembers = [...withLogin.map((e) => e.id), ...pool.slice(0, 4).map((e) => e.id)];
  if (employed[1]) regionMembers.push(employed[1].expertId);
  const region = group("Intervisie Rivierstad", "region", { area: "Rivierstad en omgeving" });
  members(region, regionMembers);
  const regionPast: [number, IntervisieMethod][] = [
    [-70, "incidentmethode"],
    [-42, "balintmethode"],
    [-14, "roddelmethode"],
  ];
  for (const [days, method] of regionPast) {
    const present = new Set(
      regionMembers.filter((id, i) => i === 0 || id === employed[1]?.expertId || rand.chance(0.7)),
    );
    const s = session(region, days, method, { place: "Buurthuis De Brug, zaal 2" }, present);
    for (const expertId of regionMembers)
      rows.intervisieSignups.push({
        centreId,
        sessionId: s.id,
        expertId,
        signedUpAt: present.has(expertId) ? amsterdamToDate(addDays(s.day, -6), "20:00") : null,
        attended: present.has(expertId) ? "yes" : "no",
      });
  }
  const next = session(region, 7, "incidentmethode", { place: "Buurthuis De Brug, zaal 2" });
  session(region, 35, "balintmethode", { online: "https://meet.example/intervisie-rivierstad" });
  for (const [i, expertId] of regionMembers.slice(0, 4).entries())
    rows.intervisieSignups.push({
      centreId,
      sessionId: next.id,
      expertId,
      signedUpAt: amsterdamToDate(addDays(today, -3 + i), "19:00"),
      // the second person with a login signed off again
      signedOffAt: i === 1 ? amsterdamToDate(addDays(today, -1), "08:30") : null,
    });

  // the employer group: the first graduate at work there missed the last two sessions
  const first = employed[0];
  const employer = first ? ctx.employers.find((e) => e.id === first.employerId) : undefined;
  if (first && employer) {
    const ids = [first.expertId, ...pool.slice(4, 7).map((e) => e.id)];
    const work = group(`Intervisie ${employer.name}`, "employer", { employerId: employer.id });
    members(work, ids);
    for (const days of [-40, -12]) {
      const present = new Set(ids.slice(1));
      const s = session(work, days, "incidentmethode", { place: `${employer.name}, vergaderzaal` }, present);
      for (const expertId of ids)
        rows.intervisieSignups.push({
          centreId,
          sessionId: s.id,
          expertId,
          signedUpAt: present.has(expertId) ? amsterdamToDate(addDays(s.day, -5), "12:00") : null,
          attended: present.has(expertId) ? "yes" : "no",
        });
    }
    const coming = session(work, 20, "balintmethode", { place: `${employer.name}, vergaderzaal` });
    for (const expertId of ids.slice(1, 3))
      rows.intervisieSignups.push({
        centreId,
        sessionId: coming.id,
        expertId,
        signedUpAt: amsterdamToDate(addDays(today, -2), "10:00"),
      });
  }
  return { rows, links };
}
