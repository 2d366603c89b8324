import { provinces } from "~/modules/grants/values";
import type { FigureFilter } from "~/modules/outcomes/figures";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dashboard's filters from the address (a GET form): unknown or malformed values are left out. */
export function parseImpactFilter(params: URLSearchParams): FigureFilter {
  const filter: FigureFilter = {};
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (isoDate.test(from) && !Number.isNaN(Date.parse(from))) filter.from = from;
  if (isoDate.test(to) && !Number.isNaN(Date.parse(to))) filter.to = to;
  const province = params.get("province") ?? "";
  if ((provinces as readonly string[]).includes(province)) filter.province = province;
  const cohortId = params.get("cohortId") ?? "";
  if (uuid.test(cohortId)) filter.cohortId = cohortId.toLowerCase();
  const grantId = params.get("grantId") ?? "";
  if (uuid.test(grantId)) filter.grantId = grantId.toLowerCase();
  return filter;
}

/** The filter as query string (for drill-down links and the report links), without empty values. */
export function filterQuery(filter: FigureFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

/** The overlap of two periods (either end open); null when they do not overlap. */
export function overlap(
  a: { from?: string; to?: string },
  b: { from?: string; to?: string },
): { from?: string; to?: string } | null {
  const from = [a.from, b.from].filter(Boolean).sort().pop();
  const to = [a.to, b.to].filter(Boolean).sort()[0];
  if (from && to && from > to) return null;
  return { from, to };
}
