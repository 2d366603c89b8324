import type { TFunction } from "i18next";
import { i18nFor } from "~/i18n/i18n.server";
import type { Locale } from "~/i18n/locales";
import { formatDate, formatDateTime } from "~/lib/dates";
import { escapeHtml, htmlToPdf } from "~/lib/pdf.server";
import type { PersonData } from "./person-data.server";

type Row = Record<string, unknown>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T/;

/** One value in plain words, as the data page shows it: codes by name, dates as dates, yes and no. */
function show(
  t: TFunction,
  locale: Locale,
  values: Record<string, string>,
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === "") return t("data.empty");
  if (value instanceof Date) return formatDateTime(value, locale);
  if (values[field] && (typeof value === "string" || typeof value === "number"))
    return t(`${values[field]}.${value}`, { defaultValue: String(value) });
  if (typeof value === "boolean") return t(value ? "data.yes" : "data.no");
  if (typeof value === "string" && isoMoment.test(value)) return formatDateTime(value, locale);
  if (typeof value === "string" && isoDay.test(value)) return formatDate(value, locale);
  if (Array.isArray(value)) return value.length ? value.join(", ") : t("data.empty");
  if (typeof value === "object")
    return Object.entries(value as Row)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(", ");
  return String(value);
}

/** The data page as one HTML document: a heading per group and per kind, a small table per record. */
export function personDataHtml(data: PersonData, locale: Locale): string {
  const t = i18nFor(locale).getFixedT(locale, "privacy");
  const e = escapeHtml;
  const parts: string[] = [];
  for (const group of data.groups) {
    parts.push(`<h2>${e(t(`groups.${group.group}`))}</h2>`);
    for (const holding of group.holdings.filter((h) => h.rows.length > 0)) {
      parts.push(`<h3>${e(t(`holdings.${holding.key}.title`))}</h3>`);
      parts.push(`<p class="source">${e(t("data.source"))} ${e(t(`holdings.${holding.key}.source`))}</p>`);
      for (const row of holding.rows) {
        const cells = Object.entries(row)
          .filter(([, v]) => v !== null && v !== undefined && v !== "")
          .map(
            ([field, value]) =>
              `<tr><th scope="row">${e(t(`fields.${field}`))}</th><td>${e(show(t, locale, holding.values ?? {}, field, value))}</td></tr>`,
          );
        parts.push(`<table>${cells.join("")}</table>`);
      }
    }
  }
  const title = `${t("data.title")}: ${data.person}`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>
body { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin: 12pt 0 2pt; } .source, .made { color: #444; margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 2pt 6pt 2pt 0; border-bottom: 1px solid #ddd; }
th { width: 35%; font-weight: bold; }
</style></head><body>
<h1>${e(title)}</h1>
<p class="made">${e(t("data.pdfMade", { centre: data.centre, date: formatDateTime(data.exportedAt, locale) }))}</p>
${data.groups.length === 0 ? `<p>${e(t("data.none"))}</p>` : parts.join("\n")}
</body></html>`;
}

/** Mijn gegevens as a readable, tagged PDF (the same records as the page and the JSON). */
export async function personDataPdf(data: PersonData, locale: Locale): Promise<Buffer> {
  const t = i18nFor(locale).getFixedT(locale, "privacy");
  return htmlToPdf(personDataHtml(data, locale), {
    headerText: `${data.centre} · ${t("data.title")}`,
    pageText: t("data.pdfPage"),
  });
}
