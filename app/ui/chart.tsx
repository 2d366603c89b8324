import type { ReactNode } from "react";
import { type Column, DataTable } from "./data-table";

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

/**
 * Series 1 and 3 are solid (colours from theme.css via the `chart__fill--n` classes); 2 and 4 are
 * patterns, so the series also differ without colour. The marks repeat this in the table's headers.
 */
const patternOf = (id: string, s: number) =>
  s % 4 === 1 ? `url(#${id}-stripes)` : s % 4 === 3 ? `url(#${id}-dots)` : undefined;
const legendMarks = ["■", "▨", "◆", "⁘"];

function shorten(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}

function CellText({ cell }: { cell: ChartValue }) {
  return cell.href ? (
    <a className="utrecht-link" href={cell.href} aria-label={cell.linkLabel}>
      {cell.text}
    </a>
  ) : (
    cell.text
  );
}

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${id}-stripes`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="chart__paper" />
        <rect width="3" height="6" className="chart__fill--2" />
      </pattern>
      <pattern id={`${id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="chart__paper" />
        <circle cx="3" cy="3" r="2" className="chart__fill--4" />
      </pattern>
    </defs>
  );
}

/**
 * A small horizontal bar chart as SVG (role="img" with a summary in words) with the same numbers
 * in a real table beside it. Meaning never depends on colour: every bar has its number written next
 * to it, several series differ by pattern, and the table holds every value (with links when given).
 */
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
  const scale = (value: number) => ((width - labelWidth - valueSpace) * value) / largest;
  // a patterned series takes its fill from the pattern (a class would override the fill attribute)
  const barClass = (s: number) =>
    patternOf(id, s) ? "chart__bar" : `chart__bar chart__fill--${(s % 4) + 1}`;
  const headers = [...series, ...extraHeaders];
  const columns: Column<ChartRow>[] = [
    { key: "label", header: labelHeader, rowHeader: true, cell: (row) => row.label },
    ...headers.map((name, s) => ({
      key: `${s}-${name}`,
      label: name,
      numeric: true,
      header: (
        <>
          {series.length > 1 && s < series.length ? (
            <span aria-hidden="true">{legendMarks[s % legendMarks.length]} </span>
          ) : null}
          {name}
        </>
      ),
      cell: (row: ChartRow) => {
        const cell = [...row.values, ...(row.extra ?? [])][s];
        return cell ? <CellText cell={cell} /> : null;
      },
    })),
  ];
  return (
    <figure className="chart">
      <div className="chart__grid">
        <svg
          className="chart__svg chart__svg--bars"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={summary}
          preserveAspectRatio="xMinYMin meet"
        >
          <Patterns id={id} />
          {series.length > 1
            ? series.map((name, s) => (
                <g key={name} transform={`translate(${labelWidth}, ${2 + s * 18})`}>
                  <rect width="14" height="14" className={barClass(s)} fill={patternOf(id, s)} />
                  <text x="20" y="12">
                    {name}
                  </text>
                </g>
              ))
            : null}
          {rows.map((row, r) => {
            const top = legendHeight + r * groupHeight;
            return (
              <g key={row.label} transform={`translate(0, ${top})`}>
                <text x={labelWidth - 6} y={barHeight - 3} textAnchor="end">
                  {shorten(row.shortLabel ?? row.label)}
                </text>
                {row.values.map((cell, s) => {
                  const y = s * (barHeight + gap);
                  const w = cell.value === null ? 0 : Math.max(cell.value > 0 ? 2 : 0, scale(cell.value));
                  return (
                    <g key={series[s] ?? s}>
                      {w > 0 ? (
                        <rect
                          x={labelWidth}
                          y={y}
                          width={w}
                          height={barHeight}
                          className={barClass(s)}
                          fill={patternOf(id, s)}
                        />
                      ) : null}
                      <text x={labelWidth + w + 4} y={y + barHeight - 3}>
                        {cell.text}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.label} />
      </div>
      {note ? <figcaption className="muted">{note}</figcaption> : null}
    </figure>
  );
}

export type MonthPoint = {
  /** "2025-06": the row's key. */
  month: string;
  /** "jun 2025": on the axis and in the table. */
  label: string;
  values: ChartValue[];
};

/**
 * A compact line chart of a few series per month, always the same height however many months, with
 * the full numbers in a table beside it (under it on phones). Lines differ by dash pattern and by the
 * legend's words, not only by colour; a hidden value (null) breaks its line.
 */
export function MonthChart({
  caption,
  summary,
  monthHeader,
  series,
  points,
}: {
  caption: string;
  summary: string;
  monthHeader: string;
  series: string[];
  points: MonthPoint[];
}) {
  const width = 480;
  const height = 220;
  const left = 40;
  // room for half a month name on either side: every name is centred under its point
  const right = 36;
  const top = 10;
  const bottom = 34;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const largest = Math.max(1, ...points.flatMap((p) => p.values.map((v) => v.value ?? 0)));
  const step = niceStep(largest);
  const yMax = Math.ceil(largest / step) * step;
  const x = (i: number) =>
    left + (points.length === 1 ? plotWidth / 2 : (plotWidth * i) / (points.length - 1));
  const y = (v: number) => top + plotHeight - (plotHeight * v) / yMax;
  const ticks: number[] = [];
  for (let v = 0; v <= yMax; v += step) ticks.push(v);
  const every = Math.max(1, Math.ceil(points.length / 5));
  // about five month names on the axis; the last month always, and none too close before it
  const shownMonths = points
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => i === points.length - 1 || (i % every === 0 && points.length - 1 - i >= every * 0.75));
  const segments = (s: number) => {
    const runs: string[][] = [];
    let run: string[] = [];
    points.forEach((p, i) => {
      const v = p.values[s]?.value;
      if (v === null || v === undefined) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (run.length) runs.push(run);
    return runs;
  };
  const columns: Column<MonthPoint>[] = [
    { key: "month", header: monthHeader, rowHeader: true, cell: (p) => p.label },
    ...series.map((name, s) => ({
      key: `${s}-${name}`,
      header: name,
      numeric: true,
      cell: (p: MonthPoint) => p.values[s]?.text ?? "",
    })),
  ];
  return (
    <figure className="chart chart--months">
      <div className="chart__grid chart__grid--months">
        <div className="chart__picture">
          <svg
            className="chart__svg chart__svg--months"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={summary}
          >
            {ticks.map((v) => (
              <g key={v}>
                <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} className="chart__gridline" />
                <text x={left - 6} y={y(v) + 4} textAnchor="end" className="chart__axis">
                  {v}
                </text>
              </g>
            ))}
            {shownMonths.map(({ p, i }) => (
              <text
                key={p.month}
                x={x(i)}
                y={height - bottom + 20}
                textAnchor="middle"
                className="chart__axis"
              >
                {p.label}
              </text>
            ))}
            {series.map((name, s) =>
              segments(s).map((run) =>
                run.length === 1 ? (
                  <circle
                    key={`${name}-${run[0]}`}
                    cx={run[0].split(",")[0]}
                    cy={run[0].split(",")[1]}
                    r="3"
                    className={`chart__dot chart__fill--${(s % 4) + 1}`}
                  />
                ) : (
                  <polyline
                    key={`${name}-${run[0]}`}
                    points={run.join(" ")}
                    className={`chart__line chart__line--${(s % 4) + 1}`}
                  />
                ),
              ),
            )}
          </svg>
          <ul className="chart__legend" aria-hidden="true">
            {series.map((name, s) => (
              <li key={name}>
                <span className={`chart__key chart__key--${(s % 4) + 1}`} />
                {name}
              </li>
            ))}
          </ul>
        </div>
        <DataTable
          caption={caption}
          columns={columns}
          rows={points}
          rowKey={(p) => p.month}
          layout="scroll"
        />
      </div>
    </figure>
  );
}

/** A round step for the value axis (1, 2, 5, 10, 20, 50 …) giving at most 5 lines. */
function niceStep(largest: number): number {
  const rough = largest / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(1, m * power);
  return 10 * power;
}
