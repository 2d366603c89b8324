/**
 * Zelfredzaamheid-Matrix (ZRM 2017): 13 domains, each scored 1–5. The health, substance and justice
 * domains are special-category (AVG art. 9) or criminal (art. 10) data: staff only, never in
 * exports, funder views or figures.
 */
export const zrmDomains = [
  "finances",
  "work_education",
  "time_use",
  "housing",
  "domestic_relations",
  "mental_health",
  "physical_health",
  "substance_use",
  "basic_adl",
  "instrumental_adl",
  "social_network",
  "participation",
  "justice",
] as const;
export type ZrmDomain = (typeof zrmDomains)[number];

export const zrmSpecialDomains: readonly ZrmDomain[] = [
  "mental_health",
  "physical_health",
  "substance_use",
  "justice",
];

/** "Maatschappelijke participatie": the domain the definition of "activated" may use. */
export const zrmParticipationDomain: ZrmDomain = "participation";

export const zrmScores = [1, 2, 3, 4, 5] as const;

/** Participatieladder rungs 1..6. */
export const ladderRungs = [1, 2, 3, 4, 5, 6] as const;

/**
 * Only the known domains with a whole score 1–5 (anything else in the stored JSON is left out); without
 * `special`, also without the special-category domains.
 */
export function visibleZrm(
  stored: Record<string, number> | null | undefined,
  { special = true }: { special?: boolean } = {},
): Record<string, number> | null {
  if (!stored) return null;
  const shown: Record<string, number> = {};
  for (const domain of zrmDomains) {
    if (!special && zrmSpecialDomains.includes(domain)) continue;
    const value = stored[domain];
    if (Number.isInteger(value) && value >= 1 && value <= 5) shown[domain] = value;
  }
  return Object.keys(shown).length > 0 ? shown : null;
}
