import { type DayPart, dayParts } from "~/db/values";

/** ISO weekdays, Monday first. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export type Slot = { weekday: number; dayPart: DayPart };

/** A checkbox value in the availability grid: "1-morning" is Monday morning. */
export function slotKey(slot: Slot): string {
  return `${slot.weekday}-${slot.dayPart}`;
}

/** Reads "1-morning" back; null for anything else. */
export function parseSlot(value: string): Slot | null {
  const match = /^([1-7])-(morning|afternoon|evening)$/.exec(value);
  if (!match) return null;
  return { weekday: Number(match[1]), dayPart: match[2] as DayPart };
}

/** All slots of the week, in grid order (day by day, morning to evening). */
export function allSlots(): Slot[] {
  return weekdays.flatMap((weekday) => dayParts.map((dayPart) => ({ weekday, dayPart })));
}

/** "Nederlands, Engels , ,Arabisch" → ["Nederlands", "Engels", "Arabisch"] without doubles. */
export function splitLanguages(text: string | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of (text ?? "").split(",")) {
    const name = part.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** Degrees (52.0907) to micro-degrees (52090700), the integer the database keeps. */
export function toE6(degrees: number | undefined | null): number | null {
  return degrees == null ? null : Math.round(degrees * 1_000_000);
}

export function fromE6(micro: number | null): number | null {
  return micro == null ? null : micro / 1_000_000;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = [...a].map(String).sort();
    const right = [...b].map(String).sort();
    return left.length === right.length && left.every((v, i) => v === right[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** The names of the fields whose value differs (arrays compared as sets): what the audit line lists. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
}

/** Escapes % and _ so a search text is matched literally in ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
