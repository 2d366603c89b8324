/**
 * The soft rules: a score for every expert the hard rules let through, with the reasons in words.
 * Fair spread is part of the score: whoever did less work lately ranks higher, so the same few
 * experts do not get every request.
 */

/** What the candidate query knows about one eligible expert. */
export type CandidateFacts = {
  expertId: string;
  firstName: string;
  lastName: string;
  themeMatches: number;
  themesAsked: number;
  /** null when the request names no form of work */
  offersWorkForm: boolean | null;
  /** null when online or when an area has no coordinates */
  distanceKm: number | null;
  online: boolean;
  monthCount: number;
  quarterCount: number;
  /** null when the expert never did an inzet */
  daysSinceLast: number | null;
  /** average evaluation score (1–5) of this client's requests the expert worked on */
  clientFeedback: number | null;
};

/** A reason as an i18n key (matching:reasons.*) with its values. */
export type Reason = { key: string; values?: Record<string, number> };

export type Scored = CandidateFacts & { score: number; reasons: Reason[] };

export const weights = {
  themes: 40,
  workForm: 15,
  nearby: 10,
  /** km at which the distance bonus is gone */
  farKm: 50,
  online: 5,
  spreadBase: 20,
  perThisMonth: 8,
  perThisQuarter: 3,
  idleMax: 10,
  idleDays: 60,
  feedbackPerPoint: 5,
} as const;

export function scoreCandidate(facts: CandidateFacts): Scored {
  const reasons: Reason[] = [];
  let score = 0;

  if (facts.themesAsked > 0) {
    score += (weights.themes * facts.themeMatches) / facts.themesAsked;
    reasons.push({ key: "themes", values: { count: facts.themeMatches, total: facts.themesAsked } });
  }
  if (facts.offersWorkForm !== null) {
    if (facts.offersWorkForm) score += weights.workForm;
    reasons.push({ key: facts.offersWorkForm ? "workForm" : "noWorkForm" });
  }
  if (facts.online) {
    score += weights.online;
    reasons.push({ key: "online" });
  } else if (facts.distanceKm !== null) {
    const km = Math.round(facts.distanceKm);
    score += weights.nearby * Math.max(0, 1 - facts.distanceKm / weights.farKm);
    reasons.push({ key: "distance", values: { km } });
  }

  score +=
    weights.spreadBase -
    weights.perThisMonth * facts.monthCount -
    weights.perThisQuarter * facts.quarterCount;
  reasons.push({ key: "spread", values: { month: facts.monthCount, quarter: facts.quarterCount } });

  if (facts.daysSinceLast === null) {
    score += weights.idleMax;
    reasons.push({ key: "neverBefore" });
  } else {
    score += (weights.idleMax * Math.min(facts.daysSinceLast, weights.idleDays)) / weights.idleDays;
    reasons.push({ key: "lastDays", values: { days: facts.daysSinceLast } });
  }

  if (facts.clientFeedback !== null) {
    score += weights.feedbackPerPoint * (facts.clientFeedback - 3);
    reasons.push({ key: "feedback", values: { score: Math.round(facts.clientFeedback * 10) / 10 } });
  }

  return { ...facts, score: Math.round(score * 10) / 10, reasons };
}

/** Best first; on equal scores less work this month, then this quarter, then name. */
export function rankCandidates(candidates: CandidateFacts[], limit = 50): Scored[] {
  return candidates
    .map(scoreCandidate)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.monthCount - b.monthCount ||
        a.quarterCount - b.quarterCount ||
        a.lastName.localeCompare(b.lastName, "nl") ||
        a.expertId.localeCompare(b.expertId),
    )
    .slice(0, limit);
}
