/**
 * Small-group suppression for funders: a count below the centre's limit (default 5), and any share
 * derived from it, is shown as "<limit" so nobody can be recognised in a small group. Pure, so the
 * dashboard, the PDF and the spreadsheet all hide exactly the same numbers.
 */
export type Shown = { value: number | null; suppressed: boolean };

/** A count as a funder may see it: hidden when below the limit (0 included: "none" is also a small group). */
export function suppressCount(count: number, limit: number): Shown {
  if (count < limit) return { value: null, suppressed: true };
  return { value: count, suppressed: false };
}

/**
 * A share as a funder may see it: hidden when the count behind it, or the total it is a share of,
 * is below the limit.
 */
export function suppressShare(share: number, count: number, total: number, limit: number): Shown {
  if (count < limit || total < limit) return { value: null, suppressed: true };
  return { value: share, suppressed: false };
}

/** Nothing hidden (staff). */
export function shown(value: number): Shown {
  return { value, suppressed: false };
}

/** The text for a hidden number: "<5". */
export function suppressedLabel(limit: number): string {
  return `<${limit}`;
}

/** A number or "<limit" as text; percentages get one decimal with the locale's comma. */
export function formatShown(item: Shown, limit: number, locale: string, percent = false): string {
  if (item.suppressed || item.value === null) return suppressedLabel(limit);
  const text = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    maximumFractionDigits: 1,
  }).format(item.value);
  return percent ? `${text}%` : text;
}
