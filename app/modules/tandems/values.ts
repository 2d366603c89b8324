/**
 * The tandems' value lists, without zod: pages import these in the browser (a test fails when zod
 * or a server module reaches a browser bundle).
 */

/** A tandem is planned, runs (active), has ended on its end date, or was stopped early. */
export const tandemStatuses = ["planned", "active", "ended", "stopped"] as const;
export type TandemStatus = (typeof tandemStatuses)[number];

/** Who wrote a log line: the expert, the professional, or a staff member of the centre. */
export const logSides = ["expert", "professional", "staff"] as const;
export type LogSide = (typeof logSides)[number];

/** The two sides that evaluate a tandem at its end. */
export const evaluationSides = ["expert", "professional"] as const;
export type EvaluationSide = (typeof evaluationSides)[number];

/** The evaluation's score: 1 (not good) to 5 (very good). */
export const evaluationScores = ["1", "2", "3", "4", "5"] as const;
