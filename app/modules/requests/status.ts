import type { RequestStatus } from "~/db/values";
import { AppError } from "~/lib/errors";

/**
 * The life of a request (aanvraag):
 * nieuw → in behandeling → voorgesteld → bevestigd → uitgevoerd → geëvalueerd, or geannuleerd (with a reason).
 * It can step back when offers are declined or an expert withdraws.
 */
export function nextStatuses(from: RequestStatus): readonly RequestStatus[] {
  switch (from) {
    case "new":
      return ["in_progress", "proposed", "cancelled"];
    case "in_progress":
      return ["proposed", "cancelled"];
    case "proposed":
      return ["in_progress", "confirmed", "cancelled"];
    case "confirmed":
      return ["proposed", "in_progress", "done", "cancelled"];
    case "done":
      return ["evaluated"];
    case "evaluated":
    case "cancelled":
      return [];
  }
}

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return nextStatuses(from).includes(to);
}

export function assertMove(from: RequestStatus, to: RequestStatus): void {
  if (!canMove(from, to)) throw new AppError("CONFLICT", "requests:errors.transition");
}

/** Open requests are those a coordinator still works on. */
export function isOpen(status: RequestStatus): boolean {
  return status === "new" || status === "in_progress" || status === "proposed" || status === "confirmed";
}
