/**
 * The pilot measurements' value lists, without zod: pages import these in the browser.
 */

/** When a professional answers: before the work with the expert, and after. */
export const questionnaireMoments = ["before", "after"] as const;
export type QuestionnaireMoment = (typeof questionnaireMoments)[number];

/** The scores of a statement: 1 (helemaal niet mee eens) to 5 (helemaal mee eens). */
export const scores = [1, 2, 3, 4, 5] as const;

/**
 * The statements a new pilot starts with when the centre has none of its own, taken from what
 * professionals said about working with experts (the seeds' quotes).
 */
export const defaultStatements = [
  "Ik weet welke aanpak werkt bij mensen in armoede",
  "Ik ben me bewust van de psychische gevolgen van armoede",
  "Ik ben me bewust van de mechanismen achter het gedrag van mijn klanten en van mijn eigen gedrag",
  "Ik weet hoe ik echt contact maak met mensen in armoede",
  "Ik begrijp wat armoede betekent voor iemand",
] as const;
