/**
 * What a person can agree to, each on its own (AVG art. 7: per purpose, as easy to withdraw as to give).
 * `version` is the version of the text they agree to (privacy:consent.purposes.<purpose>); raise it when
 * the text changes in meaning, so the record shows which text someone agreed to.
 */
export const consentPurposes = ["profile", "quotes", "photos", "research"] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentVersions: Record<ConsentPurpose, string> = {
  profile: "2026-12",
  quotes: "2026-12",
  photos: "2026-12",
  research: "2026-12",
};

export const isConsentPurpose = (value: string): value is ConsentPurpose =>
  (consentPurposes as readonly string[]).includes(value);

export const correctionStatuses = ["open", "corrected", "refused"] as const;
export type CorrectionStatus = (typeof correctionStatuses)[number];

/**
 * The purposes a person of a role decides on: clients see experts' profiles; quotes come from client
 * contacts' evaluations; photos and research apply to anyone the centre works with.
 */
export function purposesFor(role: string): ConsentPurpose[] {
  if (role === "expert") return ["profile", "photos", "research"];
  if (role === "client_contact") return ["quotes", "photos", "research"];
  return ["photos"];
}
