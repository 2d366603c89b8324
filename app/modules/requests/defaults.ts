import type { SlotRow } from "./when";

/** What a request form starts with: a saved request's values, or none for a new one. */
export type RequestDefaults = {
  title?: string;
  description?: string;
  workFormId?: string | null;
  themeIds?: string[];
  slots?: SlotRow[];
  periodStart?: string | null;
  periodEnd?: string | null;
  online?: boolean;
  place?: string;
  areaId?: string | null;
  expertsNeeded?: number;
  budgetNote?: string;
};
