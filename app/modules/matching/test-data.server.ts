import type { Db } from "~/db/client.server";
import {
  areas,
  type DayPart,
  expertAbsences,
  expertAreas,
  expertAvailability,
  expertThemes,
  expertWorkForms,
  requestSlots,
  requestThemes,
  themes,
  workForms,
} from "~/db/schema";

/**
 * Pool data for matching tests and the matching journey (as the owner): themes, areas, a slot, and an
 * expert's themes, forms of work, areas, availability and absences. Not used by the app itself.
 */
export async function insertTheme(db: Db, centreId: string, name: string) {
  const [row] = await db.insert(themes).values({ centreId, name }).returning({ id: themes.id });
  return row.id;
}

export async function insertWorkForm(db: Db, centreId: string, name: string) {
  const [row] = await db.insert(workForms).values({ centreId, name }).returning({ id: workForms.id });
  return row.id;
}

export async function insertArea(db: Db, centreId: string, name: string, latE6: number, lonE6: number) {
  const [row] = await db.insert(areas).values({ centreId, name, latE6, lonE6 }).returning({ id: areas.id });
  return row.id;
}

export async function insertSlot(db: Db, centreId: string, requestId: string, startsAt: Date, hours = 2) {
  await db
    .insert(requestSlots)
    .values({ centreId, requestId, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000) });
}

export async function setRequestThemes(db: Db, centreId: string, requestId: string, themeIds: string[]) {
  if (themeIds.length)
    await db.insert(requestThemes).values(themeIds.map((themeId) => ({ centreId, requestId, themeId })));
}

export async function givePool(
  db: Db,
  centreId: string,
  expertId: string,
  pool: {
    themeIds?: string[];
    workFormIds?: string[];
    areaIds?: string[];
    availability?: [number, DayPart][];
    absences?: [string, string][];
  },
) {
  const { themeIds = [], workFormIds = [], areaIds = [], availability = [], absences = [] } = pool;
  if (themeIds.length)
    await db.insert(expertThemes).values(themeIds.map((themeId) => ({ centreId, expertId, themeId })));
  if (workFormIds.length)
    await db
      .insert(expertWorkForms)
      .values(workFormIds.map((workFormId) => ({ centreId, expertId, workFormId })));
  if (areaIds.length)
    await db.insert(expertAreas).values(areaIds.map((areaId) => ({ centreId, expertId, areaId })));
  if (availability.length)
    await db
      .insert(expertAvailability)
      .values(availability.map(([weekday, dayPart]) => ({ centreId, expertId, weekday, dayPart })));
  if (absences.length)
    await db
      .insert(expertAbsences)
      .values(absences.map(([startsOn, endsOn]) => ({ centreId, expertId, startsOn, endsOn })));
}

/** Every weekday and part of the day: an expert who is always available. */
export const always: [number, DayPart][] = [1, 2, 3, 4, 5, 6, 7].flatMap((d) =>
  (["morning", "afternoon", "evening"] as const).map((p): [number, DayPart] => [d, p]),
);
