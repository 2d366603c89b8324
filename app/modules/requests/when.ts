import { amsterdamToDate } from "~/lib/dates";

/** One row of the "dates" part of a request form, as typed (all parts may be empty). */
export type SlotRow = { id?: string; date?: string; start?: string; end?: string };
export type WhenInput = {
  slots: SlotRow[];
  periodStart?: string;
  periodEnd?: string;
  online: boolean;
  place?: string;
  /** When set (YYYY-MM-DD, today in Amsterdam), dates before it are refused: the public form. */
  notBefore?: string;
};
export type Issue = { path: (string | number)[]; message: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

function isRealDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const filled = (row: SlotRow) => Boolean(row.date || row.start || row.end);

/**
 * The rules for when and where: every filled date row has a date, a start and a later end; a period
 * has both ends in order; there is at least one date or a period; without "online" a place is needed.
 */
export function checkWhen(input: WhenInput): Issue[] {
  const issues: Issue[] = [];
  input.slots.forEach((row, i) => {
    if (!filled(row)) return;
    if (!row.date) issues.push({ path: ["slots", i, "date"], message: "validation.required" });
    else if (!isRealDate(row.date)) issues.push({ path: ["slots", i, "date"], message: "validation.date" });
    else if (input.notBefore && row.date < input.notBefore)
      issues.push({ path: ["slots", i, "date"], message: "requests:errors.dateInPast" });
    if (!row.start) issues.push({ path: ["slots", i, "start"], message: "validation.required" });
    else if (!hhmm.test(row.start)) issues.push({ path: ["slots", i, "start"], message: "validation.time" });
    if (!row.end) issues.push({ path: ["slots", i, "end"], message: "validation.required" });
    else if (!hhmm.test(row.end)) issues.push({ path: ["slots", i, "end"], message: "validation.time" });
    else if (row.start && hhmm.test(row.start) && row.end <= row.start)
      issues.push({ path: ["slots", i, "end"], message: "requests:errors.endBeforeStart" });
  });
  const { periodStart, periodEnd } = input;
  if (periodStart && !isRealDate(periodStart))
    issues.push({ path: ["periodStart"], message: "validation.date" });
  if (periodEnd && !isRealDate(periodEnd)) issues.push({ path: ["periodEnd"], message: "validation.date" });
  if (periodStart && !periodEnd) issues.push({ path: ["periodEnd"], message: "requests:errors.periodBoth" });
  if (periodEnd && !periodStart)
    issues.push({ path: ["periodStart"], message: "requests:errors.periodBoth" });
  if (periodStart && periodEnd && isRealDate(periodStart) && isRealDate(periodEnd) && periodEnd < periodStart)
    issues.push({ path: ["periodEnd"], message: "requests:errors.periodOrder" });
  else if (input.notBefore && periodEnd && isRealDate(periodEnd) && periodEnd < input.notBefore)
    issues.push({ path: ["periodEnd"], message: "requests:errors.dateInPast" });
  if (!input.slots.some(filled) && !periodStart && !periodEnd)
    issues.push({ path: ["when"], message: "requests:errors.whenMissing" });
  if (!input.online && !input.place?.trim())
    issues.push({ path: ["place"], message: "requests:errors.placeMissing" });
  return issues;
}

/** The filled rows as instants (Europe/Amsterdam local time to UTC). Call after checkWhen found nothing. */
export function slotInstants(rows: SlotRow[]): { id?: string; startsAt: Date; endsAt: Date }[] {
  return rows
    .filter((r): r is SlotRow & { date: string; start: string; end: string } =>
      Boolean(r.date && r.start && r.end),
    )
    .map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      startsAt: amsterdamToDate(r.date, r.start),
      endsAt: amsterdamToDate(r.date, r.end),
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** How many date rows a form shows: at least three, and one more when "add a row" was pressed. */
export function rowCount(filledRows: number, addOne: boolean): number {
  return Math.max(3, filledRows) + (addOne ? 1 : 0);
}

/** What a public-form sender left, kept on the request until a coordinator links a client. */
export type Submitter = { organisation: string; name: string; email: string; phone: string; sector: string };

const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();

export function formatSubmitter(s: Submitter): string {
  return [s.organisation, s.name, s.email, s.phone, s.sector].map(oneLine).join("\n");
}

export function parseSubmitter(text: string | null): Submitter | null {
  if (!text) return null;
  const [organisation = "", name = "", email = "", phone = "", sector = ""] = text.split("\n");
  return { organisation, name, email, phone, sector };
}
