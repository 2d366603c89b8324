import type { MeasurementMoment, OutcomeKind, Situation } from "~/db/values";
import { zrmParticipationDomain } from "./zrm";

/**
 * The impact figures of a centre (uitstroom, activation, Participatieladder), computed from plain
 * records. One place for the dashboard, the funder view, grant reports and the CLI report.
 *
 * - `trained`: trainees with a certification date (certifiedOn) in the period that match the filter.
 * - `counts`: per trainee the latest outcome with startsOn on or before "now" (the timeline's last
 *   situation); `none` = no outcome yet.
 * - `shares`: percentages of `trained` (so trainees without an outcome lower every share), one decimal.
 * - `activated`: the ladder rose by at least `activatedLadderRise` rungs between the intake
 *   measurement and the latest later measurement, or (only when ZRM is on) the ZRM
 *   "maatschappelijke participatie" score of the latest measurement that has one is at least
 *   `activatedParticipationMin`.
 * - `ladder`: over trainees with an intake rung and a later rung: average rung before and after, and
 *   counts per rung 1..6 (index 0 = rung 1).
 */
export type FigureFilter = {
  from?: string;
  to?: string;
  province?: string;
  cohortId?: string;
  grantId?: string;
};

export type OutcomeFigures = {
  trained: number;
  counts: { paid_job: number; volunteer: number; job_seeking: number; other_path: number; none: number };
  shares: { paid_job: number; volunteer: number; job_seeking: number; other_path: number };
  longTermUnemployed: number;
  long_term_unemployed_share: number;
  activated: number;
  activated_share: number;
  ladder: {
    measured: number;
    before: number | null;
    after: number | null;
    distributionBefore: number[];
    distributionAfter: number[];
  };
};

export type TrendPoint = {
  month: string;
  paid_job: number;
  volunteer: number;
  job_seeking: number;
  other_path: number;
};

export type FigureName =
  | "trained"
  | "paid_job"
  | "volunteer"
  | "job_seeking"
  | "other_path"
  | "none"
  | "long_term_unemployed"
  | "activated";

export type ActivationSettings = {
  zrmEnabled: boolean;
  activatedLadderRise: number;
  activatedParticipationMin: number;
};

export const defaultActivation: ActivationSettings = {
  zrmEnabled: false,
  activatedLadderRise: 1,
  activatedParticipationMin: 4,
};

export type OutcomeRecord = { kind: OutcomeKind; startsOn: string };
export type MeasurementRecord = {
  moment: MeasurementMoment;
  measuredOn: string;
  ladder: number | null;
  zrm: Record<string, number> | null;
};
export type TraineeRecord = {
  id: string;
  situationBefore: Situation | null;
  certifiedOn: string | null;
  outcomes: OutcomeRecord[];
  measurements: MeasurementRecord[];
};

const momentOrder: Record<MeasurementMoment, number> = {
  intake: 0,
  end: 1,
  month_6: 2,
  month_12: 3,
  month_24: 4,
};

/** A percentage of `total` with one decimal; 0 when there is nobody to divide by. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((part / total) * 1000) / 10;
}

/** Trained in the period: a certification date within [from, to] (ISO dates, inclusive). */
export function isTrained(trainee: Pick<TraineeRecord, "certifiedOn">, filter: FigureFilter): boolean {
  const on = trainee.certifiedOn;
  if (!on) return false;
  if (filter.from && on < filter.from) return false;
  if (filter.to && on > filter.to) return false;
  return true;
}

/** The situation on a day: the outcome that started last on or before it (later-added wins a tie). */
export function situationOn(outcomes: OutcomeRecord[], day: string): OutcomeKind | null {
  let latest: OutcomeRecord | null = null;
  for (const outcome of outcomes) {
    if (outcome.startsOn > day) continue;
    if (!latest || outcome.startsOn >= latest.startsOn) latest = outcome;
  }
  return latest?.kind ?? null;
}

function sortedMeasurements(measurements: MeasurementRecord[], day: string): MeasurementRecord[] {
  return measurements
    .filter((m) => m.measuredOn <= day)
    .sort(
      (a, b) => momentOrder[a.moment] - momentOrder[b.moment] || a.measuredOn.localeCompare(b.measuredOn),
    );
}

/** Intake rung and the rung of the latest later measurement, when both are known. */
export function ladderPair(
  measurements: MeasurementRecord[],
  day: string,
): { before: number; after: number } | null {
  const sorted = sortedMeasurements(measurements, day);
  const intake = sorted.find((m) => m.moment === "intake" && m.ladder != null);
  if (!intake) return null;
  const later = sorted.filter((m) => m.moment !== "intake" && m.ladder != null);
  const last = later[later.length - 1];
  if (!last) return null;
  return { before: intake.ladder as number, after: last.ladder as number };
}

