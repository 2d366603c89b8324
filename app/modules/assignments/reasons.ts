/** Why an expert declines or withdraws: codes, Dutch labels for mail, and how they are stored. */

/** Short reasons an expert can pick; the Dutch words are in agenda:reasons.* */
export const declineReasons = ["no_time", "too_far", "not_my_topic", "health", "other"] as const;

export const withdrawReasons = ["ill", "no_time", "personal", "other"] as const;

/** Dutch labels for the coordinator's mail (the page shows them through i18n). */
export const reasonLabels: Record<string, string> = {
  no_time: "Geen tijd",
  too_far: "Te ver weg",
  not_my_topic: "Past niet bij mij",
  health: "Gezondheid",
  ill: "Ziek",
  personal: "Iets privé",
  other: "Iets anders",
};

/** Stored as "code" or "code: note", so the code can be counted later. */
export function reasonText(code: string, text?: string): string {
  return text ? `${code}: ${text}` : code;
}
