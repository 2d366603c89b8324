/**
 * Rules for hours and travel, without a database.
 * Money is stored as whole cents; experts type euros the Dutch way ("12,50").
 */

/** "12,50", "12.50", "€ 7", "0,5" → cents; anything else → null. */
export function parseEuroCents(input: string): number | null {
  const cleaned = input.replace(/€/g, "").replace(/\s/g, "");
  const match = cleaned.match(/^(\d{1,5})(?:[.,](\d{1,2}))?$/);
  if (!match) return null;
  const cents = (match[2] ?? "").padEnd(2, "0");
  return Number(match[1]) * 100 + Number(cents);
}

/** 1250 → "12,50" (for a form field and tables). */
export function formatEuroCents(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${euros},${String(cents % 100).padStart(2, "0")}`;
}

/** 95 → "1:35" (hours and minutes). */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

export const travelModes = ["none", "km", "public"] as const;
export type TravelMode = (typeof travelModes)[number];

export function travelModeOf(row: { travelKm: number | null; travelCostCents: number | null }): TravelMode {
  if (row.travelCostCents != null) return "public";
  if (row.travelKm != null) return "km";
  return "none";
}

/**
 * Hours may be written once the work has begun: the last date of the request has started.
 * Without dates, the start of the planned period counts.
 */
export function workHasStarted(
  lastSlotStart: Date | null,
  periodStart: string | null,
  now: Date,
  today: string,
): boolean {
  if (lastSlotStart) return lastSlotStart.getTime() <= now.getTime();
  if (periodStart) return periodStart <= today;
  return false;
}

/** A request is done when every confirmed expert has written their hours. */
export function allHoursIn(confirmed: { hoursLoggedAt: Date | null }[]): boolean {
  return confirmed.length > 0 && confirmed.every((a) => a.hoursLoggedAt != null);
}