export function isActivated(
  measurements: MeasurementRecord[],
  settings: ActivationSettings,
  day: string,
): boolean {
  const pair = ladderPair(measurements, day);
  if (pair && pair.after - pair.before >= settings.activatedLadderRise) return true;
  if (!settings.zrmEnabled) return false;
  const scored = sortedMeasurements(measurements, day).filter(
    (m) => typeof m.zrm?.[zrmParticipationDomain] === "number",
  );
  const last = scored[scored.length - 1];
  return last ? (last.zrm?.[zrmParticipationDomain] as number) >= settings.activatedParticipationMin : false;
}

/** Whether a trained trainee belongs to a figure (for the drill-down list). */
export function inFigure(
  trainee: TraineeRecord,
  figure: FigureName,
  settings: ActivationSettings,
  day: string,
): boolean {
  switch (figure) {
    case "trained":
      return true;
    case "long_term_unemployed":
      return trainee.situationBefore === "long_term_unemployed";
    case "activated":
      return isActivated(trainee.measurements, settings, day);
    case "none":
      return situationOn(trainee.outcomes, day) === null;
    default:
      return situationOn(trainee.outcomes, day) === figure;
  }
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

/** The figures over trainees; those not trained in the period are left out here. */
export function computeFigures(
  records: TraineeRecord[],
  filter: FigureFilter,
  settings: ActivationSettings,
  today: string,
): OutcomeFigures {
  const trainedRecords = records.filter((t) => isTrained(t, filter));
  const trained = trainedRecords.length;
  const counts = { paid_job: 0, volunteer: 0, job_seeking: 0, other_path: 0, none: 0 };
  let longTermUnemployed = 0;
  let activated = 0;
  const before: number[] = [];
  const after: number[] = [];
  const distributionBefore = [0, 0, 0, 0, 0, 0];
  const distributionAfter = [0, 0, 0, 0, 0, 0];
  for (const trainee of trainedRecords) {
    counts[situationOn(trainee.outcomes, today) ?? "none"] += 1;
    if (trainee.situationBefore === "long_term_unemployed") longTermUnemployed += 1;
    if (isActivated(trainee.measurements, settings, today)) activated += 1;
    const pair = ladderPair(trainee.measurements, today);
    if (pair) {
      before.push(pair.before);
      after.push(pair.after);
      if (pair.before >= 1 && pair.before <= 6) distributionBefore[pair.before - 1] += 1;
      if (pair.after >= 1 && pair.after <= 6) distributionAfter[pair.after - 1] += 1;
    }
  }
  return {
    trained,
    counts,
    shares: {
      paid_job: percent(counts.paid_job, trained),
      volunteer: percent(counts.volunteer, trained),
      job_seeking: percent(counts.job_seeking, trained),
      other_path: percent(counts.other_path, trained),
    },
    longTermUnemployed,
    long_term_unemployed_share: percent(longTermUnemployed, trained),
    activated,
    activated_share: percent(activated, trained),
    ladder: {
      measured: before.length,
      before: average(before),
      after: average(after),
      distributionBefore,
      distributionAfter,
    },
  };
}

function monthEnd(month: string): string {
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** At most this many months in a trend (ten years). */
export const maxTrendMonths = 120;

/**
 * Counts per situation at the end of each month (YYYY-MM), from each trainee's timeline, over the
 * trainees trained in the period and certified by that month's end. The months run from the filter's
 * `from` (or the first certification) to its `to` (or today).
 */
export function computeTrend(records: TraineeRecord[], filter: FigureFilter, today: string): TrendPoint[] {
  const trainedRecords = records.filter((t) => isTrained(t, filter));
  const firstCertified = trainedRecords.reduce<string | null>(
    (first, t) => (t.certifiedOn && (!first || t.certifiedOn < first) ? t.certifiedOn : first),
    null,
  );
  const start = filter.from ?? firstCertified;
  if (!start) return [];
  const end = filter.to && filter.to < today ? filter.to : today;
  const points: TrendPoint[] = [];
  for (
    let month = start.slice(0, 7);
    month <= end.slice(0, 7) && points.length < maxTrendMonths;
    month = nextMonth(month)
  ) {
    const day = monthEnd(month);
    const point: TrendPoint = { month, paid_job: 0, volunteer: 0, job_seeking: 0, other_path: 0 };
    for (const trainee of trainedRecords) {
      if (!trainee.certifiedOn || trainee.certifiedOn > day) continue;
      const kind = situationOn(trainee.outcomes, day);
      if (kind) point[kind] += 1;
    }
    points.push(point);
  }
  return points;
}
