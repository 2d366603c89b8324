import type { TFunction } from "i18next";
import type { Locale } from "~/i18n/resources";
import { formatDate } from "~/lib/dates";
import type { ColumnKind, SheetValue } from "~/lib/spreadsheet.server";
import type { GrantReport } from "./report.server";
import { type Shown, suppressedLabel } from "./suppress";
import { outcomeKeys } from "./view";

/**
 * The grant report as tables of typed values, shared by the PDF and the spreadsheet so both say the
 * same: the spreadsheet keeps the types (date, euro, number, percentage), the PDF shows them as text.
 */
export type Texts = { g: TFunction; i: TFunction; p: TFunction; locale: Locale };

export type ReportTable = {
  id: "facts" | "targets" | "outcomes" | "ladder" | "pilots" | "quotes";
  heading: string;
  sheet: string;
  columns: { header: string; kind?: ColumnKind }[];
  rows: SheetValue[][];
  note?: string;
};

const numberTag = (locale: Locale) => (locale === "en" ? "en-GB" : "nl-NL");

/** A typed value as the PDF shows it: "€ 250.000,00", "50%", "3,5", "wo 1 jan. 2025". */
export function shownText(value: SheetValue, locale: Locale): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return number(value, locale);
  if (value.value === null || value.value === "") return "–";
  if (typeof value.value === "string")
    return value.kind === "date" ? formatDate(value.value, locale) : value.value;
  switch (value.kind) {
    case "euro":
      return new Intl.NumberFormat(numberTag(locale), { style: "currency", currency: "EUR" }).format(
        value.value / 100,
      );
    case "percent":
      return `${number(value.value, locale)}%`;
    default:
      return number(value.value, locale);
  }
}

function number(value: number, locale: Locale): string {
  return new Intl.NumberFormat(numberTag(locale), { maximumFractionDigits: 1 }).format(value);
}

/** A figure as a funder may see it: the number itself, or the "<5" text when it is hidden. */
function figure(item: Shown, limit: number, percent = false): SheetValue {
  if (item.suppressed || item.value === null) return suppressedLabel(limit);
  return percent ? { kind: "percent", value: item.value } : { kind: "number", value: item.value };
}

export function reportTables(report: GrantReport, { g, i, p }: Texts): ReportTable[] {
  const f = (s: Shown, percent = false) => figure(s, report.limit, percent);
  const { grant, view } = report;
  const text = (value: string | null): SheetValue => ({ kind: "text", value: value || "–" });
  const facts: SheetValue[][] = [
    [g("report.centre"), text(report.centreName)],
    [g("report.reference"), text(grant.reference)],
    [g("report.funder"), text(grant.funderName)],
    [g("report.amount"), { kind: "euro", value: grant.amountCents }],
    [g("report.startsOn"), { kind: "date", value: grant.startsOn }],
    [g("report.endsOn"), { kind: "date", value: grant.endsOn }],
    [g("report.province"), text(grant.province)],
    [g("report.cohorts"), text(report.cohorts.join(", "))],
    [
      g("report.pilots"),
      text(report.pilots.map((p) => `${p.name} (${g(`sectors.${p.sector}`, p.sector)})`).join(", ")),
    ],
  ];
  const targets = report.targets.map((row): SheetValue[] => [
    g(`metrics.${row.metric}`),
    row.target === null
      ? g("report.noTarget")
      : { kind: row.percent ? "percent" : "number", value: row.target },
    f(row.reached, row.percent),
    row.met === null ? "–" : row.met ? g("report.yes") : g("report.no"),
  ]);
  const outcomes: SheetValue[][] = [
    [i("figures.trained"), f(view.trained), null],
    ...outcomeKeys.map((k) => [
      i(`figures.${k}`),
      f(view.outcomes[k].count),
      f(view.outcomes[k].share, true),
    ]),
    [i("figures.none"), f(view.none), null],
    [
      i("figures.long_term_unemployed"),
      f(view.longTermUnemployed.count),
      f(view.longTermUnemployed.share, true),
    ],
    [i("figures.activated"), f(view.activated.count), f(view.activated.share, true)],
  ];
  const ladder = [1, 2, 3, 4, 5, 6].map((rung, n): SheetValue[] => [
    `${i("rung", { rung })}: ${i(`rungs.${rung}`)}`,
    f(view.ladder.distributionBefore[n]),
    f(view.ladder.distributionAfter[n]),
  ]);
  const pilots = report.pilotResults.flatMap((sector) =>
    sector.statements.map((row): SheetValue[] => [
      g(`sectors.${sector.sector}`, sector.sector),
      row.text,
      f(row.before),
      f(row.after),
      f(row.change),
      f(row.n.before),
      f(row.n.after),
    ]),
  );
  const quotes = report.quotes.map((q): SheetValue[] => [
    q.quote,
    q.client,
    { kind: "date", value: q.submittedOn },
  ]);
  return [
    {
      id: "facts",
      heading: g("report.facts"),
      sheet: g("report.facts"),
      columns: [{ header: g("report.fact") }, { header: g("report.value") }],
      rows: facts,
    },
    {
      id: "targets",
      heading: g("report.targets"),
      sheet: g("report.sheetTargets"),
      columns: [
        { header: g("report.metric") },
        { header: g("report.target") },
        { header: g("report.reached") },
        { header: g("report.met") },
      ],
      rows: targets,
      note: g("report.poolPeriod"),
    },
    {
      id: "outcomes",
      heading: g("report.outcomes"),
      sheet: g("report.sheetOutcomes"),
      columns: [{ header: i("situation") }, { header: i("count") }, { header: i("share") }],
      rows: outcomes,
    },
    {
      id: "ladder",
      heading: g("report.ladder"),
      sheet: g("report.sheetLadder"),
      columns: [{ header: i("rung", { rung: "" }).trim() }, { header: i("before") }, { header: i("after") }],
      rows: ladder,
    },
    {
      id: "pilots",
      heading: p("sectorResults.title"),
      sheet: p("report.sheet"),
      columns: [
        { header: p("list.sector") },
        { header: p("results.statement") },
        { header: p("results.before") },
        { header: p("results.after") },
        { header: p("results.change") },
        { header: p("results.nBefore") },
        { header: p("results.nAfter") },
      ],
      rows: pilots,
      note: p("report.note", { limit: report.limit }),
    },
    {
      id: "quotes",
      heading: g("report.quotes"),
      sheet: g("report.sheetQuotes"),
      columns: [{ header: g("report.quote") }, { header: g("report.client") }, { header: g("report.date") }],
      rows: quotes,
    },
  ];
}
