import { TZDate } from "@date-fns/tz";

/** Dates at the edges are ISO strings; shown in Europe/Amsterdam. */
export const TIME_ZONE = "Europe/Amsterdam";

const localeTag = (locale: string) => (locale === "en" ? "en-GB" : "nl-NL");

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make (about 7% of a page's CPU when made per date): one per locale and kind. */
function formatter(locale: string, kind: "date" | "time" | "month"): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === "date"
        ? { timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: "short", year: "numeric" }
        : kind === "time"
          ? { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }
          : { timeZone: "UTC", month: "short", year: "numeric" };
    found = new Intl.DateTimeFormat(localeTag(locale), options);
    formatters.set(key, found);
  }
  return found;
}

export function formatDate(value: Date | string, locale: string): string {
  const date =
    typeof value === "string" ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  return formatter(locale, "date").format(date);
}

export function formatTime(value: Date | string, locale: string): string {
  return formatter(locale, "time").format(new Date(value));
}

/** A month "2025-06" as "jun 2025" (nl) or "Jun 2025" (en). */
export function formatMonth(month: string, locale: string): string {
  return formatter(locale, "month")
    .format(new Date(`${month}-15T12:00:00Z`))
    .replace(".", "");
}

export function formatDateTime(value: Date | string, locale: string): string {
  return `${formatDate(value, locale)} ${formatTime(value, locale)}`;
}

// The fixed formats of the Amsterdam helpers below, made once (they run per slot and per candidate).
const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });
const weekdayName = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, weekday: "short" });
const hourOfDay = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", hour12: false });

/** A calendar date (YYYY-MM-DD) moved by a number of days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return isoDay.format(now);
}

/**
 * A local date and time in Amsterdam ("2026-03-04", "14:30") as a Date (UTC instant), by the time
 * zone database (@date-fns/tz). On the two daylight-saving days: a time that does not exist
 * (29 March 2026 02:30) moves forward to summer time (03:30 CEST); a time that happens twice
 * (25 October 2026 02:30) is the first one, still summer time (as iCalendar and Temporal read it).
 */
export function amsterdamToDate(day: string, time: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const local = new TZDate(year, month - 1, date, hour, minute, TIME_ZONE);
  const hourEarlier = new TZDate(local.getTime() - 3_600_000, TIME_ZONE);
  const sameWallTime = hourEarlier.getHours() === hour && hourEarlier.getMinutes() === minute;
  return new Date(sameWallTime ? hourEarlier.getTime() : local.getTime());
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an instant in Amsterdam. */
export function amsterdamWeekday(at: Date): number {
  const name = weekdayName.format(at);
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(name) + 1;
}

/** Hour of the day (0–23) of an instant in Amsterdam. */
export function amsterdamHour(at: Date): number {
  return Number(hourOfDay.format(at)) % 24;
}
