import type { AssignmentStatus, RequestStatus } from "~/db/schema";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import { isOpen } from "~/modules/requests/status";

/** When the reminder goes: 10:00 in Amsterdam the day before the first slot (or now, if that has passed). */
export function reminderTime(firstStart: Date, now: Date = new Date()): Date | null {
  if (firstStart <= now) return null;
  const dayBefore = new Date(`${todayIso(firstStart)}T12:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  const at = amsterdamToDate(dayBefore.toISOString().slice(0, 10), "10:00");
  return at < now ? now : at;
}

/**
 * Whether a planned reminder is still right when it runs: the inzet is still confirmed, its request is
 * still going ahead, and its next date is still the one the reminder was planned for (a moved date
 * planned its own reminder). A cancelled request or date therefore never gets "Morgen is je inzet".
 */
export function reminderStillDue(
  state: { assignment: AssignmentStatus; request: RequestStatus; sent: boolean; nextStart: Date | null },
  plannedFor: string | undefined,
  now: Date = new Date(),
): boolean {
  if (state.assignment !== "confirmed" || state.sent || !isOpen(state.request) || !state.nextStart)
    return false;
  if (plannedFor) return new Date(plannedFor).getTime() === state.nextStart.getTime();
  // a reminder planned before reminders knew their date: only when the next date is near
  const due = reminderTime(state.nextStart, now);
  return due !== null && due.getTime() <= now.getTime() + 60 * 60_000;
}
