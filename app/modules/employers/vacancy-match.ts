import type { OutcomeKind } from "~/db/values";
import { areaAccepted } from "~/modules/matching/rules";
import { type Reason, weights } from "~/modules/matching/score";

/**
 * Matching for a vacancy, with the pool's rules where they apply. Who looks for work: a graduate
 * (certified trainee) whose timeline says "werkzoekend" now, or nothing yet, and who is not at work
 * through a placement. The pool's area rule holds for someone with a pool record; without one, the
 * province of the vacancy's place. The score is the pool's: themes and distance, and fair spread
 * (someone already proposed elsewhere ranks lower, someone looking longer ranks higher).
 */
export type VacancyNeed = {
  areaId: string | null;
  areaProvince: string | null;
  remote: boolean;
  themeIds: string[];
};

export type JobSeeker = {
  traineeId: string;
  firstName: string;
  lastName: string;
  province: string | null;
  now: OutcomeKind | null;
  /** Since when the latest outcome holds (or the certificate date when there is none). */
  since: string | null;
  placed: boolean;
  expert: {
    themeIds: string[];
    areaIds: string[];
    homeAreaId: string | null;
    maxTravelKm: number | null;
    acceptsOnline: boolean;
  } | null;
  distanceKm: number | null;
  /** Open proposals for other vacancies (proposed or said yes). */
  openProposals: number;
};

export const vacancyExclusions = ["notLooking", "placed", "area"] as const;
export type VacancyExclusion = (typeof vacancyExclusions)[number];

export function whyNotForVacancy(need: VacancyNeed, person: JobSeeker): VacancyExclusion[] {
  const out: VacancyExclusion[] = [];
  if (person.now !== null && person.now !== "job_seeking") out.push("notLooking");
  if (person.placed) out.push("placed");
  const area = person.expert
    ? areaAccepted({
        online: need.remote,
        acceptsOnline: person.expert.acceptsOnline,
        requestAreaId: need.areaId,
        homeAreaId: person.expert.homeAreaId,
        acceptedAreaIds: person.expert.areaIds,
        distanceKm: person.distanceKm,
        maxTravelKm: person.expert.maxTravelKm,
      })
    : need.remote || !need.areaProvince || need.areaProvince === person.province;
  if (!area) out.push("area");
  return out;
}

export type ScoredSeeker = JobSeeker & { score: number; reasons: Reason[] };

const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000));

/** The score and its reasons (i18n keys under employers:match.reasons). */
export function scoreSeeker(need: VacancyNeed, person: JobSeeker, today: string): ScoredSeeker {
  const reasons: Reason[] = [];
  let score = 0;
  if (need.themeIds.length > 0) {
    const matches = person.expert
      ? need.themeIds.filter((id) => person.expert?.themeIds.includes(id)).length
      : 0;
    score += (weights.themes * matches) / need.themeIds.length;
    reasons.push({ key: "themes", values: { count: matches, total: need.themeIds.length } });
  }
  if (need.remote) reasons.push({ key: "remote" });
  else if (person.distanceKm !== null) {
    score += weights.nearby * Math.max(0, 1 - person.distanceKm / weights.farKm);
    reasons.push({ key: "distance", values: { km: Math.round(person.distanceKm) } });
  }
  score += weights.spreadBase - weights.perThisMonth * person.openProposals;
  reasons.push({ key: "proposals", values: { count: person.openProposals } });
  if (person.since) {
    const days = daysBetween(person.since, today);
    score += (weights.idleMax * Math.min(days, 365)) / 365;
    reasons.push({ key: "looking", values: { days } });
  }
  if (!person.expert) reasons.push({ key: "notInPool" });
  return { ...person, score: Math.round(score * 10) / 10, reasons };
}

/** Best first; on equal scores fewer open proposals, then the name. */
export function rankSeekers(need: VacancyNeed, people: JobSeeker[], today: string): ScoredSeeker[] {
  return people
    .map((p) => scoreSeeker(need, p, today))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.openProposals - b.openProposals ||
        a.lastName.localeCompare(b.lastName, "nl") ||
        a.traineeId.localeCompare(b.traineeId),
    );
}
