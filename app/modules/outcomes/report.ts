import type { OutcomeFigures } from "./figures";

/** The pinned JSON shape of `tandem report outcomes --json`. */
export function reportJson(figures: OutcomeFigures) {
  return {
    trained: figures.trained,
    shares: figures.shares,
    long_term_unemployed_share: figures.long_term_unemployed_share,
    activated_share: figures.activated_share,
  };
}

const oneDecimal = (value: number) => value.toFixed(1);

/** A short table for people at a terminal (English, like the rest of the CLI). */
export function reportTable(figures: OutcomeFigures, from?: string, to?: string): string {
  const lines: [string, string, string][] = [
    ["Trained (certified)", String(figures.trained), ""],
    ["Paid job", String(figures.counts.paid_job), `${oneDecimal(figures.shares.paid_job)}%`],
    ["Volunteer job", String(figures.counts.volunteer), `${oneDecimal(figures.shares.volunteer)}%`],
    ["Job seeking", String(figures.counts.job_seeking), `${oneDecimal(figures.shares.job_seeking)}%`],
    ["Other path", String(figures.counts.other_path), `${oneDecimal(figures.shares.other_path)}%`],
    ["No outcome yet", String(figures.counts.none), ""],
    [
      "Long-term unemployed before",
      String(figures.longTermUnemployed),
      `${oneDecimal(figures.long_term_unemployed_share)}%`,
    ],
    ["Activated", String(figures.activated), `${oneDecimal(figures.activated_share)}%`],
  ];
  const period = from || to ? `Period: ${from ?? "…"} to ${to ?? "…"}` : "Period: all";
  const width = Math.max(...lines.map((l) => l[0].length));
  return [
    `Outcomes. ${period}`,
    ...lines.map(
      ([label, count, share]) => `${label.padEnd(width)}  ${count.padStart(5)}  ${share.padStart(6)}`,
    ),
  ].join("\n");
}
