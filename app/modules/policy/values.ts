/**
 * The policy trajectories' value lists, without zod: pages import these in the browser.
 */

/** The phases of a policy trajectory with a municipality, in order. */
export const policyPhases = ["verkennen", "ontwerpen", "besluiten", "uitvoeren", "evalueren"] as const;
export type PolicyPhase = (typeof policyPhases)[number];

/** Who made a contribution: one expert, or the group as a whole. */
export const contributionBy = ["expert", "group"] as const;
