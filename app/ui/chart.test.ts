import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { i18nFor } from "~/i18n/i18n.server";
import { formatMonth } from "~/lib/dates";
import { MonthChart, type MonthPoint } from "./chart";

function months(count: number): MonthPoint[] {
  return Array.from({ length: count }, (_, i) => {
    const month = `${2025 + Math.floor((5 + i) / 12)}-${String(((5 + i) % 12) + 1).padStart(2, "0")}`;
    return { month, label: formatMonth(month, "nl"), values: [{ value: i, text: String(i) }] };
  });
}

function render(points: MonthPoint[]) {
  // as a page renders it: inside the server's texts for Dutch
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: i18nFor("nl") },
      createElement(MonthChart, {
        caption: "Per maand",
        summary: "samenvatting",
        monthHeader: "Maand",
        series: ["Betaald werk"],
        points,
      }),
    ),
  );
}

describe("the monthly trend chart", () => {
  it("keeps one fixed size however many months (the old chart grew ~100 px a month)", () => {
    for (const count of [3, 19, 48]) expect(render(months(count))).toContain('viewBox="0 0 480 220"');
  });

  it("names months as 'jun 2025' on the axis and in the table, never '2025-06'", () => {
    const html = render(months(19));
    expect(html).toContain("jun 2025");
    expect(html).not.toMatch(/>2025-06</);
    // the table holds every month, the axis about five
    expect(html.match(/<th scope="row"/g)).toHaveLength(19);
    expect(html.match(/class="chart__axis">[a-z]{3} 20\d\d</g)?.length).toBeLessThanOrEqual(6);
  });

  it("draws no colour of its own: only classes on the theme's chart tokens", () => {
    expect(render(months(6))).not.toMatch(/fill="#|stroke="#|style=/);
  });
});
