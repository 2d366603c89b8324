import { useTranslation } from "~/i18n/use-translation";
import { formatMonth } from "~/lib/dates";
import { filterQuery } from "~/modules/impact/filter";
import { formatShown, type Shown } from "~/modules/impact/suppress";
import { type FiguresView, type FigureView, outcomeKeys } from "~/modules/impact/view";
import type { FigureFilter } from "~/modules/outcomes/figures";
import { BarChart, type ChartValue, MonthChart } from "~/ui/chart";

type Common = { limit: number; filter: FigureFilter; canDrill: boolean };

/** A count as a table cell, linked to the list behind it when the viewer may drill down. */
function useCell({ limit, filter, canDrill }: Common) {
  const { t, i18n } = useTranslation("impact");
  return (item: Shown, figure?: string, percent = false): ChartValue => {
    const text = formatShown(item, limit, i18n.language, percent);
    if (!canDrill || !figure || percent) return { value: item.value, text };
    return {
      value: item.value,
      text,
      href: `/impact/members?${filterQuery(filter, { figure })}`,
      linkLabel: `${text}, ${t("showList", { figure: t(`figures.${figure}`) })}`,
    };
  };
}

export function OutcomeChart({ view, ...common }: Common & { view: FiguresView }) {
  const { t } = useTranslation("impact");
  const cell = useCell(common);
  const rows = outcomeKeys.map((key) => ({
    label: t(`figures.${key}`),
    values: [cell(view.outcomes[key].share, key, true)],
    extra: [cell(view.outcomes[key].count, key)],
  }));
  rows.push({
    label: t("figures.none"),
    values: [{ value: null, text: "" }],
    extra: [cell(view.none, "none")],
  });
  const list = rows
    .slice(0, 4)
    .map((r) => `${r.label} ${r.values[0].text}`)
    .join(", ");
  return (
    <BarChart
      id="outcomes"
      caption={t("outcomeCaption")}
      summary={t("outcomeSummary", { list })}
      labelHeader={t("situation")}
      series={[t("share")]}
      extraHeaders={[t("count")]}
      rows={rows}
      max={100}
    />
  );
}

export function FigureCard({ figure, item, ...common }: Common & { figure: string; item: FigureView }) {
  const { t, i18n } = useTranslation("impact");
  const cell = useCell(common);
  const count = cell(item.count, figure);
  return (
    <li className="card">
      <h3 className="utrecht-heading-3">{t(`figures.${figure}`)}</h3>
      <span className="stat">{formatShown(item.share, common.limit, i18n.language, true)}</span>
      <p className="utrecht-paragraph">
        {t("count")}:{" "}
        {count.href ? (
          <a className="utrecht-link" href={count.href} aria-label={count.linkLabel}>
            {count.text}
          </a>
        ) : (
          count.text
        )}
      </p>
    </li>
  );
}

export function LadderChart({ view, ...common }: Common & { view: FiguresView }) {
  const { t, i18n } = useTranslation("impact");
  const { limit } = common;
  const format = (s: Shown) => formatShown(s, limit, i18n.language);
  const { ladder } = view;
  const rows = [1, 2, 3, 4, 5, 6].map((rung, i) => ({
    label: `${t("rung", { rung })}: ${t(`rungs.${rung}`)}`,
    shortLabel: t("rung", { rung }),
    values: [
      { value: ladder.distributionBefore[i].value, text: format(ladder.distributionBefore[i]) },
      { value: ladder.distributionAfter[i].value, text: format(ladder.distributionAfter[i]) },
    ],
  }));
  const spoken = (list: Shown[]) =>
    list.map((s, i) => `${t("rung", { rung: i + 1 })} ${format(s)}`).join(", ");
  return (
    <>
      {ladder.measured.value === 0 ? <p className="muted">{t("ladderNone")}</p> : null}
      <p className="utrecht-paragraph">
        {t("ladderAverage", {
          before: ladder.before.value === null && !ladder.before.suppressed ? "–" : format(ladder.before),
          after: ladder.after.value === null && !ladder.after.suppressed ? "–" : format(ladder.after),
          measured: format(ladder.measured),
        })}
      </p>
      <BarChart
        id="ladder"
        caption={t("ladderCaption")}
        summary={t("ladderSummary", {
          before: spoken(ladder.distributionBefore),
          after: spoken(ladder.distributionAfter),
        })}
        labelHeader={t("rung", { rung: "" }).trim()}
        series={[t("before"), t("after")]}
        rows={rows}
      />
    </>
  );
}

export function TrendChart({ view, limit }: { view: FiguresView; limit: number }) {
  const { t, i18n } = useTranslation("impact");
  if (view.trend.length === 0) return <p className="muted">{t("trendNone")}</p>;
  const locale = i18n.language;
  const format = (s: Shown) => formatShown(s, limit, locale);
  const first = view.trend[0];
  const last = view.trend[view.trend.length - 1];
  return (
    <MonthChart
      caption={t("trendCaption")}
      summary={t("trendSummary", {
        first: formatMonth(first.month, locale),
        last: formatMonth(last.month, locale),
        values: outcomeKeys.map((k) => `${t(`figures.${k}`)} ${format(last.values[k])}`).join(", "),
      })}
      monthHeader={t("month")}
      series={outcomeKeys.map((k) => t(`figures.${k}`))}
      points={view.trend.map((point) => ({
        month: point.month,
        label: formatMonth(point.month, locale),
        values: outcomeKeys.map((k) => ({ value: point.values[k].value, text: format(point.values[k]) })),
      }))}
    />
  );
}
