import type { DayPart } from "~/db/values";
import { amsterdamHour, amsterdamWeekday, todayIso } from "~/lib/dates";

/**
 * The hard rules of matching, as plain functions. The database query applies the same rules to
 * the whole pool (queries.server.ts); these give the inputs it needs and explain why someone is out.
 */

/** Part of the day of a start hour in Amsterdam: morning before 12, afternoon 12–17, evening from 17. */
export function dayPartOf(hour: number): DayPart {
  if (hour < 12) return "morning";
  if (hour < 17) return "afternoon";
  return "evening";
}

/** What one slot asks of an expert: be there on that date, in that weekday and part of the day. */
export type SlotNeed = { day: string; weekday: number; dayPart: DayPart; startsAt: Date; endsAt: Date };

export function slotNeeds(slots: { startsAt: Date; endsAt: Date }[]): SlotNeed[] {
  return slots.map((slot) => ({
    day: todayIso(slot.startsAt),
    weekday: amsterdamWeekday(slot.startsAt),
    dayPart: dayPartOf(amsterdamHour(slot.startsAt)),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  }));
}

/** Great-circle distance in km between two points in micro-degrees (areas store latE6/lonE6). */
export function haversineKm(
  a: { latE6: number; lonE6: number },
  b: { latE6: number; lonE6: number },
): number {
  const rad = (microDegrees: number) => (microDegrees / 1e6) * (Math.PI / 180);
  const dLat = rad(b.latE6 - a.latE6);
  const dLon = rad(b.lonE6 - a.lonE6);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latE6)) * Math.cos(rad(b.latE6)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The outcome of each hard rule for one expert (true = the rule lets them through). */
export type HardChecks = {
  active: boolean;
  present: boolean;
  available: boolean;
  area: boolean;
  noConflict: boolean;
  free: boolean;
};

export const exclusionReasons = ["active", "present", "available", "area", "noConflict", "free"] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/** Why an expert cannot do this request, in a fixed order; empty when every rule passes. */
export function whyExcluded(checks: HardChecks): ExclusionReason[] {
  return exclusionReasons.filter((rule) => !checks[rule]);
}

/**
 * The area rule: online work for someone who works online, or an area the expert accepts, or their
 * home area, or within their travel limit. A request without an area does not exclude anyone.
 */
export function areaAccepted(input: {
  online: boolean;
  acceptsOnline: boolean;
  requestAreaId: string | null;
  homeAreaId: string | null;
  acceptedAreaIds: string[];
  distanceKm: number | null;
  maxTravelKm: number | null;
}): boolean {
  if (input.online && input.acceptsOnline) return true;
  if (!input.requestAreaId) return true;
  if (input.homeAreaId === input.requestAreaId) return true;
  if (input.acceptedAreaIds.includes(input.requestAreaId)) return true;
  return input.distanceKm !== null && input.maxTravelKm !== null && input.distanceKm <= input.maxTravelKm;
}

/** Two time ranges overlap (a double booking) when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The bit of a weekday (1–7) and day part in an expert's 21-bit availability mask (same as the database's). */
export function availabilityBit(weekday: number, dayPart: DayPart): number {
  return 1 << ((weekday - 1) * 3 + ["morning", "afternoon", "evening"].indexOf(dayPart));
}

/** All weekday/day-part bits a request's slots need; 0 when it has no slots (a period only). */
export function needMask(needs: Pick<SlotNeed, "weekday" | "dayPart">[]): number {
  return needs.reduce((mask, n) => mask | availabilityBit(n.weekday, n.dayPart), 0);
}
