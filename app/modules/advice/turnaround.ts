import { addDays, todayIso } from "~/lib/dates";

/**
 * How long a question waited for its answer, in working days (Monday to Friday, Amsterdam dates;
 * public holidays are not known and count as working days). Asked and answered on the same day is 0;
 * asked on Friday and answered on Monday is 1. A question asked in the weekend starts on Monday.
 */
export function workingDaysBetween(askedAt: Date, answeredAt: Date): number {
  let day = todayIso(askedAt);
  const end = todayIso(answeredAt);
  if (end <= day) return 0;
  let count = 0;
  while (day < end) {
    day = addDays(day, 1);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
