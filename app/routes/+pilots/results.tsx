import { useTranslation } from "~/i18n/use-translation";
import type { Shown } from "~/modules/impact/suppress";
import { formatShown } from "~/modules/impact/suppress";
import { BarChart } from "~/ui/chart";

export type ResultRow = {
  text: string;
  n: { before: Shown; after: Shown };
  before: Shown;
  after: Shown;
  change: Shown;
};

/**
 * The result per statement: a bar chart of the mean before and after (scale 1–5) with the full table
 * beside it (change and number of answers too). Hidden small groups read "<5" in both.
 */
export function StatementResults({
  id,
  caption,
  rows,
  limit,
}: {
  id: string;
  caption: string;
  rows: ResultRow[];
  limit: number;
}) {
  const { t, i18n } = useTranslation("pilots");
  const locale = i18n.language;
  const text = (s: Shown) => (s.value === null && !s.suppressed ? "–" : formatShown(s, limit, locale));
  const signed = (s: Shown) => (s.value !== null && s.value > 0 ? `+${text(s)}` : text(s));
  const parts = rows
    .map((r, n) =>
      t("results.summaryPart", {
        text: t("results.short", { n: n + 1 }),
        before: text(r.before),
        after: text(r.after),
      }),
    )
    .join(" ");
  return (
    <BarChart
      id={id}
      caption={caption}
      summary={t("results.summary", { count: rows.length, parts })}
      labelHeader={t("results.statement")}
      series={[t("results.before"), t("results.after")]}
      extraHeaders={[t("results.change"), t("results.answers")]}
      max={5}
      rows={rows.map((r, n) => ({
        label: t("results.numbered", { n: n + 1, text: r.text }),
        shortLabel: t("results.short", { n: n + 1 }),
        values: [
          { value: r.before.value, text: text(r.before) },
          { value: r.after.value, text: text(r.after) },
        ],
        extra: [
          { value: r.change.value, text: signed(r.change) },
          {
            value: null,
            text: t("results.answersValue", {
              before: formatShown(r.n.before, limit, locale),
              after: formatShown(r.n.after, limit, locale),
            }),
          },
        ],
      }))}
    />
  );
}
