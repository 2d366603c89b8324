import type { ReactNode } from "react";

/** One cell of a chart: the number for the bar (null: no bar, e.g. a hidden small group) and its text. */
export type ChartValue = { value: number | null; text: string; href?: string; linkLabel?: string };
export type ChartRow = {
  label: string;
  /** A shorter label for inside the picture (the table keeps the full one). */
  shortLabel?: string;
  values: ChartValue[];
  /** Cells only in the table (e.g. the count beside a share). */
  extra?: ChartValue[];
};

/** Fills and patterns per series: the series also differ by pattern and by the text beside each bar. */
const fillsFor = (id: string) => ["#1f5f8b", `url(#${id}-stripes)`, "#7a4b00", `url(#${id}-dots)`];
const legendMarks = ["■", "▨", "◆", "⁘"];

/**
 * A small horizontal bar chart as SVG (role="img" with a summary in words) with the same numbers
 * in a real table beside it. Meaning never depends on colour: every bar has its number written next
 * to it, several series differ by pattern, and the table holds every value (with links when given).
 */
function shorten(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}

export function BarChart({
  id,
  caption,
  summary,
  labelHeader,
  series,
  rows,
  max,
  note,
  extraHeaders = [],
}: {
  id: string;
  caption: string;
  summary: string;
  labelHeader: string;
  series: string[];
  rows: ChartRow[];
  /** The value of a full bar; defaults to the largest value. */
  max?: number;
  note?: ReactNode;
  /** Headers of the table-only columns (see ChartRow.extra). */
  extraHeaders?: string[];
}) {
  const barHeight = 16;
  const gap = 4;
  const groupGap = 12;
  const labelWidth = 150;
  const width = 520;
  const valueSpace = 60;
  const largest = max ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v.value ?? 0)));
  const groupHeight = series.length * (barHeight + gap) + groupGap;
  const legendHeight = series.length > 1 ? series.length * 18 + 6 : 0;
  const height = legendHeight + rows.length * groupHeight + 4;
  const fills = fillsFor(id);
  const scale = (value: number) => ((width - labelWidth - valueSpace) * value) / largest;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} style={{ margin: "1rem 0" }}>
      <div
        className="chart__grid"
        style={{
          display: "grid",
          gap: "1rem",
          gridTemplateColumns: "repeat(auto-fit, minmax(18rem, 1fr))",
          alignItems: "start",
        }}
      >
        <svg
          className="chart__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={summary}
          preserveAspectRatio="xMinYMin meet"
          style={{ width: "100%", height: "auto", maxWidth: "40rem" }}
        >
          <defs>
            <pattern
              id={`${id}-stripes`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" fill="#2e7d32" />
            </pattern>
            <pattern id={`${id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="#fff" />
              <circle cx="3" cy="3" r="2" fill="#5b2a86" />
            </pattern>
          </defs>
          {series.length > 1
            ? series.map((name, s) => (
                <g key={name} transform={`translate(${labelWidth}, ${2 + s * 18})`}>
                  <rect width="14" height="14" fill={fills[s % fills.length]} stroke="#000" />
                  <text x="20" y="12" fontSize="12">
                    {name}
                  </text>
                </g>
              ))
            : null}
          {rows.map((row, r) => {
            const top = legendHeight + r * groupHeight;
            return (
              <g key={row.label} transform={`translate(0, ${top})`}>
                <text x={labelWidth - 6} y={barHeight - 3} fontSize="12" textAnchor="end">
                  {shorten(row.shortLabel ?? row.label)}
                </text>
                {row.values.map((cell, s) => {
                  const y = s * (barHeight + gap);
                  const w = cell.value === null ? 0 : Math.max(cell.value > 0 ? 2 : 0, scale(cell.value));
                  return (
                    <g key={series[s] ?? s}>
                      <rect
                        x={labelWidth}
                        y={y}
                        width={w}
                        height={barHeight}
                        fill={fills[s % fills.length]}
                        stroke="#000"
                        strokeWidth={w > 0 ? 0.5 : 0}
                      />
                      <text x={labelWidth + w + 4} y={y + barHeight - 3} fontSize="12">
                        {cell.text}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <div className="table-wrap">
          <table className="utrecht-table chart__table">
            <caption id={`${id}-caption`}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                {series.map((name, s) => (
                  <th scope="col" key={name}>
                    {series.length > 1 ? (
                      <span aria-hidden="true">{legendMarks[s % legendMarks.length]} </span>
                    ) : null}
                    {name}
                  </th>
                ))}
                {extraHeaders.map((name) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {[...row.values, ...(row.extra ?? [])].map((cell, s) => (
                    <td key={[...series, ...extraHeaders][s] ?? s}>
                      {cell.href ? (
                        <a className="utrecht-link" href={cell.href} aria-label={cell.linkLabel}>
                          {cell.text}
                        </a>
                      ) : (
                        cell.text
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {note ? <figcaption className="muted">{note}</figcaption> : null}
    </figure>
  );
}
