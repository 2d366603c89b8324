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

/**
 * The kinds of record the centre keeps only for a while, with the default period in months and what
 * the period counts from. After it the daily job (privacy.retention) removes the text; figures stay.
 */
export const retentionKinds = {
  /** Coordinators' private notes on an expert: from the expert's last inzet (or, never deployed, the record's last change). */
  privateNotes: 24,
  /** The free text of clients' evaluations (what went well, the quote); the score stays. From the evaluation. */
  evaluationText: 60,
  /** Coaching notes and the expert's reflections: from the end of the trajectory. */
  coachingNotes: 24,
  /** The name, address and phone of someone who asked the advice desk: from closing the question. */
  adviceAskers: 24,
  /** The name and address of professionals in a pilot measurement: from the end of the pilot. */
  pilotParticipants: 24,
} as const;
export type RetentionKind = keyof typeof retentionKinds;
export const retentionKindList = Object.keys(retentionKinds) as RetentionKind[];

/**
 * Lawful reasons to withhold coordinators' notes from a person's own data: the rights of others (a
 * third person is named; AVG art. 15 lid 4) and the protection of the person or others (art. 41 UAVG).
 */
export const withholdReasons = ["othersRights", "protection"] as const;
export type WithholdReason = (typeof withholdReasons)[number];
