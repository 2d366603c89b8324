import ExcelJS from "exceljs";
import type { TFunction } from "i18next";
import { i18nFor } from "~/i18n/i18n.server";
import type { Locale } from "~/i18n/locales";
import { formatDate, todayIso } from "~/lib/dates";
import { PdfDocument } from "./pdf-document.server";
import type { GrantReport } from "./report.server";
import { formatShown, type Shown } from "./suppress";
import { outcomeKeys } from "./view";

export type ReportFile = { filename: string; contentType: string; body: Buffer };

type Texts = { g: TFunction; i: TFunction; locale: Locale };

function textsFor(locale: Locale): Texts {
  const i18n = i18nFor(locale);
  return { g: i18n.getFixedT(locale, "grants"), i: i18n.getFixedT(locale, "impact"), locale };
}

function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "subsidie"
  );
}

export function reportFileName(report: GrantReport, format: "pdf" | "xlsx", now = new Date()): string {
  return `tandem-rapport-${slug(report.grant.name)}-${todayIso(now)}.${format}`;
}

function euros(cents: number | null, locale: Locale): string {
  if (cents === null) return "–";
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    style: "currency",
    currency: "EUR",
  }).format(cents / 100);
}

/** The report as rows of text, shared by the PDF and the spreadsheet so both say the same. */
function sections(report: GrantReport, { g, i, locale }: Texts, now: Date) {
  const f = (s: Shown, percent = false) => formatShown(s, report.limit, locale, percent);
  const { grant, view } = report;
  const facts: [string, string][] = [
    [g("report.funder"), grant.funderName],
    [g("report.amount"), euros(grant.amountCents, locale)],
    [
      g("report.period"),
      g("detail.period", { from: formatDate(grant.startsOn, locale), to: formatDate(grant.endsOn, locale) }),
    ],
    [g("report.province"), grant.province ?? "–"],
    [g("report.cohorts"), report.cohorts.join(", ") || "–"],
    [
      g("report.pilots"),
      report.pilots.map((p) => `${p.name} (${g(`sectors.${p.sector}`, p.sector)})`).join(", ") || "–",
    ],
  ];
  const targets = report.targets.map((row) => [
    g(`metrics.${row.metric}`),
    row.target === null ? g("report.noTarget") : `${row.target}${row.percent ? "%" : ""}`,
    f(row.reached, row.percent),
    row.met === null ? "–" : row.met ? g("report.yes") : g("report.no"),
  ]);
  const outcomes = [
    [i("figures.trained"), f(view.trained), ""],
    ...outcomeKeys.map((k) => [
      i(`figures.${k}`),
      f(view.outcomes[k].count),
      f(view.outcomes[k].share, true),
    ]),
    [i("figures.none"), f(view.none), ""],
    [
      i("figures.long_term_unemployed"),
      f(view.longTermUnemployed.count),
      f(view.longTermUnemployed.share, true),
    ],
    [i("figures.activated"), f(view.activated.count), f(view.activated.share, true)],
  ];
  const ladder = [1, 2, 3, 4, 5, 6].map((rung, n) => [
    `${i("rung", { rung })}: ${i(`rungs.${rung}`)}`,
    f(view.ladder.distributionBefore[n]),
    f(view.ladder.distributionAfter[n]),
  ]);
  const quotes = report.quotes.map((q) => [q.quote, q.client, formatDate(q.submittedOn, locale)]);
  return {
    title: g("report.title", { grant: grant.name }),
    madeOn: g("report.madeOn", { date: formatDate(now, locale) }),
    facts,
    targets,
    outcomes,
    ladder,
    quotes,
  };
}

export async function reportPdf(report: GrantReport, locale: Locale, now = new Date()): Promise<ReportFile> {
  const texts = textsFor(locale);
  const { g, i } = texts;
  const s = sections(report, texts, now);
  const pdf = new PdfDocument(s.title);
  pdf.heading(s.title, 18);
  pdf.paragraph(s.madeOn, 9);
  if (report.funder) pdf.paragraph(g("report.suppressed", { limit: report.limit }), 9);
  pdf.heading(g("report.facts"));
  pdf.table(["", ""], s.facts, [1, 3]);
  if (report.grant.description) pdf.paragraph(report.grant.description);
  pdf.heading(g("report.targets"));
  pdf.table(
    [g("report.metric"), g("report.target"), g("report.reached"), g("report.met")],
    s.targets,
    [5, 2, 2, 2],
  );
  pdf.paragraph(g("report.poolPeriod"), 9);
  pdf.heading(g("report.outcomes"));
  pdf.table([i("situation"), i("count"), i("share")], s.outcomes, [5, 2, 2]);
  pdf.heading(g("report.ladder"));
  pdf.table([i("rung", { rung: "" }).trim(), i("before"), i("after")], s.ladder, [5, 2, 2]);
  pdf.heading(g("report.quotes"));
  if (s.quotes.length === 0) pdf.paragraph(i("quotesNone"));
  for (const [quote, client, date] of s.quotes) {
    pdf.paragraph(`“${quote}”`);
    pdf.paragraph(`— ${client}, ${date}`, 9, 12);
  }
  return {
    filename: reportFileName(report, "pdf", now),
    contentType: "application/pdf",
    body: await pdf.toBuffer(),
  };
}

export async function reportXlsx(report: GrantReport, locale: Locale, now = new Date()): Promise<ReportFile> {
  const texts = textsFor(locale);
  const { g, i } = texts;
  const s = sections(report, texts, now);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tandem";
  const sheet = (name: string, headers: string[], rows: string[][], intro: string[] = []) => {
    const ws = workbook.addWorksheet(name.slice(0, 31));
    for (const line of intro) ws.addRow([line]);
    if (intro.length) ws.addRow([]);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((column, n) => {
      const longest = Math.max(...[headers, ...rows].map((r) => String(r[n] ?? "").length), 8);
      column.width = Math.min(70, longest + 2);
    });
  };
  const intro = [
    s.title,
    s.madeOn,
    ...(report.funder ? [g("report.suppressed", { limit: report.limit })] : []),
  ];
  sheet(g("report.facts"), ["", ""], s.facts, intro);
  sheet(
    g("report.sheetTargets"),
    [g("report.metric"), g("report.target"), g("report.reached"), g("report.met")],
    s.targets,
    [g("report.poolPeriod")],
  );
  sheet(g("report.sheetOutcomes"), [i("situation"), i("count"), i("share")], s.outcomes);
  sheet(g("report.sheetLadder"), [i("rung", { rung: "" }).trim(), i("before"), i("after")], s.ladder);
  sheet(g("report.sheetQuotes"), [g("report.quote"), g("report.client"), g("report.date")], s.quotes);
  return {
    filename: reportFileName(report, "xlsx", now),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
