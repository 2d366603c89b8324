import type { AttendanceState } from "./values";

/** One past session of the expert's group(s) and whether the expert was there. */
export type PastSession = { startsAt: Date; attended: AttendanceState; recorded: boolean };

/**
 * Whether an expert missed the last two sessions of their group(s): of the past sessions whose
 * attendance was written down (cancelled ones are left out before), the latest two, and the expert
 * was at neither. Fewer than two such sessions: not missed. A session without attendance written
 * down does not count (nobody knows yet who was there).
 */
export function missedLastTwo(sessions: readonly PastSession[]): boolean {
  const lastTwo = sessions
    .filter((s) => s.recorded)
    .toSorted((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
    .slice(0, 2);
  return lastTwo.length === 2 && lastTwo.every((s) => s.attended !== "yes");
}

/** Sign up or off is possible until the session starts, and not for a cancelled one. */
export function canChangeSignup(session: { startsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  return session.cancelledAt === null && session.startsAt.getTime() > now.getTime();
}
