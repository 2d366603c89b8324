import type { Locale } from "~/i18n/resources";
import { escapeHtml as e } from "~/lib/pdf.server";
import type { SheetValue } from "~/lib/spreadsheet.server";
import { type ReportTable, shownText } from "./report-sections";

/**
 * The grant report as one HTML document for Chromium to print: real headings, paragraphs and tables
 * with header cells, so the PDF gets its structure from them. One font stack that covers every name
 * (Liberation Sans, DejaVu Sans as fallback: Latin with ł, ğ, ç, ë and more), embedded by Chromium.
 */
export type ReportDocument = {
  locale: Locale;
  title: string;
  centreName: string;
  reference: string;
  madeOn: string;
  notes: string[];
  description: string;
  tables: ReportTable[];
  quotes: { heading: string; none: string; items: { quote: string; by: string }[] };
};

const css = `
  @page { size: A4; }
  html { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000; }
  body { margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
  p { margin: 0 0 4pt; }
  .small { font-size: 9pt; }
  table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; font-size: 10pt; }
  thead { display: table-header-group; }
  th, td { text-align: left; vertical-align: top; padding: 2pt 6pt 2pt 0; border-bottom: 0.5pt solid #999; }
  th { border-bottom: 1pt solid #000; }
  tr { break-inside: avoid; }
  td.n, th.n { text-align: right; }
  tbody th { font-weight: normal; }
  blockquote { margin: 0 0 2pt; }
  figure { margin: 0 0 8pt; }
  figcaption { font-size: 9pt; margin-left: 12pt; }
`;

function isNumeric(value: SheetValue): boolean {
  if (typeof value === "number") return true;
  return value !== null && typeof value === "object" && value.kind !== "text" && value.kind !== "date";
}

function table(t: ReportTable, locale: Locale): string {
  // Figures line up on the right; a list of facts (id "facts") reads as plain text.
  const right = t.columns.map(
    (_, n) => t.id !== "facts" && n > 0 && t.rows.some((r) => isNumeric(r[n] ?? null)),
  );
  const head = t.columns
    .map((c, n) => `<th scope="col"${right[n] ? ' class="n"' : ""}>${e(c.header)}</th>`)
    .join("");
  const body = t.rows
    .map((row) => {
      const cells = row.map((value, n) => {
        const text = e(shownText(value, locale));
        if (n === 0) return `<th scope="row">${text}</th>`;
        return right[n] ? `<td class="n">${text}</td>` : `<td>${text}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const note = t.note ? `<p class="small">${e(t.note)}</p>` : "";
  return `<h2>${e(t.heading)}</h2>\n<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>\n${note}`;
}

export function reportHtml(doc: ReportDocument): string {
  const quotes =
    doc.quotes.items.length === 0
      ? `<p>${e(doc.quotes.none)}</p>`
      : doc.quotes.items
          .map(
            (q) =>
              `<figure><blockquote><p>“${e(q.quote)}”</p></blockquote><figcaption>— ${e(q.by)}</figcaption></figure>`,
          )
          .join("\n");
  const facts = doc.tables.find((t) => t.id === "facts");
  const figures = doc.tables.filter((t) => t.id !== "facts" && t.id !== "quotes");
  return `<!doctype html>
<html lang="${doc.locale}">
<head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${css}</style></head>
<body>
<main>
<h1>${e(doc.title)}</h1>
<p>${e(doc.centreName)}${doc.reference ? ` · ${e(doc.reference)}` : ""}</p>
<p class="small">${e(doc.madeOn)}</p>
${doc.notes.map((n) => `<p class="small">${e(n)}</p>`).join("\n")}
${facts ? table(facts, doc.locale) : ""}
${doc.description ? `<p>${e(doc.description)}</p>` : ""}
${figures.map((t) => table(t, doc.locale)).join("\n")}
<h2>${e(doc.quotes.heading)}</h2>
${quotes}
</main>
</body>
</html>`;
}
