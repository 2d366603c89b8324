import { type Shown, suppressCount } from "~/modules/impact/suppress";
import type { QuestionnaireMoment } from "./values";

/**
 * The pilot measurements' rules, pure: what a statement's result shows, when a statement may still be
 * reworded, and what state a participant's questionnaire is in.
 */

/** The mean of scores to one decimal, or null without scores. */
export function mean(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  return Math.round((sum / scores.length) * 10) / 10;
}

export type StatementResult = {
  /** How many answered before and after; below the limit shown as "<5". */
  n: { before: Shown; after: Shown };
  before: Shown;
  after: Shown;
  /** After minus before, to one decimal; hidden when either side is a small group. */
  change: Shown;
};

const hidden: Shown = { value: null, suppressed: true };
const none: Shown = { value: null, suppressed: false };

/**
 * A statement's result with the small-group rule: a mean of fewer than `limit` answers is hidden
 * ("<5"), and so is the change when either mean is. No answers at all: the count is hidden too (a
 * small group), the mean is simply absent.
 */
export function statementResult(
  before: readonly number[],
  after: readonly number[],
  limit: number,
): StatementResult {
  const side = (scores: readonly number[]): Shown => {
    const m = mean(scores);
    if (m === null) return none;
    return scores.length < limit ? hidden : { value: m, suppressed: false };
  };
  const b = side(before);
  const a = side(after);
  const change: Shown =
    b.suppressed || a.suppressed
      ? hidden
      : b.value === null || a.value === null
        ? none
        : { value: Math.round((a.value - b.value) * 10) / 10, suppressed: false };
  return {
    n: { before: suppressCount(before.length, limit), after: suppressCount(after.length, limit) },
    before: b,
    after: a,
    change,
  };
}

/**
 * A statement may be reworded only while nobody answered it: otherwise the answers before and after
 * would be about different sentences. Then it can be switched off and a new one added.
 */
export function mayReword(answers: number): boolean {
  return answers === 0;
}

export type QuestionnaireState = "not_sent" | "sent" | "answered";

/** A participant's questionnaire for one moment, as the pilot page shows it. */
export function questionnaireState(
  q: { sentAt: Date | null; answeredAt: Date | null } | undefined,
): QuestionnaireState {
  if (!q?.sentAt) return "not_sent";
  return q.answeredAt ? "answered" : "sent";
}

/**
 * Who gets the questionnaire when the coordinator sends it for a moment: everyone who did not get one
 * yet. A sent, unanswered one is not sent again by the bulk send (no double mails).
 */
export function toSend<T extends { states: Record<QuestionnaireMoment, QuestionnaireState> }>(
  participants: readonly T[],
  moment: QuestionnaireMoment,
): T[] {
  return participants.filter((p) => p.states[moment] === "not_sent");
}

/** The participants whose after-questionnaire is still open (not sent, or sent and not answered). */
export function openAfter<T extends { states: Record<QuestionnaireMoment, QuestionnaireState> }>(
  participants: readonly T[],
): T[] {
  return participants.filter((p) => p.states.after !== "answered");
}

/** An answer needs a score from 1 to 5 for every statement asked, and none for others. */
export function missingStatements(asked: readonly string[], scores: ReadonlyMap<string, number>): string[] {
  return asked.filter((id) => {
    const s = scores.get(id);
    return s === undefined || !Number.isInteger(s) || s < 1 || s > 5;
  });
}
