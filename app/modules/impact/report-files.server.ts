import { i18nFor } from "~/i18n/i18n.server";
import type { Locale } from "~/i18n/locales";
import { formatDate, todayIso } from "~/lib/dates";
import { htmlToPdf } from "~/lib/pdf.server";
import { writeWorkbook } from "~/lib/spreadsheet.server";
import type { GrantReport } from "./report.server";
import { reportHtml } from "./report-html";
import { reportTables, type Texts } from "./report-sections";

export type ReportFile = { filename: string; contentType: string; body: Buffer };

function textsFor(locale: Locale): Texts {
  const i18n = i18nFor(locale);
  return {
    g: i18n.getFixedT(locale, "grants"),
    i: i18n.getFixedT(locale, "impact"),
    p: i18n.getFixedT(locale, "pilots"),
    locale,
  };
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

/** Title, "Gemaakt op …" (the Amsterdam date) and the note on hidden numbers. */
function intro(report: GrantReport, { g, locale }: Texts, now: Date) {
  return {
    title: g("report.title", { grant: report.grant.name }),
    madeOn: g("report.madeOn", { date: formatDate(now, locale) }),
    notes: report.funder ? [g("report.suppressed", { limit: report.limit })] : [],
  };
}

/**
 * The report as a tagged PDF (structure tree, language, embedded fonts, outline), printed by
 * Chromium from HTML; the centre's name on top of every page and "Pagina 1 van 3" at the bottom.
 */
export async function reportPdf(report: GrantReport, locale: Locale, now = new Date()): Promise<ReportFile> {
  const texts = textsFor(locale);
  const { g, i } = texts;
  const top = intro(report, texts, now);
  const tables = reportTables(report, texts);
  const html = reportHtml({
    locale,
    title: top.title,
    centreName: report.centreName,
    reference: report.grant.reference ? `${g("report.reference")}: ${report.grant.reference}` : "",
    madeOn: top.madeOn,
    notes: top.notes,
    description: report.grant.description,
    tables,
    quotes: {
      heading: g("report.quotes"),
      none: i("quotesNone"),
      items: report.quotes.map((q) => ({
        quote: q.quote,
        by: `${q.client}${q.topic ? ` (${q.topic})` : ""}, ${formatDate(q.submittedOn, locale)}`,
      })),
    },
  });
  const header = [report.centreName, report.grant.reference].filter(Boolean).join(" · ");
  return {
    filename: reportFileName(report, "pdf", now),
    contentType: "application/pdf",
    body: await htmlToPdf(html, { headerText: header, pageText: g("report.page") }),
  };
}

/** The report as .xlsx: one sheet per table, with dates, euros, numbers and percentages as such. */
export async function reportXlsx(report: GrantReport, locale: Locale, now = new Date()): Promise<ReportFile> {
  const texts = textsFor(locale);
  const top = intro(report, texts, now);
  const sheets = reportTables(report, texts).map((table) => ({
    name: table.sheet,
    intro: table.id === "facts" ? [top.title, top.madeOn, ...top.notes] : table.note ? [table.note] : [],
    columns: table.columns,
    rows: table.rows,
  }));
  return {
    filename: reportFileName(report, "xlsx", now),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await writeWorkbook(sheets, now),
  };
}
