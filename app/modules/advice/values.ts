/**
 * The advice desk's value lists, without zod: pages import these in the browser
 * (a test fails when zod or a server module reaches a browser bundle).
 */

/** What an organisation's question is about. */
export const adviceCategories = ["contracts", "pay", "training", "guidance", "other"] as const;
export type AdviceCategory = (typeof adviceCategories)[number];

/** Where a question is: new, with a team member, answered (mailed to the asker), closed. */
export const adviceStatuses = ["new", "assigned", "answered", "closed"] as const;
export type AdviceStatus = (typeof adviceStatuses)[number];

/** How a question came in: the public form, or a coordinator typed it in (a phone call, a meeting). */
export const adviceSources = ["public_form", "staff"] as const;
export type AdviceSource = (typeof adviceSources)[number];

export const isAdviceCategory = (value: string): value is AdviceCategory =>
  (adviceCategories as readonly string[]).includes(value);
export const isAdviceStatus = (value: string): value is AdviceStatus =>
  (adviceStatuses as readonly string[]).includes(value);

/** The badge tone of a status: the word says it; the tone only groups. */
export const adviceStatusTone = (status: AdviceStatus) =>
  status === "new"
    ? "warning"
    : status === "assigned"
      ? "accent"
      : status === "answered"
        ? "success"
        : "neutral";
