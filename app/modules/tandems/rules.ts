import type { EvaluationSide, TandemStatus } from "./values";

/** What staff can do with a tandem in each status (an exhaustive switch: a new status must say). */
export function nextActions(status: TandemStatus): ("start" | "end" | "stop")[] {
  switch (status) {
    case "planned":
      return ["start", "stop"];
    case "active":
      return ["end", "stop"];
    case "ended":
    case "stopped":
      return [];
  }
}

/** A tandem is over when staff ended or stopped it, or when its end date has passed. */
export function isOver(tandem: { status: TandemStatus; endsOn: string }, today: string): boolean {
  return tandem.status === "ended" || tandem.status === "stopped" || tandem.endsOn < today;
}

/** A side may evaluate once, when the tandem is over and ever ran (a planned one that never started: no). */
export function mayEvaluate(
  tandem: { status: TandemStatus; endsOn: string; startsOn: string },
  today: string,
  evaluated: boolean,
): boolean {
  if (evaluated) return false;
  if (tandem.status === "planned") return false;
  return isOver(tandem, today);
}

/** The log and meetings stay open while a tandem is planned or runs, and for a while after (a last word). */
export function mayWriteLog(status: TandemStatus): boolean {
  return status !== "stopped";
}

/** The sides that still owe an evaluation. */
export function sidesToEvaluate(done: EvaluationSide[]): EvaluationSide[] {
  return (["expert", "professional"] as const).filter((side) => !done.includes(side));
}

/** The end date when staff end or stop a tandem early: today, unless the planned end is already past. */
export function closingDate(endsOn: string, today: string): string {
  return endsOn < today ? endsOn : today;
}
