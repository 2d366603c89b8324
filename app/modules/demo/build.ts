import type {
  areas,
  assignments,
  clientContacts,
  clients,
  evaluations,
  expertAbsences,
  expertAreas,
  expertAvailability,
  expertStatuses,
  experts,
  expertThemes,
  expertWorkForms,
  requestSlots,
  requests,
  requestThemes,
} from "~/db/schema";
import { dayParts } from "~/db/schema";
import { addRequests } from "./build-requests";
import { demoLogins } from "./logins";
import { absenceReasons, demoClients, firstNames, jobTitles, languages, lastNames } from "./people";
import { demoAreas } from "./places";
import type { Random } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export type DemoRows = {
  areas: Insert<typeof areas>[];
  experts: Insert<typeof experts>[];
  expertThemes: Insert<typeof expertThemes>[];
  expertWorkForms: Insert<typeof expertWorkForms>[];
  expertAreas: Insert<typeof expertAreas>[];
  expertAvailability: Insert<typeof expertAvailability>[];
  expertAbsences: Insert<typeof expertAbsences>[];
  clients: Insert<typeof clients>[];
  clientContacts: Insert<typeof clientContacts>[];
  requests: Insert<typeof requests>[];
  requestThemes: Insert<typeof requestThemes>[];
  requestSlots: Insert<typeof requestSlots>[];
  assignments: Insert<typeof assignments>[];
  evaluations: Insert<typeof evaluations>[];
};

export type DemoContext = {
  centreId: string;
  today: Date;
  themeIds: string[];
  workForms: { id: string; name: string }[];
  /** Login user ids by e-mail (see logins.ts). */
  userIds: Record<string, string>;
};

export const EXPERTS = 60;

const expertStatusCounts: [(typeof expertStatuses)[number], number][] = [
  ["active", 40],
  ["certified", 6],
  ["in_training", 7],
  ["paused", 5],
  ["stopped", 2],
];

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Builds every row of the demo centre (pure: the same seed and day give the same rows). */
export function buildDemo(rand: Random, ctx: DemoContext): DemoRows {
  const { centreId } = ctx;
  const rows: DemoRows = {
    areas: [],
    experts: [],
    expertThemes: [],
    expertWorkForms: [],
    expertAreas: [],
    expertAvailability: [],
    expertAbsences: [],
    clients: [],
    clientContacts: [],
    requests: [],
    requestThemes: [],
    requestSlots: [],
    assignments: [],
    evaluations: [],
  };
  const areaIds = new Map<string, string>();
  for (const a of demoAreas) {
    const id = rand.uuid();
    areaIds.set(a.name, id);
    rows.areas.push({
      id,
      centreId,
      name: a.name,
      province: a.province,
      latE6: Math.round(a.lat * 1e6),
      lonE6: Math.round(a.lon * 1e6),
    });
  }
  const areasIn = (province: string) => demoAreas.filter((a) => a.province === province).map((a) => a.name);

  addExperts(rand, ctx, rows, areaIds, areasIn);
  addClients(rand, ctx, rows, areaIds);
  addRequests(rand, ctx, rows);
  return rows;
}

function addExperts(
  rand: Random,
  ctx: DemoContext,
  rows: DemoRows,
  areaIds: Map<string, string>,
  areasIn: (province: string) => string[],
) {
  const { centreId, today } = ctx;
  const statuses = rand.sample(
    expertStatusCounts.flatMap(([s, n]) => Array<typeof s>(n).fill(s)),
    EXPERTS,
  );
  const loginExperts = demoLogins.filter((l) => l.role === "expert");
  for (let i = 0; i < EXPERTS; i++) {
    const id = rand.uuid();
    const login = loginExperts[i];
    const [firstName, ...rest] = login ? login.name.split(" ") : [firstNames[i % firstNames.length]];
    const lastName = login ? rest.join(" ") : lastNames[(i * 7) % lastNames.length];
    const status = login ? "active" : statuses[i];
    const home = rand.pick(demoAreas);
    const themes = rand.sample(ctx.themeIds, rand.int(1, 3));
    rows.experts.push({
      id,
      centreId,
      firstName,
      lastName,
      status,
      userId: login ? ctx.userIds[login.email] : null,
      email: login ? login.email : `${firstName.toLowerCase()}.${i + 1}@demo.tandem.example`,
      phone: `06-${String(rand.int(10_000_000, 99_999_999))}`,
      certifiedOn:
        status === "in_training" ? null : isoDate(new Date(today.getTime() - rand.int(60, 1400) * DAY)),
      profileText: `Ik weet hoe het is om rond te komen van weinig geld. Ik vertel daar open over, zodat anderen het beter begrijpen.`,
      homeAreaId: areaIds.get(home.name),
      maxTravelKm: rand.pick([15, 25, 40, 60]),
      acceptsOnline: rand.chance(0.7),
      languages: rand.pick(languages),
    });
    for (const themeId of themes) rows.expertThemes.push({ centreId, expertId: id, themeId });
    for (const form of rand.sample(ctx.workForms, rand.int(1, 3)))
      rows.expertWorkForms.push({ centreId, expertId: id, workFormId: form.id });
    for (const name of rand.sample(
      areasIn(home.province).filter((n) => n !== home.name),
      rand.int(0, 2),
    ))
      rows.expertAreas.push({ centreId, expertId: id, areaId: areaIds.get(name)! });
    const slots = new Set<string>();
    for (let k = rand.int(3, 8); k > 0; k--)
      slots.add(`${rand.int(1, rand.chance(0.9) ? 5 : 6)}:${rand.pick(dayParts)}`);
    for (const slot of slots) {
      const [weekday, dayPart] = slot.split(":");
      rows.expertAvailability.push({
        centreId,
        expertId: id,
        weekday: Number(weekday),
        dayPart: dayPart as (typeof dayParts)[number],
      });
    }
    if (i % 9 === 4) {
      const start = new Date(today.getTime() + rand.int(-10, 40) * DAY);
      rows.expertAbsences.push({
        centreId,
        expertId: id,
        startsOn: isoDate(start),
        endsOn: isoDate(new Date(start.getTime() + rand.int(3, 21) * DAY)),
        reason: rand.pick(absenceReasons),
      });
    }
  }
}

function addClients(rand: Random, ctx: DemoContext, rows: DemoRows, areaIds: Map<string, string>) {
  const { centreId } = ctx;
  const contactLogin = demoLogins.find((l) => l.role === "client_contact")!;
  demoClients.forEach((c, i) => {
    const clientId = rand.uuid();
    rows.clients.push({
      id: clientId,
      centreId,
      name: c.name,
      sector: c.sector,
      areaId: areaIds.get(c.area),
      address: `${c.area}`,
    });
    for (let k = 0; k < (i % 3 === 0 ? 2 : 1); k++) {
      const isLogin = i === 0 && k === 0;
      const first = firstNames[(i * 3 + k * 11 + 5) % firstNames.length];
      const last = lastNames[(i * 5 + k * 13 + 3) % lastNames.length];
      rows.clientContacts.push({
        id: rand.uuid(),
        centreId,
        clientId,
        userId: isLogin ? ctx.userIds[contactLogin.email] : null,
        name: isLogin ? contactLogin.name : `${first} ${last}`,
        email: isLogin ? contactLogin.email : `${first.toLowerCase()}@${c.domain}.example`,
        phone: `050-${String(rand.int(1_000_000, 9_999_999))}`,
        jobTitle: rand.pick(jobTitles),
      });
    }
  });
}
